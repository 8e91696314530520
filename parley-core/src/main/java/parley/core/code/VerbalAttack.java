package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import parley.core.lexicon.VerbPattern;

/**
 * "Attack" told of words: "Cruz attacked Trump over his remarks", "attacked the plan as reckless",
 * "attacked her record in a debate". The codebook codes a verbal attack as criticism (111); an attack
 * with weapons, troops or casualties stays force (18x, 19x). The verb is read as verbal when its object is
 * a thing said or decided (a plan, record, remarks), when it carries a judgement ("as reckless", "as a
 * liar"), a complaint ("over his remarks", "for failing to act"), or a speech setting ("in an interview",
 * "on Twitter"), and nothing in it names a weapon or a casualty; an attack noun is verbal when a word
 * qualifies it so ("a scathing attack").
 */
final class VerbalAttack {
  /** Verbs whose attack may be one of words. */
  private static final Set<String> VERBS = Set.of("attack", "assail");

  /** Things said, decided or done in office: attacking them is criticism. */
  private static final Set<String> SAID_THINGS = Set.of("policy", "plan", "proposal", "record", "remark",
      "statement", "comment", "stance", "position", "view", "idea", "bill", "budget", "deal", "agreement",
      "rhetoric", "claim", "decision", "speech", "tweet", "ad", "advertisement", "word", "approach",
      "strategy", "handling", "response", "candidacy", "agenda", "legislation", "law", "reform",
      "vote", "report", "leadership", "judgment", "judgement", "credential",
      "character", "temperament", "message", "language", "tone", "remarks", "comments", "views", "policies",
      "ruling", "verdict", "appointment", "nomination", "nominee", "move", "initiative", "tax", "mandate");

  /** Settings of speech: "in a debate", "during an interview", "on Twitter". */
  private static final Set<String> SETTINGS = Set.of(
      "debate", "interview", "ad", "advertisement", "commercial", "tweet", "speech", "statement", "op-ed",
      "editorial", "column", "letter", "address", "email", "memo", "podcast", "broadcast", "remarks", "blog",
      "book", "conference", "briefing", "twitter", "facebook", "radio", "television", "tv", "show", "program",
      "programme", "forum", "town-hall", "video", "message", "article", "essay", "oped", "commentary",
      "primary", "primaries", "newspaper", "campaign-ad");

  /** Speech acts a participle adds to the attack: "attacked Romney, calling him a failure". */
  private static final Set<String> SPEECH = Set.of("call", "say", "accuse", "describe", "label", "brand", "dub",
      "charge", "argue", "claim", "write", "tweet", "declare", "suggest", "question", "mock", "deride", "slam");

  /** What a complaint is about: "over his remarks", "for his support of". */
  private static final Set<String> COMPLAINTS = Set.of(
      "remark", "remarks", "comment", "comments", "statement", "policy", "policies", "record", "stance",
      "position", "handling", "response", "decision", "plan", "proposal", "support", "role", "view", "views",
      "failure", "vote", "opposition", "tie", "ties", "tax", "claim", "claims", "rhetoric", "attitude",
      "refusal", "silence", "stand", "deal", "agreement", "approach", "idea", "ideas", "positions", "tweet",
      "tweets", "speech", "language", "behavior", "behaviour", "conduct", "treatment", "criticism", "praise",
      "endorsement", "association", "involvement", "use", "donation", "donations", "spending", "performance",
      "leadership", "reluctance", "flip-flop", "change", "reversal", "lack", "inaction", "management", "bill",
      "legislation", "law", "immigration", "email", "emails");

  /** Words of physical harm: with any of them under the verb the attack is force. */
  private static final Set<String> PHYSICAL = Set.of("knife", "gun", "machete", "bomb", "rifle", "stick", "axe",
      "hammer", "rocket", "missile", "grenade", "mortar", "artillery", "tank", "aircraft", "jet", "drone",
      "weapon", "firearm", "explosive", "kill", "wound", "injure", "dead", "death", "casualty", "troop",
      "soldier", "militant", "gunman", "fighter", "shell", "fire", "stone", "rock", "bat", "club", "fist",
      "helicopter", "warplane", "plane", "ship", "boat", "car", "vehicle", "hospital", "injury", "blood");

  private VerbalAttack() {}

  /** Words that make an "attack" one of words: "launched a scathing attack on the spy chiefs". */
  private static final Set<String> VERBAL = Set.of("scathing", "verbal", "blistering", "stinging", "withering",
      "vitriolic", "rhetorical", "personal", "thinly-veiled", "veiled");

  /** A force pattern whose object a verbal modifier qualifies is criticism (111), as the codebook has it. */
  static VerbPattern byModifier(DependencyTree tree, int object, VerbPattern pattern) {
    int root = Integer.parseInt(pattern.code().substring(0, 2));
    if (object < 0 || root < 17) return pattern;
    for (int c : tree.children(object, "amod")) {
      if (VERBAL.contains(tree.lemma(c))) {
        return pattern.withCode("111", pattern.name() + "+verbal");
      }
    }
    String cue = nounCue(tree, object);
    return cue.isEmpty() ? pattern : pattern.withCode("111", pattern.name() + "+verbal:" + cue);
  }

  /** Things said that are also places held in the field: "an attack on rebel positions" is force. */
  private static final Set<String> FIELD_POSITIONS = Set.of("position", "positions");
  /** Attack nouns a light verb takes ("launched an attack on", "led the attacks on"). */
  private static final Set<String> ATTACK_NOUNS = Set.of("attack", "assault", "broadside");
  /** Participles that name what someone is: "..., calling them nutters", "branding the plan a farce". */
  private static final Set<String> NAMING = Set.of("call", "label", "brand", "dub", "describe", "term");

  /**
   * "launched an attack on Australia's spy chiefs, calling them nutters", "led the attacks on the new
   * law", "launched an attack on X in an interview": an attack noun whose target is a thing said or
   * decided, whose light verb names its target ("calling them ..."), or that is made in a speech
   * setting, with no weapon, force or casualty under the verb, is one of words. "" if none.
   */
  private static String nounCue(DependencyTree tree, int object) {
    if (!ATTACK_NOUNS.contains(tree.lemma(object)) || !tree.relation(object).equals("obj")) return "";
    int verb = tree.head(object);
    if (verb < 0 || physical(tree, verb)) return "";
    for (int c : tree.children(object)) {
      String prep = tree.caseOf(c);
      if (!(prep.equals("on") || prep.equals("against"))) continue;
      List<Integer> targets = new ArrayList<>(List.of(c));
      targets.addAll(tree.children(c, "conj")); // "the attacks on Blackburn, the DEA law and ..."
      for (int t : targets) {
        String lemma = tree.lemma(t);
        if (!FIELD_POSITIONS.contains(lemma) && (SAID_THINGS.contains(lemma) || SAID_THINGS.contains(tree.token(t).lower()))) {
          return "on:" + lemma;
        }
      }
    }
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if ((rel.equals("advcl") || rel.equals("xcomp") || rel.equals("dep")) && tree.token(c).pos().equals("VBG")
          && NAMING.contains(tree.lemma(c)) && c > object && naming(tree, c)) {
        return "naming:" + tree.lemma(c);
      }
      String prep = tree.caseOf(c);
      if ((prep.equals("in") || prep.equals("during")) && setting(tree, c)) return prep;
    }
    return "";
  }

  /** "calling them nutters", "describing the move as unconstitutional": the participle names something. */
  private static boolean naming(DependencyTree tree, int participle) {
    if (tree.firstChild(participle, "xcomp") >= 0) return true;
    for (int c : tree.children(participle)) {
      if (tree.markedBy(c, "as")) return true;
    }
    return false;
  }

  /** {@code pattern} as criticism (111) when the attack it codes is one of words, else {@code pattern}. */
  static VerbPattern of(DependencyTree tree, int verb, int object, VerbPattern pattern) {
    VerbPattern modified = byModifier(tree, object, pattern);
    if (modified != pattern) return modified;
    if (!VERBS.contains(tree.lemma(verb)) || Integer.parseInt(pattern.code().substring(0, 2)) < 17) return pattern;
    if (physical(tree, verb)) return pattern;
    String cue = cue(tree, verb, object);
    return cue.isEmpty() ? pattern : pattern.withCode("111", pattern.name() + "+verbal:" + cue);
  }

  /** The word that tells a verbal attack, or "". */
  private static String cue(DependencyTree tree, int verb, int object) {
    List<Integer> objects = new ArrayList<>();
    if (object >= 0) objects.add(object);
    objects.addAll(tree.children(verb, "nsubj:pass"));
    for (int o : objects) {
      if (SAID_THINGS.contains(tree.lemma(o)) || SAID_THINGS.contains(tree.token(o).lower())) return tree.lemma(o);
    }
    for (int c : tree.children(verb, "nsubj")) {
      // "the article attacked Christie", "a tweet that attacked Clinton": words attack
      if (SETTINGS.contains(tree.lemma(c)) || tree.lemma(c).equals("tweet")) return "by:" + tree.lemma(c);
    }
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if ((rel.equals("advcl") || rel.equals("xcomp") || rel.equals("dep")) && tree.token(c).pos().equals("VBG") && SPEECH.contains(tree.lemma(c))) {
        return "saying:" + tree.lemma(c);
      }
      if (rel.equals("advmod") && tree.lemma(c).equals("verbally")) return "verbally";
      if (rel.equals("nsubj") || rel.equals("obj") || rel.equals("punct")) continue;
      String prep = tree.caseOf(c);
      if (tree.markedBy(c, "as") && judgement(tree, c)) return "as";
      if ((prep.equals("over") || prep.equals("for")) && complaint(tree, c)) return prep;
      if ((prep.equals("in") || prep.equals("during") || prep.equals("on")) && setting(tree, c)) return prep;
    }
    if (object >= 0) {
      // "attacked the governor as weak", "attacked the senator for his vote": the phrase may hang on the object
      for (int c : tree.children(object)) {
        String prep = tree.caseOf(c);
        if (tree.markedBy(c, "as") && judgement(tree, c)) return "as";
        if ((prep.equals("over") || prep.equals("for")) && complaint(tree, c)) return prep;
      }
    }
    return "";
  }

  /** "as reckless", "as a liar": a judgement, not a time ("as they slept") or a capacity ("as a group"). */
  private static boolean judgement(DependencyTree tree, int c) {
    String pos = tree.token(c).pos();
    if (pos.startsWith("JJ")) return true;
    return pos.startsWith("NN") && tree.firstChild(c, "nsubj") < 0 && tree.firstChild(c, "cop") < 0
        && !Set.of("group", "unit", "team", "part", "result", "pair").contains(tree.lemma(c));
  }

  /** "over his remarks", "for failing to act": a complaint, not a time ("over the weekend"). */
  private static boolean complaint(DependencyTree tree, int c) {
    if (TimeWords.isTime(tree, c)) return false;
    if (tree.token(c).pos().equals("VBG")) return true;
    return COMPLAINTS.contains(tree.lemma(c)) || COMPLAINTS.contains(tree.token(c).lower());
  }

  private static boolean setting(DependencyTree tree, int c) {
    String word = tree.token(c).lower();
    return SETTINGS.contains(tree.lemma(c)) || SETTINGS.contains(word);
  }

  /** Whether a weapon, a force or a casualty is named under the verb (not in its subject). */
  private static boolean physical(DependencyTree tree, int verb) {
    for (int c : tree.children(verb)) {
      if (tree.relation(c).startsWith("nsubj")) continue;
      for (int t : tree.subtree(c)) {
        if (PHYSICAL.contains(tree.lemma(t))) return true;
      }
    }
    return false;
  }
}
