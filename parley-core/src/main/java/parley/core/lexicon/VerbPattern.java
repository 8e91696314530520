package parley.core.lexicon;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One line of the verb lexicon: a predicate lemma (a verb, or a noun for a nominal event) with the
 * conditions under which it expresses a CAMEO event, and where its target is found.
 *
 * @param code the CAMEO event code, or {@link #NO_EVENT} for a frame that is no event
 * @param lemma the predicate lemma ("impose", "meet")
 * @param particle a particle or adverb that must attach to the verb ("walk away", "call off"), or empty
 * @param objects the direct object must have one of these lemmas (empty: no condition)
 * @param complements the open complement ("to X") must contain one of these lemmas (empty: no condition)
 * @param targets where the target is: "obj", "iobj", or a preposition ("on", "with") marking an
 *     oblique or nominal modifier of the verb or of its object, tried in order
 * @param nominal true for a noun predicate ("the attack on X by Y")
 * @param name a readable rule name, reported with every event it codes
 * @param line where in the lexicon the pattern was written, for error messages
 */
public record VerbPattern(
    String code,
    String lemma,
    String particle,
    Set<String> objects,
    Set<String> complements,
    List<String> targets,
    boolean nominal,
    String name,
    String line) {
  public VerbPattern {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(lemma, "lemma");
    objects = Set.copyOf(objects);
    complements = Set.copyOf(complements);
    targets = List.copyOf(targets);
  }

  /** The code of a frame that expresses no event ("met the needs of", "met its target"). */
  public static final String NO_EVENT = "none";

  /** True for a frame that blocks the verb's other patterns: the verb in this frame is no event. */
  public boolean noEvent() {
    return code.equals(NO_EVENT);
  }

  /** The same frame coded otherwise ("a scathing attack" is criticism), under another rule name. */
  public VerbPattern withCode(String newCode, String newName) {
    return new VerbPattern(newCode, lemma, particle, objects, complements, targets, nominal, newName, line);
  }

  /** More conditions, more specific: the coder prefers the most specific matching pattern. */
  public int specificity() {
    return (particle.isEmpty() ? 0 : 2) + (objects.isEmpty() ? 0 : 4) + (complements.isEmpty() ? 0 : 3);
  }
}
