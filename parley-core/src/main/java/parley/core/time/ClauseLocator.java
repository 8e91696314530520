package parley.core.time;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.Token;

/** Finds the verb that heads a stretch of a parsed sentence, and the clause a token belongs to. */
public final class ClauseLocator {
  private static final Set<String> CLAUSAL = Set.of("root", "ccomp", "xcomp", "advcl", "acl",
      "parataxis", "csubj", "conj");

  /** Relations by which a time modifies the word it dates: "held on Friday", "met Friday", "met yesterday". */
  private static final Set<String> TIME_ADJUNCTS = Set.of("obl", "obl:tmod", "nmod:tmod", "advmod", "obl:npmod");

  private ClauseLocator() {}

  /** The parsed sentence of {@code sentences} that holds {@code span}, if any. */
  static Optional<Sentence> sentenceOf(java.util.List<Sentence> sentences, Span span) {
    for (Sentence s : sentences) {
      if (s.span().contains(span) && !s.tokens().isEmpty()) return Optional.of(s);
    }
    return Optional.empty();
  }

  /** The word the time headed at {@code head} hangs on as an adjunct ("held" of "held on Friday"); empty otherwise. */
  static OptionalInt timeAdjunctOf(Sentence sentence, int head) {
    Optional<Arc> up = sentence.head(head);
    if (up.isEmpty() || up.get().governor() < 0 || !TIME_ADJUNCTS.contains(up.get().relation())) return OptionalInt.empty();
    return OptionalInt.of(up.get().governor());
  }

  /**
   * The head of the tokens inside {@code span}: the one whose governor lies outside the span (or is
   * the root), preferring a verb. A span inside one token ("1987" of "1987/88") is headed by that
   * token. Empty when no token lies inside or around it.
   */
  public static OptionalInt head(Sentence sentence, Span span) {
    int best = -1;
    for (Token t : sentence.tokens()) {
      if (t.span().start() <= span.start() && span.end() <= t.span().end() && !t.span().equals(span)
          && span.end() > span.start()) {
        return OptionalInt.of(t.index());
      }
    }
    for (Token t : sentence.tokens()) {
      if (!span.contains(t.span())) continue;
      Optional<Arc> arc = sentence.head(t.index());
      boolean outside = arc.isEmpty() || arc.get().governor() < 0
          || !span.contains(sentence.token(arc.get().governor()).span());
      if (!outside) continue;
      if (best < 0 || (t.isVerb() && !sentence.token(best).isVerb())) best = t.index();
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /**
   * The verb (or other clause head) whose clause contains {@code token}: climbing governors from
   * the token's own governor until a verb or a clausal relation. Empty at the root of a verbless
   * sentence.
   */
  public static OptionalInt clauseOf(Sentence sentence, int token) {
    int current = token;
    for (int steps = 0; steps < sentence.size(); steps++) {
      Optional<Arc> arc = sentence.head(current);
      if (arc.isEmpty()) return OptionalInt.empty();
      int governor = arc.get().governor();
      if (governor < 0) return current == token ? OptionalInt.empty() : OptionalInt.of(current);
      if (sentence.token(governor).isVerb() || isClauseHead(sentence, governor)) {
        return OptionalInt.of(governor);
      }
      current = governor;
    }
    return OptionalInt.empty();
  }

  private static boolean isClauseHead(Sentence sentence, int token) {
    return sentence.head(token).map(a -> CLAUSAL.contains(a.baseRelation()) && a.governor() < 0)
        .orElse(false);
  }

  /** Subordinators of a clause that lies before or after its governor's time, not at it. */
  private static final Set<String> SHIFTING_MARKS = Set.of("after", "since", "before", "until", "till", "once");

  /**
   * The subordinator ("after", "since", "before", "until", "once") when {@code verb} heads an
   * adverbial clause whose time is not its governor's ("sank after the court ordered"); else empty.
   */
  public static Optional<Token> shiftingMark(Sentence sentence, int verb) {
    Optional<Arc> up = sentence.head(verb);
    if (up.isEmpty() || !up.get().baseRelation().equals("advcl")) return Optional.empty();
    for (Arc arc : sentence.dependents(verb)) {
      Token mark = sentence.token(arc.dependent());
      if (arc.baseRelation().equals("mark") && SHIFTING_MARKS.contains(mark.lemma().toLowerCase(java.util.Locale.ROOT))) {
        return Optional.of(mark);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code verb} is in the simple past: a past form ("met"), or a passive with a past "be"
   * ("was killed"), or "did (not) meet"; not a perfect ("had met", "has met") nor a modal ("would meet").
   */
  public static boolean isSimplePast(Sentence sentence, int verb) {
    Token v = sentence.token(verb);
    boolean pastBe = false;
    for (Arc arc : sentence.dependents(verb)) {
      if (!arc.baseRelation().startsWith("aux")) continue;
      Token aux = sentence.token(arc.dependent());
      if (aux.lemma().equals("have") || aux.pos().equals("MD")) return false;
      if (aux.lemma().equals("be") && aux.pos().equals("VBD")) pastBe = true;
      // "did not apologize": the past of do-support
      if (aux.lemma().equals("do") && aux.pos().equals("VBD") && v.pos().equals("VB")) return true;
    }
    return v.pos().equals("VBD") || (v.pos().equals("VBN") && pastBe);
  }

  /** Whether {@code verb} has a perfect auxiliary: "has met", "have warned", "had met". */
  public static boolean isPerfect(Sentence sentence, int verb) {
    for (Arc arc : sentence.dependents(verb)) {
      if (arc.baseRelation().equals("aux") && sentence.token(arc.dependent()).lemma().equals("have")) return true;
    }
    return false;
  }

  /** Whether {@code verb} has a past-perfect auxiliary: "had met". */
  public static boolean isPastPerfect(Sentence sentence, int verb) {
    for (Arc arc : sentence.dependents(verb)) {
      Token aux = sentence.token(arc.dependent());
      if (arc.baseRelation().equals("aux") && aux.lemma().equals("have") && aux.pos().equals("VBD")) {
        return true;
      }
    }
    return false;
  }
}
