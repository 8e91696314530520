package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.lexicon.VerbLexicon;
import parley.core.lexicon.VerbPattern;

/**
 * Who carried out an attack the text names by a noun or a weapon: "were killed in Israeli shelling", "a
 * Taliban-claimed car bomb struck", "missiles fired by the army hit". Gives the attack's token, its authors
 * and its code (the lexicon's event noun: an air strike 195; else military force 190).
 */
final class AttackAuthors {
  private final VerbLexicon verbs;

  AttackAuthors(VerbLexicon verbs) {
    this.verbs = Objects.requireNonNull(verbs, "verbs");
  }

  /** Nouns of armed attack besides the lexicon's event nouns: "killed in Israeli shelling". */
  private static final Set<String> ATTACK_WORDS = Set.of("shelling", "bombardment", "airstrike", "raid", "bombing",
      "shooting", "fire", "offensive", "crossfire", "gunfire", "strike", "attack", "assault", "ambush");

  /**
   * "were killed in Israeli shelling", "were wounded in an air strike by government forces": a passive
   * act of force with no "by" phrase of its own is done by the agent of the attack it happened in.
   * Returns the attack's token, or -1.
   */
  int attackOf(DependencyTree tree, ClauseArguments args, int verb, VerbPattern pattern) {
    if (!args.isPassive(verb) || !args.byPhrase(verb).isEmpty()
        || Integer.parseInt(pattern.code().substring(0, 2)) < 18) {
      return -1;
    }
    for (int c : tree.children(verb)) {
      if (!tree.relation(c).startsWith("obl") || !tree.caseOf(c).equals("in")) continue;
      if (!attackCodeOf(tree, c).isEmpty()) return c;
    }
    return -1;
  }

  /** Weapons whose blow is their user's act: "a car bomb struck a bus", "missiles hit the depot". */
  private static final Set<String> WEAPONS = Set.of("bomb", "missile", "rocket", "shell", "mortar", "drone",
      "grenade", "explosive", "projectile", "bomber");

  /**
   * The subject of an act of force (roots 18-20) that is an attack or a weapon, not an actor ("a car
   * bomb killed", "air strikes and artillery fire hit"), or -1.
   */
  int attackSubject(DependencyTree tree, ClauseArguments args, int verb, VerbPattern pattern,
      List<ActorMention> agents) {
    if (Integer.parseInt(pattern.code().substring(0, 2)) < 18 || args.isPassive(verb)
        || agents.stream().anyMatch(SentenceEvents::actorLike)) {
      return -1;
    }
    for (int s : args.agents(verb)) {
      if (WEAPONS.contains(tree.lemma(s)) || !attackCodeOf(tree, s).isEmpty()) return s;
    }
    return -1;
  }

  /** Participles naming who carried out an attack: "a Saudi-led strike", "a Taliban-claimed bombing". */
  private static final Set<String> AUTHORING = Set.of("lead", "claim", "launch", "conduct", "order", "carry");

  /**
   * The coded authors of an attack or weapon: its "by" phrase ("missiles fired by the army"), its
   * owner or national modifier ("Syrian regime air strikes"), or the actor of an authoring participle
   * ("Saudi-led", "Taliban-claimed"), also for the attacks coordinated with it.
   */
  static List<ActorMention> attackers(DependencyTree tree, ActorIndex actors, ClauseArguments args, int attack) {
    List<ActorMention> found = new ArrayList<>(attackAgents(actors, args, attack));
    for (int c : tree.children(attack)) {
      if (tree.relation(c).startsWith("acl") && tree.token(c).pos().equals("VBN")) {
        for (int by : args.byPhrase(c)) found.addAll(actors.of(by));
      }
    }
    for (int t : authoringModifiers(tree, attack)) found.addAll(actors.of(t));
    int head = tree.head(attack);
    if (head >= 0 && tree.relation(attack).equals("nsubj") && tree.token(head).pos().equals("VBN")) {
      for (int by : args.byPhrase(head)) found.addAll(actors.of(by)); // "missiles fired by X struck", misparsed
    }
    found.removeIf(m -> m.actor().code().isEmpty());
    return found.stream().distinct().toList();
  }

  /** The words an authoring participle on {@code noun} names ("Saudi" in "a Saudi-led strike"). */
  static List<Integer> authoringModifiers(DependencyTree tree, int noun) {
    List<Integer> out = new ArrayList<>();
    for (int c : tree.children(noun)) {
      String rel = tree.relation(c);
      if (!(rel.equals("amod") || rel.equals("dep")) || !AUTHORING.contains(tree.lemma(c))
          || !tree.token(c).pos().equals("VBN")) {
        continue;
      }
      for (int g : tree.children(c)) {
        String r = tree.relation(g);
        if (g < c && (r.startsWith("obl") || r.equals("dep") || r.equals("compound") || r.equals("amod") || r.startsWith("nmod"))) {
          out.add(g);
        }
      }
    }
    return out;
  }

  static List<ActorMention> attackAgents(ActorIndex actors, ClauseArguments args, int attack) {
    List<ActorMention> found = new ArrayList<>();
    for (int by : args.byPhrase(attack)) found.addAll(actors.of(by));
    if (found.isEmpty()) found.addAll(actors.owners(attack));
    found.removeIf(m -> m.actor().code().isEmpty());
    return found;
  }

  /** The attack's own code: the lexicon's event noun (an air strike 195), else military force (190). */
  String attackCode(DependencyTree tree, int attack) {
    String code = attackCodeOf(tree, attack);
    return code.isEmpty() ? "190" : code;
  }

  /** The code of the attack word heading or modifying {@code t} ("tank shelling"): "190" for a plain one, "" if none. */
  String attackCodeOf(DependencyTree tree, int t) {
    List<Integer> words = new ArrayList<>(); // the modifiers first: "air strike" is an air strike before a strike
    for (int m : tree.children(t)) {
      String rel = tree.relation(m);
      if (rel.equals("amod") || rel.equals("compound")) words.add(m);
    }
    words.add(t);
    for (int w : words) {
      List<VerbPattern> nouns = new ArrayList<>(verbs.forNoun(tree.lemma(w)));
      if (tree.relation(w).equals("compound")) nouns.addAll(0, verbs.forNoun(tree.lemma(w) + "-" + tree.lemma(t)));
      for (VerbPattern p : nouns) {
        if (Integer.parseInt(p.code().substring(0, 2)) >= 18) return p.code();
      }
    }
    for (int w : words) {
      if (ATTACK_WORDS.contains(tree.token(w).lower()) || ATTACK_WORDS.contains(tree.lemma(w))) return "190";
    }
    return "";
  }
}
