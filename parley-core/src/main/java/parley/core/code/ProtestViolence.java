package parley.core.code;

import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.doc.EventType;
import parley.core.ontology.CameoTable;

/**
 * The codebook's violence of and against protest. Destruction, assault or fighting done by protesters,
 * demonstrators or rioters is a violent protest, a riot (145: "protesters torched a police station",
 * "was demolished by protesters"; not armed attack: "launched missiles at"); assault or fighting by police, soldiers or security forces against
 * them is violent repression (175: "police clashed with demonstrators").
 */
final class ProtestViolence {
  /** Nouns naming people in a protest. */
  private static final Set<String> PROTESTERS = Set.of("protester", "protestor", "demonstrator", "rioter", "mob");
  /** Property destruction, assault and fighting: what a riot is made of (not killing, kidnapping or mass violence). */
  private static final Set<String> RIOTOUS = Set.of("171", "1711", "1712", "180", "182", "1821", "1822", "1823",
      "190", "193");
  /** Verbs of armed attack: protesters who launch missiles or fire shots fight, they do not riot. */
  private static final Set<String> ARMED = Set.of("launch", "fire", "shoot", "bomb", "shell");
  /** Assault and fighting by force: what repression of a protest is made of. */
  private static final Set<String> FORCEFUL = Set.of("180", "182", "1821", "1822", "1823", "190", "193", "195");
  /** 145: protest violently, riot. */
  private static final String RIOT = "145";
  /** 175: use tactics of violent repression. */
  private static final String REPRESSION = "175";

  private ProtestViolence() {}

  /** The act's code once its source and target are known: a riot, a repression, or {@code act} itself. */
  static EventType of(CameoTable cameo, EventType act, DependencyTree tree, int predicate, ActorMention source,
      ActorMention target) {
    String code = act.code();
    if (RIOTOUS.contains(code) && protesters(tree, source) && !ARMED.contains(tree.lemma(predicate))) {
      return cameo.type(RIOT).orElse(act);
    }
    if (FORCEFUL.contains(code) && protesters(tree, target) && forces(source)) {
      return cameo.type(REPRESSION).orElse(act);
    }
    return act;
  }

  private static boolean protesters(DependencyTree tree, ActorMention mention) {
    return mention.sentence() == tree.sentence().index()
        && (PROTESTERS.contains(tree.lemma(mention.head())) || PROTESTERS.contains(tree.lemma(mention.last())));
  }

  /** Police, the military or security forces ({@code COP}, {@code MIL}, {@code SPY} in the actor's code). */
  private static boolean forces(ActorMention source) {
    return source.actor().code().map(c -> c.length() > 3
        && (c.contains("COP") || c.contains("MIL") || c.contains("SPY"))).orElse(false);
  }
}
