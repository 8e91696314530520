package parley.core.code;

import java.util.Set;
import parley.core.lexicon.VerbPattern;

/**
 * Contests for votes: "Clinton beat rival Sanders in the primary", "the battle between two candidates
 * for the nomination", "the best person to defeat the Democratic nominee". Winning or contesting an
 * election, primary, race, vote or nomination is no material conflict under CAMEO, so a contest word
 * coded as coercion or force (roots 17-20) is no event when its sentence speaks of an election and
 * names no weapon, armed force, crowd or casualty ("troops fought rebels before the election" stays force).
 */
final class ElectoralContest {
  /** Words of winning or contesting, which an election may be the field of. */
  private static final Set<String> CONTEST_WORDS = Set.of("beat", "defeat", "battle", "fight", "race", "contest",
      "whip", "trounce", "rout", "thrash", "clobber", "vanquish", "outpoll", "outvote");

  /** Words of elections, shares of a vote and party labels: with one of them the contest may be one for votes. */
  private static final Set<String> ELECTORAL = Set.of("election", "primary", "caucus", "race", "nomination",
      "nominee", "vote", "voter", "ballot", "poll", "delegate", "candidate", "candidacy", "campaign", "contender",
      "front-runner", "frontrunner", "rival", "seat", "electorate", "electoral", "runoff", "run-off", "matchup",
      "match-up", "match-ups", "matchups", "presidency", "reelection", "re-election", "percent", "democrat",
      "republican", "gop");

  /** Words of weapons, armed forces, wars, crowds and casualties: with one of them the contest is physical. */
  private static final Set<String> PHYSICAL = Set.of("troop", "army", "military", "soldier", "rebel", "militant",
      "insurgent", "militia", "guerrilla", "terrorist", "jihadist", "gunman", "police", "policeman", "protester",
      "demonstrator", "gun", "gunfire", "rifle", "bomb", "bombing", "missile", "rocket", "shell", "shelling",
      "artillery", "airstrike", "weapon", "knife", "tank", "kill", "wound", "injure", "injury", "dead", "death",
      "casualty", "blood", "hospital", "fist", "punch", "stab", "shoot", "assault", "war", "terrorism", "terror",
      "extremist", "islamist", "jihad", "insurgency", "isis", "isil", "qaeda", "taliban");

  private ElectoralContest() {}

  /** Whether {@code pattern}, coded on the contest word at {@code word}, codes a contest for votes. */
  static boolean isContest(DependencyTree tree, int word, VerbPattern pattern) {
    String root = pattern.code().substring(0, 2);
    if (root.compareTo("17") < 0 || root.compareTo("20") > 0) return false;
    if (!CONTEST_WORDS.contains(tree.lemma(word))) return false;
    boolean electoral = false;
    for (int t = 0; t < tree.size(); t++) {
      String lemma = tree.lemma(t);
      String lower = tree.token(t).lower();
      if (PHYSICAL.contains(lemma) || PHYSICAL.contains(lower) || forces(tree, t)) return false;
      if (t != word && (ELECTORAL.contains(lemma) || ELECTORAL.contains(lower))) electoral = true;
    }
    return electoral;
  }

  /** "forces" or "fire" as nouns: armed forces, gunfire ("fired his data director" is no gunfire). */
  private static boolean forces(DependencyTree tree, int t) {
    String lemma = tree.lemma(t);
    return (lemma.equals("force") || lemma.equals("fire")) && tree.token(t).pos().startsWith("NN");
  }
}
