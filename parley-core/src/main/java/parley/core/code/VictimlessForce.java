package parley.core.code;

import java.util.List;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.doc.Mode;
import parley.core.lexicon.VerbPattern;

/**
 * "X said Y had attacked overnight", "X said Y had attacked themselves": an asserted act of force (roots
 * 18-20) that reaches no actor (none named, or only its own agent) is no event between two actors; its
 * report is still the speaker's accusation of the agent (112, the codebook's "accuse of crime, human
 * rights abuses"), as when the victims are named. Only for a coded agent (an ambassador saying "the new
 * military government took over" speaks of his own); witnesses (medics, reporters) accuse no one, a speaker telling of its own
 * force claims nothing it could direct at no one. A bare verb ("VB") tells no act done.
 */
final class VictimlessForce {
  private static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");

  private VictimlessForce() {}

  /** Codes the accusation of {@code verb}'s force by the speaker reporting it, when the force reached no actor. */
  static void accuse(SentenceEvents events, DependencyTree tree, int verb, VerbPattern pattern, List<ActorMention> agents,
      Modality modality) {
    if (modality.mode() != Mode.ASSERTED || !FORCE_ROOTS.contains(pattern.code().substring(0, 2))) return;
    // a bare verb tells no act done: "told them that people who are bullied gotta get over it and fight"
    if (tree.token(verb).pos().equals("VB")) return;
    for (ActorMention agent : agents) {
      if (agent.actor().code().isPresent()) events.speakerOnUnreceivedForce(verb, agent, pattern);
    }
  }
}
