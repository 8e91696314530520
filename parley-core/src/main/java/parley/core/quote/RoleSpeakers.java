package parley.core.quote;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * What an unnamed speaker given by a role noun is, for the pronouns that may later stand for it:
 * one person ("an official said ... He said" is the official's), several people ("analysts said
 * ... They added" is the analysts'), or neither ("the report said"). Only informants count
 * (officials, spokesmen, sources, analysts, traders, diplomats ...): "the governor" or "a man"
 * mostly stands for someone the article names. A role is plural when none of its words is the head
 * noun's lemma ("the analysts", lemma "analyst").
 */
final class RoleSpeakers {
  /** Kinds of unnamed speaker, by what pronoun may stand for them. */
  enum Kind { PERSON, PEOPLE, OTHER }

  /** Nouns for people who speak for others or on what they know, mostly left unnamed in news. */
  private static final Set<String> INFORMANTS = Set.of("official", "spokesman", "spokeswoman", "spokesperson",
      "source", "analyst", "trader", "dealer", "diplomat", "aide", "adviser", "advisor", "economist", "banker",
      "broker", "executive", "officer", "negotiator", "delegate", "insider", "observer", "strategist", "expert",
      "lawyer", "attorney", "investigator", "prosecutor", "commander", "envoy", "participant", "witness");

  private RoleSpeakers() {}

  static Kind of(String text, String lemma) {
    String head = lemma.toLowerCase(Locale.ROOT);
    if (!INFORMANTS.contains(head)) return Kind.OTHER;
    String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
    boolean singular = Arrays.stream(words).anyMatch(head::equals);
    return singular ? Kind.PERSON : Kind.PEOPLE;
  }

  /** The sex a role word tells: "spokeswoman" a woman, "spokesman" a man, else unknown ('?'). */
  static char sex(String lemma) {
    String head = lemma.toLowerCase(Locale.ROOT);
    if (head.endsWith("woman")) return 'f';
    if (head.endsWith("man")) return 'm';
    return '?';
  }
}
