package parley.core.code;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.doc.ActorRef;

/**
 * Who a sentence's people are and what they own: a mention that names one person, and the bodies
 * ("his government", "her party") such a person, named as a subject before them, leads.
 */
final class PersonalPossessors {
  /** How a mention was found when it names one person. */
  static final Set<String> PERSON_HOWS = Set.of("person", "remembered", "surname", "titled-name",
      "titled-name-implied", "titled-name-context", "name-with-country", "apposed-role");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");

  private final DependencyTree tree;
  /** The role word's code part at each token, or null. */
  private final String[] roleOf;

  PersonalPossessors(DependencyTree tree, String[] roleOf) {
    this.tree = tree;
    this.roleOf = roleOf;
  }

  /**
   * "Pakistan's prime minister said his government would ...", "Prime Minister Ann Lee said her army
   * ...": a body owned by "his" or "her" is that of the person named as a subject before it in the
   * sentence, found once every person of the sentence is known (the first guess took the last person
   * of earlier sentences).
   */
  void resolve(List<ActorMention> out) {
    for (int i = 0; i < out.size(); i++) {
      ActorMention m = out.get(i);
      String role = roleOf[m.head()];
      if (role == null || m.how().equals("pronoun") || !BODIES.contains(tree.lemma(m.head()).toLowerCase(Locale.ROOT))) continue;
      int possessor = -1;
      for (int c : tree.children(m.head(), "nmod:poss")) {
        String word = tree.token(c).lower();
        if (word.equals("his") || word.equals("her")) possessor = c;
      }
      if (possessor < 0 || !(m.how().equals("possessive") || m.how().equals("role-no-country")
          || m.how().equals("implied-by-dateline") || m.how().equals("anaphora"))) {
        continue;
      }
      Optional<String> owner = personSubjectBefore(possessor, out).flatMap(p -> p.actor().code()).map(ActorCodes::country);
      if (owner.isEmpty() || !ActorCodes.isCountry(owner.get())) continue;
      String code = ActorCodes.combine(owner.get(), role);
      if (m.actor().code().equals(Optional.of(code))) continue;
      out.set(i, new ActorMention(m.sentence(), m.first(), m.last(), m.head(),
          ActorRef.of(code, m.actor().text(), m.actor().span()), "possessive"));
    }
  }

  /** The nearest coded person before {@code t} who is the subject of a clause. */
  private Optional<ActorMention> personSubjectBefore(int t, List<ActorMention> found) {
    ActorMention best = null;
    for (ActorMention m : found) {
      if (m.head() >= t || m.actor().code().isEmpty() || !tree.relation(m.head()).startsWith("nsubj")) continue;
      boolean person = PERSON_HOWS.contains(m.how()) || isPersonRole(m)
          || (m.how().equals("pronoun") && PRONOUNS.contains(tree.token(m.head()).lower()));
      if (person && (best == null || m.head() > best.head())) best = m;
    }
    return Optional.ofNullable(best);
  }

  /**
   * Bodies a person may own or lead ("his government", "her party"), not people ("his deputy" is
   * another person, possibly of another country: "his counterpart").
   */
  private static final Set<String> BODIES = Set.of("government", "administration", "army", "military", "ministry",
      "party", "forces", "force", "troops", "cabinet", "regime", "police", "navy", "office", "spokesman",
      "spokeswoman", "spokesperson", "camp", "delegation", "embassy");

  /** Role words that name institutions or bodies, not one person: "the government said it ...". */
  private static final Set<String> INSTITUTIONS = Set.of("government", "administration", "army", "military",
      "ministry", "party", "police", "parliament", "council", "court", "regime", "authority", "authorities",
      "cabinet", "navy", "embassy", "office", "department", "agency", "legislature", "congress", "senate",
      "assembly", "junta", "guard", "command", "force", "forces", "opposition", "media", "press", "committee",
      "commission", "coalition", "state", "leadership", "side", "delegation", "troops", "militia", "rebel");

  /**
   * A role mention that names one person ("Pakistan's prime minister", "the foreign minister"): a
   * singular role word that is no institution.
   */
  boolean isPersonRole(ActorMention m) {
    int h = m.head();
    if (roleOf[h] == null || PERSON_HOWS.contains(m.how()) || m.how().equals("pronoun")) return false;
    String pos = tree.token(h).pos();
    return (pos.equals("NN") || pos.equals("NNP")) && !INSTITUTIONS.contains(tree.lemma(h).toLowerCase(Locale.ROOT));
  }
}
