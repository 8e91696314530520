package parley.core.time;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import parley.core.doc.Arc;
import parley.core.doc.Event;
import parley.core.doc.Sentence;
import parley.core.doc.Token;

/**
 * The word that states an event, found inside its evidence by the lemma its rule was written for
 * ("agree+to:..." is stated by "agreed"). The head of the evidence is not always that word: in
 * "Britain said it had agreed to Italy's proposal" the evidence runs from the speaker, so its head is
 * "said", whose tense and time are not the agreement's. Stateless.
 */
final class EventTrigger {
  private EventTrigger() {}

  /**
   * The token of the evidence whose lemma is the rule's first word, when the evidence head is not,
   * exactly one token is, and it heads the clause the head reports; else {@code head}.
   */
  static OptionalInt of(Sentence sentence, Event event, OptionalInt head) {
    String lemma = ruleLemma(event.rule());
    if (lemma.isEmpty() || head.isEmpty() || lemmaOf(sentence.token(head.getAsInt())).equals(lemma)) return head;
    int found = -1;
    for (Token t : sentence.tokens()) {
      if (!event.evidence().span().contains(t.span()) || !lemmaOf(t).equals(lemma)) continue;
      if (found >= 0) return head;
      found = t.index();
    }
    return found >= 0 && reported(sentence, found, head.getAsInt()) ? OptionalInt.of(found) : head;
  }

  /**
   * Whether {@code trigger} heads the clause {@code head} reports ("said it had agreed"): an
   * infinitive ("agreed to set up patrols") states its event through the head, and keeps its time.
   */
  private static boolean reported(Sentence sentence, int trigger, int head) {
    Optional<Arc> arc = sentence.head(trigger);
    return arc.isPresent() && arc.get().governor() == head && arc.get().baseRelation().equals("ccomp");
  }

  /** The lemma a rule is written for: "agree" of "agree+to:trade", "visit" of "visit(noun)". */
  static String ruleLemma(String rule) {
    if (rule == null) return "";
    int end = rule.length();
    for (char c : new char[] {'+', '(', ':', ' '}) {
      int at = rule.indexOf(c);
      if (at >= 0 && at < end) end = at;
    }
    String lemma = rule.substring(0, end).toLowerCase(Locale.ROOT);
    return lemma.matches("[a-z-]+") ? lemma : "";
  }

  private static String lemmaOf(Token token) {
    return token.lemma().toLowerCase(Locale.ROOT);
  }
}
