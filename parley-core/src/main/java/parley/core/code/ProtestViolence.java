package parley.core.code;

import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.doc.EventType;
import parley.core.ontology.CameoTable;

/**
 * The codebook's violent protest. Destruction, assault or fighting done by protesters, demonstrators or
 * rioters is a riot (145: "protesters torched a police station", "was demolished by protesters",
 * "battling riot police"); not armed attack ("launched missiles at", "exchanged fire with gunmen").
 * Force used against protesters keeps its code: PLOVER annotators read "opened fire on protesters"
 * as an assault, which the codebook's repression (175) is not in our table.
 */
final class ProtestViolence {
  /** Nouns naming people in a protest. */
  private static final Set<String> PROTESTERS = Set.of("protester", "protestor", "demonstrator", "rioter", "mob");
  /** Property destruction, assault and fighting: what a riot is made of (not killing, kidnapping or mass violence). */
  private static final Set<String> RIOTOUS = Set.of("171", "1711", "1712", "180", "182", "1821", "1822", "1823",
      "190", "193");
  /** Verbs of armed attack: protesters who launch missiles or fire shots fight, they do not riot. */
  private static final Set<String> ARMED = Set.of("launch", "fire", "shoot", "bomb", "shell", "exchange");
  /** 145: protest violently, riot. */
  private static final String RIOT = "145";

  private ProtestViolence() {}

  /** The act's code once its source is known: a riot, or {@code act} itself. */
  static EventType of(CameoTable cameo, EventType act, DependencyTree tree, int predicate, ActorMention source) {
    String code = act.code();
    if (RIOTOUS.contains(code) && protesters(tree, source) && !ARMED.contains(tree.lemma(predicate))) {
      return cameo.type(RIOT).orElse(act);
    }
    return act;
  }

  private static boolean protesters(DependencyTree tree, ActorMention mention) {
    return mention.sentence() == tree.sentence().index()
        && (PROTESTERS.contains(tree.lemma(mention.head())) || PROTESTERS.contains(tree.lemma(mention.last())));
  }
}
