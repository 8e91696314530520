package parley.core.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.doc.ActorMention;
import parley.core.doc.ActorRef;
import parley.core.doc.Arc;
import parley.core.doc.Document;
import parley.core.doc.Evidence;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;
import parley.core.time.ClauseLocator;

/**
 * One parsed sentence as every deadline form reads it: the actor a verb's subject or a noun's possessor
 * names, the demand a verb spells, its "to" infinitive, whether a condition is unmet, the date of the
 * report, a period counted from the setting date, and the sentence as evidence.
 */
final class DeadlineSentence {
  static final Set<String> FAILING = Set.of("fail", "refuse", "decline", "neglect");
  static final Set<String> CONDITIONS = Set.of("if", "unless");
  /** A period in days, weeks, months, years, or hours ("PT48H": "gave them 48 hours to leave"). */
  static final Pattern PERIOD = Pattern.compile("P(?:T(?=\\d+H))?(\\d+)([DWMYH])");

  private final Document doc;
  private final Sentence s;
  private final List<TimeExpression> times;

  /** The report's date, ISO. */
  Optional<String> published() {
    return doc.published().map(Object::toString);
  }

  DeadlineSentence(Document doc, Sentence s, List<TimeExpression> times) {
    this.doc = doc;
    this.s = s;
    this.times = times;
  }

  /** "if X does not V", "unless X V", "if X fails to V". */
  boolean unmet(int cond) {
    if (mark(cond).equals("unless") || FAILING.contains(s.token(cond).lemma())) return true;
    for (Arc arc : s.dependents(cond)) {
      if (Set.of("not", "n't", "never").contains(s.token(arc.dependent()).lower())) return true;
    }
    return false;
  }

  String mark(int verb) {
    for (Arc arc : s.dependents(verb)) {
      if (arc.baseRelation().equals("mark")) return s.token(arc.dependent()).lower();
    }
    return "";
  }

  /**
   * The date of the report the sentence is ("a diplomat said on Friday, adding that Pyongyang
   * expects ..."): a date attached to a verb of saying; the demand was made by then.
   */
  Optional<String> reportDate(Span exclude) {
    for (int i = 0; i < s.size(); i++) {
      if (!s.token(i).isVerb() || !SpeechVerbs.LEMMAS.contains(s.token(i).lemma())) continue;
      // "X had ordered ..., but lawyers said this week that ...": a conjoined report tells of another act
      if (s.head(i).map(a -> a.baseRelation().equals("conj")).orElse(false)) continue;
      for (TimeExpression t : times) {
        if (t.span().overlaps(exclude) || t.value().isEmpty() || !t.value().get().matches("\\d{4}.*")) continue;
        OptionalInt head = ClauseLocator.head(s, t.span());
        if (head.isEmpty()) continue;
        int at = head.getAsInt();
        Optional<Arc> arc = s.head(at);
        if (arc.isPresent() && arc.get().governor() == i
            && Set.of("obl", "obl:tmod", "nmod:tmod", "advmod").contains(arc.get().relation())) {
          return t.value();
        }
      }
    }
    return Optional.empty();
  }

  /** "to V" under a verb: the demand of "gave X a deadline to V" when parsed as the verb's (also as "dep"). */
  Optional<Integer> infinitive(int verb) {
    for (Arc arc : s.dependents(verb)) {
      // "set a deadline for Israel to free them": "for X to V" carries two marks, "for" and "to"
      if (Set.of("advcl", "xcomp", "dep").contains(arc.baseRelation())
          && (mark(arc.dependent()).equals("to") || ForToClause.of(s, arc.dependent()))) {
        return Optional.of(arc.dependent());
      }
    }
    return MisreadInfinitive.under(s, verb);
  }

  String demandOf(int verb) {
    return doc.slice(DeadlineParts.subtree(s, verb, Set.of("mark", "obj", "det", "amod", "compound",
        "compound:prt", "nmod", "nmod:poss", "case", "nummod", "iobj", "xcomp")));
  }

  /** Who must do what {@code verb} says: its subject, unless the clause is passive ({@link PassiveTheme}). */
  Optional<ActorRef> doer(int verb) {
    return PassiveTheme.of(s, verb) ? Optional.empty() : subject(verb);
  }

  /**
   * Who sets what {@code verb} gives: its subject or, when the subject is a thing the coder knows no
   * actor in and an actor owns it, that owner ("the union's letter gives the company five days": the union).
   */
  Optional<ActorRef> giver(int verb) {
    Optional<Integer> subj = DeadlineParts.dependent(s, verb, "nsubj", Set.of());
    if (subj.isPresent() && s.token(subj.get()).isNoun() && !isActorAt(subj.get())) {
      Optional<Integer> owner = DeadlineParts.dependent(s, subj.get(), "nmod:poss", Set.of()).filter(this::isActorAt);
      if (owner.isPresent()) return owner.map(this::actor);
    }
    return subject(verb);
  }

  Optional<ActorRef> subject(int verb) {
    Optional<Integer> subj = DeadlineParts.dependent(s, verb, "nsubj", Set.of());
    if (subj.isPresent() && RelativeSetter.is(s, subj.get())) return RelativeSetter.of(s, verb, this);
    if (subj.isPresent()) return subj.map(this::actor);
    Optional<Arc> up = s.head(verb);
    // "Sweden announced sanctions and gave firms a deadline": a conjoined verb shares the first one's subject
    if (up.isPresent() && up.get().governor() >= 0 && up.get().baseRelation().equals("conj")
        && s.token(verb).isVerb() && s.token(up.get().governor()).isVerb() && !PassiveTheme.of(s, up.get().governor())) {
      return DeadlineParts.dependent(s, up.get().governor(), "nsubj", Set.of()).map(this::actor);
    }
    if (up.isPresent() && up.get().governor() >= 0 && up.get().baseRelation().equals("acl")) {
      return possessor(up.get().governor());
    }
    return Optional.empty();
  }

  /** An actor inside a noun's phrase: "North Korea's deadline", "the Security Council resolution". */
  Optional<ActorRef> possessor(int noun) {
    Span phrase = DeadlineParts.subtree(s, noun, Set.of("nmod:poss", "amod", "compound", "flat", "case"));
    Optional<ActorRef> uncoded = Optional.empty();
    for (ActorMention a : doc.actorsIn(s.index())) {
      if (!phrase.contains(a.actor().span()) || a.covers(noun)) continue;
      if (a.actor().code().isPresent()) return Optional.of(a.actor());
      // "the union's deadline": an actor the coder found but could not code sets it all the same
      if (uncoded.isEmpty() && isPossessive(a)) uncoded = Optional.of(a.actor());
    }
    return uncoded;
  }

  private boolean isPossessive(ActorMention a) {
    for (int i = 0; i < s.size(); i++) {
      if (a.covers(i) && s.head(i).map(arc -> arc.relation().equals("nmod:poss")).orElse(false)) return true;
    }
    return false;
  }

  boolean isActorAt(int token) {
    return doc.actorsIn(s.index()).stream().anyMatch(a -> a.covers(token));
  }

  ActorRef actor(int token) {
    return DeadlineParts.actor(doc, s, token);
  }

  Optional<String> plusPeriod(TimeExpression t, Optional<String> set) {
    Matcher m = PERIOD.matcher(t.value().orElse(""));
    if (!m.matches()) return Optional.empty();
    Optional<LocalDate> from = set.filter(v -> v.matches("\\d{4}-\\d{2}-\\d{2}")).map(LocalDate::parse)
        .or(doc::published);
    int n = Integer.parseInt(m.group(1));
    return from.map(d -> switch (m.group(2)) {
      case "D" -> d.plusDays(n);
      case "H" -> d.plusDays((n + 23) / 24);
      case "W" -> d.plusWeeks(n);
      case "M" -> d.plusMonths(n);
      default -> d.plusYears(n);
    }).map(LocalDate::toString);
  }

  /** Whether the deadline noun stands in apposition to the time ({@link TimeInApposition}). */
  boolean inApposition(int noun, TimeExpression t) {
    return TimeInApposition.of(doc, s, noun, t);
  }

  boolean precededBy(TimeExpression t, String words) {
    int start = t.span().start();
    return start >= words.length() + 1
        && doc.text().substring(start - words.length() - 1, start).trim().equalsIgnoreCase(words);
  }

  Evidence evidence() {
    return Evidence.of(doc.text(), s.span());
  }
}
