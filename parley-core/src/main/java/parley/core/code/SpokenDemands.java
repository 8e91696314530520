package parley.core.code;

import static parley.core.code.SentenceEvents.SPEECH;
import static parley.core.code.SentenceEvents.firstAgent;

import java.util.List;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.lexicon.VerbLexicon;
import parley.core.lexicon.VerbPattern;

/**
 * Demands, appeals and reproaches told by speech or wish: "Russia says Israel must end its strikes"
 * (10x), "should hold talks" (02x), "should have stopped" (111), "Moscow wants Kyiv to withdraw" (020).
 */
final class SpokenDemands {
  private static final Set<String> OBLIGATION = Set.of("must", "should");
  private static final Set<String> WISHES = Set.of("want", "wish");
  private final SentenceEvents events;
  private final DependencyTree tree;
  private final ActorIndex actors;
  private final ClauseArguments args;
  private final VerbLexicon verbs;

  SpokenDemands(SentenceEvents events, DependencyTree tree, ActorIndex actors, ClauseArguments args, VerbLexicon verbs) {
    this.events = events;
    this.tree = tree;
    this.actors = actors;
    this.args = args;
    this.verbs = verbs;
  }

  /**
   * "Russia says Israel must end its strikes": a statement that another actor must act is a demand
   * (10x) on that actor, that it should act an appeal (02x), as the codebook reads "must" and
   * "should"; that it should have acted ("should have stopped the killings") a criticism (111). The
   * codebook's specific code comes from what is asked, read with the lexicon's frames of "demand" and
   * "urge" ("should hold negotiations" 026). Not when the speaker is the one who must act.
   */
  void demandFromSpeech(int verb) {
    if (!SPEECH.contains(tree.lemma(verb))) return;
    List<Integer> clauses = new java.util.ArrayList<>(tree.children(verb));
    // "Norway said Sudan should hold talks" read with "said" as the clausal subject of "hold", "Sudan" its object
    boolean asSubject = tree.relation(verb).equals("csubj") && tree.head(verb) > verb;
    if (asSubject) clauses.add(tree.head(verb));
    for (int clause : clauses) {
      String rel = tree.relation(clause);
      // The parser also reads "says Israel must end" as an object and a loose clause: the object is its subject.
      boolean loose = (rel.equals("dep") || (asSubject && clause == tree.head(verb)))
          && tree.firstChild(clause, "nsubj") < 0;
      if (!rel.equals("ccomp") && !loose) continue;
      String modal = "";
      boolean perfect = false;
      for (int aux : tree.children(clause, "aux")) {
        String word = tree.token(aux).lower();
        if (OBLIGATION.contains(word)) modal = word;
        perfect |= tree.lemma(aux).equals("have");
      }
      if (modal.isEmpty()) continue;
      List<ActorMention> speakers = actors.of(firstAgent(args, verb));
      int subject = loose ? tree.firstChild(verb, "obj") : tree.firstChild(clause, "nsubj");
      if (loose && (subject < 0 || subject > clause || subject < verb)) continue;
      List<ActorMention> addressees = actors.of(subject);
      addressees = addressees.stream().filter(SentenceEvents::actorLike).toList();
      if (speakers.isEmpty() || addressees.isEmpty()) continue;
      String code;
      String rule;
      // "should have stopped", "should have been the first to help": a perfect, a copula's too
      boolean pastAct = tree.token(clause).pos().equals("VBN") || tree.children(clause, "cop").stream()
          .anyMatch(c -> tree.token(c).pos().equals("VBN"));
      if (modal.equals("should") && perfect && pastAct) {
        code = REPROACH;
        rule = "+should-have";
      } else if (modal.equals("should")) {
        code = askedFor(clause, "urge", "020");
        rule = "+should";
      } else {
        code = askedFor(clause, "demand", "100");
        rule = "+must";
      }
      VerbPattern demand = new VerbPattern(code, tree.lemma(verb), "", Set.of(), Set.of(), List.of(), false,
          tree.lemma(verb) + rule, "");
      events.emit(verb, -1, demand, speakers, addressees, ModeClassifier.modality(tree, verb));
    }
  }

  /** 111: criticize or denounce. */
  private static final String REPROACH = "111";

  /**
   * The most specific code the lexicon gives {@code asking} ("urge", "demand") for what the reported
   * clause asks: a frame whose complement or object words the clause holds ("should hold talks" is
   * urging talks, 026); else {@code generic}.
   */
  private String askedFor(int clause, String asking, String generic) {
    String best = null;
    for (VerbPattern p : verbs.forVerb(asking)) {
      if (p.noEvent() || !p.particle().isEmpty() || (best != null && p.code().length() <= best.length())) continue;
      Set<String> words = new java.util.HashSet<>(p.complements());
      words.addAll(p.objects());
      words.remove("*");
      if (!words.isEmpty() && clauseHolds(clause, words)) best = p.code();
    }
    return best == null ? generic : best;
  }

  /** The reported act's verb or any word of its objects, obliques, infinitives and conjuncts is one of {@code lemmas}. */
  private boolean clauseHolds(int clause, Set<String> lemmas) {
    if (lemmas.contains(tree.lemma(clause))) return true;
    for (int c : tree.children(clause)) {
      String rel = tree.relation(c);
      // what is asked, not the clauses around it ("must disarm before it can receive aid" asks for no aid)
      boolean asked = rel.equals("obj") || rel.equals("xcomp") || rel.equals("conj") || rel.startsWith("obl");
      if (!asked) continue;
      for (int t : tree.subtree(c)) {
        if (lemmas.contains(tree.lemma(t))) return true;
      }
    }
    return false;
  }

  /**
   * "Moscow wants Kyiv to withdraw its troops": wanting another actor to act is an appeal (020) to
   * that actor, as the codebook reads requests. Not "wants to withdraw": the subject's own intent.
   */
  void appealFromWish(int verb) {
    if (!WISHES.contains(tree.lemma(verb))) return;
    int addressee = tree.firstChild(verb, "obj");
    int clause = tree.firstChild(verb, "xcomp");
    if (addressee < 0 || clause < 0 || addressee > clause || !tree.token(clause).isVerb()) return;
    if (WishToBeKnown.is(tree, clause)) return; // "I want people to know ...": telling, no appeal
    List<ActorMention> speakers = actors.of(firstAgent(args, verb));
    List<ActorMention> addressees = actors.of(addressee).stream().filter(SentenceEvents::actorLike).toList();
    if (speakers.isEmpty() || addressees.isEmpty()) return;
    VerbPattern appeal = new VerbPattern("020", tree.lemma(verb), "", Set.of(), Set.of(), List.of(), false,
        tree.lemma(verb) + "+obj+to", "");
    events.emit(verb, -1, appeal, speakers, addressees, ModeClassifier.modality(tree, verb));
  }
}
