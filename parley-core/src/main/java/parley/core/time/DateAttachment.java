package parley.core.time;

import java.util.Optional;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * Whether a date in a clause tells when the clause's act took place. A date that names a thing rather
 * than the act ("any 2016 candidates", "an Aug. 8, 2015, affidavit", "the July convention") does not,
 * unless that thing is where the act took place ("at Saturday's debate", "in a September letter") or
 * the subject its date names ("Monday's attack killed ..."). Only dates before their noun are read so: a
 * date after it ("talks with Moon on Monday") is often the verb's, attached to the noun by the parse. A date that bounds a period or names a
 * target ("for June 5", "until Friday", "since March", "by May") is no time of the act either, nor one on
 * a word describing a noun ("bonds due 2030", "protests beginning on May 3") unless that noun is the
 * act's setting ("in a ruling dated March 4, the court overturned ...").
 * Stateless.
 */
final class DateAttachment {
  /** Prepositions before a noun that says where (at what occasion) the act took place. */
  private static final Set<String> SETTING = Set.of("at", "during", "in", "on", "amid", "throughout");

  /** Prepositions that make a date a bound or a target, not a point the act took place at. */
  private static final Set<String> BOUNDS = Set.of("for", "until", "till", "through", "since", "by");

  /** How a date stands before the noun it names a thing by: "2016 candidates", "Monday's vote". */
  private static final Set<String> PRENOMINAL = Set.of("compound", "nummod", "amod", "nmod:poss");

  private DateAttachment() {}

  /** True when the date headed by {@code timeHead} can be the time of the clause of {@code verb}. */
  static boolean timesTheClause(Sentence sentence, int timeHead, int verb) {
    if (isBound(sentence, timeHead)) return false;
    Optional<Arc> arc = sentence.head(timeHead);
    if (arc.isEmpty()) return true;
    int holder = arc.get().governor();
    if (holder >= 0 && holder != verb && describesNoun(sentence, holder)) {
      // "bonds due 2030", "a week of protests beginning on May 3": the date is the thing's; but "in a
      // ruling dated March 4, the court overturned ...": the ruling is where the act was done
      int noun = sentence.head(holder).get().governor();
      Optional<Arc> up = sentence.head(noun);
      return up.isPresent() && up.get().governor() == verb && up.get().baseRelation().equals("obl")
          && NounEventDate.caseOf(sentence, noun).map(SETTING::contains).orElse(false);
    }
    if (holder < 0 || holder == verb || !sentence.token(holder).isNoun()
        || !PRENOMINAL.contains(arc.get().relation())) {
      return true; // a date after its noun ("talks with Moon on Monday") may be the verb's, misattached
    }
    Optional<Arc> up = sentence.head(holder);
    if (up.isEmpty() || up.get().governor() < 0) return false;
    String relation = up.get().baseRelation();
    boolean setting = NounEventDate.caseOf(sentence, holder).map(SETTING::contains).orElse(false);
    // "in the 2010 race, Smith backed Jones", "speaking at a Super Tuesday rally, Rubio criticised ...":
    // the occasion may hang on another word of the sentence than the act's verb
    if (relation.equals("obl")) return setting;
    int governor = up.get().governor();
    if (governor != verb && !sentence.token(governor).isVerb()) return false;
    if (relation.equals("nmod")) return setting;
    return relation.startsWith("nsubj") && arc.get().relation().equals("nmod:poss");
  }

  /** An adjective or participle describing a noun: "due" in "bonds due 2030", "beginning" in "protests beginning on May 3". */
  private static boolean describesNoun(Sentence sentence, int word) {
    Optional<Arc> arc = sentence.head(word);
    if (arc.isEmpty() || arc.get().governor() < 0 || !sentence.token(arc.get().governor()).isNoun()) return false;
    String pos = sentence.token(word).pos();
    return (arc.get().relation().equals("amod") && pos.startsWith("JJ"))
        || (arc.get().relation().equals("acl") && (pos.equals("VBG") || pos.equals("VBN")));
  }

  /** "for June 5", "until Friday", "since March": a date marked as a bound or target, or a compared figure's. */
  static boolean isBound(Sentence sentence, int timeHead) {
    if (ComparedPeriodDate.isCompared(sentence, timeHead)) return true; // "compared with 1 percent in 2010"
    return NounEventDate.caseOf(sentence, timeHead).map(BOUNDS::contains).orElse(false);
  }
}
