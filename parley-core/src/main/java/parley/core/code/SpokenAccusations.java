package parley.core.code;

import static parley.core.code.SentenceEvents.SPEECH;
import static parley.core.code.SentenceEvents.firstAgent;

import java.util.List;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.lexicon.VerbPattern;

/**
 * Accusations (112) told by speech: another actor declared responsible ("said the rebels were
 * responsible") or told to aim at harm ("said Russia wants to block the election").
 */
final class SpokenAccusations {
  private static final Set<String> BLAME = Set.of("responsible", "guilty", "culpable", "liable", "accountable");
  private final SentenceEvents events;
  private final DependencyTree tree;
  private final ActorIndex actors;
  private final ClauseArguments args;

  SpokenAccusations(SentenceEvents events, DependencyTree tree, ActorIndex actors, ClauseArguments args) {
    this.events = events;
    this.tree = tree;
    this.actors = actors;
    this.args = args;
  }

  /**
   * "The government said the rebels were responsible": declaring another actor responsible or guilty
   * accuses it (112). The mode is the clause's ("said the rebels were not responsible" is no accusation).
   */
  void accusationFromBlame(int verb) {
    if (!SPEECH.contains(tree.lemma(verb))) return;
    for (int clause : tree.children(verb, "ccomp")) {
      if (!BLAME.contains(tree.lemma(clause)) || tree.firstChild(clause, "cop") < 0) continue;
      List<ActorMention> speakers = actors.of(firstAgent(args, verb));
      List<ActorMention> accused = actors.of(tree.firstChild(clause, "nsubj")).stream()
          .filter(SentenceEvents::actorLike).toList();
      if (speakers.isEmpty() || accused.isEmpty()) continue;
      VerbPattern accusation = new VerbPattern("112", tree.lemma(verb), "", Set.of(), Set.of(), List.of(), false,
          tree.lemma(verb) + "+" + tree.lemma(clause), "");
      events.emit(verb, -1, accusation, speakers, accused, ModeClassifier.modality(tree, clause));
    }
  }

  /**
   * "The spokesman said Russia wants to block the election": a hostile aim told of another accuses it
   * (112, {@link AllegedAims}); one's own aims accuse no one.
   */
  void accusationFromAim(int verb) {
    if (!SPEECH.contains(tree.lemma(verb))) return;
    for (int clause : AllegedAims.reportedBy(tree, verb)) {
      List<ActorMention> speakers = actors.of(firstAgent(args, verb)).stream()
          .filter(m -> m.actor().code().isPresent()).toList();
      List<ActorMention> accused = actors.of(tree.firstChild(clause, "nsubj")).stream()
          .filter(SentenceEvents::actorLike)
          .filter(m -> speakers.stream().noneMatch(s -> s.actor().code().equals(m.actor().code()))).toList();
      if (speakers.isEmpty() || accused.isEmpty()) continue;
      VerbPattern accusation = new VerbPattern("112", tree.lemma(verb), "", Set.of(), Set.of(), List.of(), false,
          tree.lemma(verb) + "+" + tree.lemma(clause) + "+to-harm", "");
      events.emit(verb, -1, accusation, speakers, accused, ModeClassifier.modality(tree, verb));
    }
  }
}
