package parley.core.quote;

import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * "She called him to discuss the budget", "called him on Friday to discuss": "call" with an object
 * and an infinitive of purpose is a telephone call or a summons, not an appeal; "called on him to
 * act", with "on" right after the verb, asks for the act.
 */
final class PhoneCall {
  private PhoneCall() {}

  /** True when {@code verb} is "call" with an object whose infinitive is a purpose, not what is called for. */
  static boolean isPurpose(Sentence sentence, int verb) {
    if (!sentence.token(verb).lemma().equals("call")) return false;
    if (verb + 1 < sentence.size() && sentence.token(verb + 1).lower().equals("on")) return false;
    for (Arc arc : sentence.dependents(verb)) {
      if (arc.relation().equals("obj")) return true;
    }
    return false;
  }
}
