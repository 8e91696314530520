package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.doc.ActorRef;
import parley.core.doc.Span;

/**
 * "the two sides", "both countries", "the two": a phrase that refers back to a pair of actors named
 * before, coordinated ("talks between Lebed and Maskhadov") or facing each other as subject and object
 * of one verb ("Syria accused Israel"). Each phrase becomes two mentions, one for each side, with the
 * phrase's words.
 */
final class DyadAnaphora {
  /** Nouns that, counted as two or "both", name the two sides of a pair. */
  private static final Set<String> PAIR_NOUNS = Set.of("side", "country", "nation", "party", "leader", "government",
      "man", "neighbour", "neighbor", "rival", "state", "foe", "adversary", "president", "minister", "delegation");
  /** Pair nouns that name states: both sides must be a country or its government ("both governments"). */
  private static final Set<String> STATE_NOUNS = Set.of("country", "nation", "state", "government", "neighbour",
      "neighbor");
  /** Pair nouns that name people: each side must be a person or body, not a bare country ("both men"). */
  private static final Set<String> PERSON_NOUNS = Set.of("man", "leader", "president", "minister", "rival", "foe",
      "adversary");
  /** Verbs whose object is an audience, not a side facing the subject ("told reporters"). */
  private static final Set<String> ADDRESSING = Set.of("tell", "say", "brief", "inform", "address", "assure");
  /** How many sentences back a pair may be named and still be what "the two sides" means. */
  static final int REACH = 6;

  private final DependencyTree tree;
  private final String text;

  DyadAnaphora(DependencyTree tree, String text) {
    this.tree = tree;
    this.text = text;
  }

  /** Whether the noun phrase headed by {@code h} is "the two sides", "both countries" or a bare "the two". */
  boolean isPairPhrase(int h) {
    String lemma = tree.lemma(h).toLowerCase(Locale.ROOT);
    String pos = tree.token(h).pos();
    for (int c : tree.children(h)) {
      // "both sides of the border", "the two sides of the dispute": a part of something, not a pair of actors
      if (tree.relation(c).startsWith("nmod") && tree.caseOf(c).equals("of")) return false;
    }
    if (pos.equals("CD") && tree.token(h).lower().equals("two")) {
      String rel = tree.relation(h);
      boolean nominal = rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod");
      return nominal && hasChild(h, "det", "the");
    }
    if (!pos.equals("NNS") || !PAIR_NOUNS.contains(lemma)) return false;
    boolean two = false;
    for (int c : tree.children(h)) {
      String word = tree.token(c).lower();
      if (tree.relation(c).equals("nummod") && word.equals("two")) two = true;
      if (word.equals("both") && c < h) two = true;
    }
    return two;
  }

  /**
   * Whether the remembered pair can be what the phrase at {@code h} names: "both governments" are two
   * states, "both men" two people.
   */
  boolean fits(int h, String[] pair) {
    String noun = tree.lemma(h).toLowerCase(Locale.ROOT);
    if (PERSON_NOUNS.contains(noun)) {
      // "both men" are two people: sides named by a country alone are no such pair
      for (String code : pair) {
        if (ActorCodes.isCountry(code)) return false;
      }
      return true;
    }
    if (!STATE_NOUNS.contains(noun)) return true;
    for (String code : pair) {
      if (!ActorCodes.isCountry(code) && !code.endsWith("GOV")) return false;
    }
    return true;
  }

  private boolean hasChild(int h, String rel, String word) {
    for (int c : tree.children(h, rel)) if (tree.token(c).lower().equals(word)) return true;
    return false;
  }

  /**
   * A country and its own government, or two mentions of one code, are one side; the government and
   * the rebels of one country ("RUSGOV", "RUSREB") are two.
   */
  private static boolean sameSide(String a, String b) {
    if (a.equals(b)) return true;
    String country = ActorCodes.country(a);
    return country.equals(ActorCodes.country(b)) && (ActorCodes.isCountry(a) || ActorCodes.isCountry(b)
        || a.endsWith("GOV") && b.endsWith("GOV"));
  }

  /** The two mentions of a pair phrase: one for each remembered side, each with the phrase's words. */
  List<ActorMention> sides(int h, String[] pair) {
    int first = h;
    int last = h;
    for (int c : tree.children(h)) {
      String rel = tree.relation(c);
      if (rel.equals("det") || rel.equals("nummod") || rel.equals("amod") || rel.equals("cc:preconj")
          || tree.token(c).lower().equals("both")) {
        first = Math.min(first, c);
        last = Math.max(last, c);
      }
    }
    Span span = tree.sentence().spanOf(first, last);
    List<ActorMention> out = new ArrayList<>(2);
    for (String code : pair) {
      out.add(new ActorMention(tree.sentence().index(), first, last, h, ActorRef.of(code, span.of(text), span), "dyad"));
    }
    return out;
  }

  /**
   * The last pair of actors with different codes this sentence names: coordinated mentions, or the
   * subject and object of one verb.
   */
  Optional<String[]> pairIn(List<ActorMention> found) {
    String[] pair = null;
    int at = -1;
    for (ActorMention a : found) {
      if (a.actor().code().isEmpty() || a.how().equals("dyad")) continue;
      for (ActorMention b : found) {
        if (b == a || b.actor().code().isEmpty() || b.how().equals("dyad") || b.head() <= a.head()) continue;
        if (sameSide(a.actor().code().get(), b.actor().code().get()) || b.head() <= at) continue;
        boolean coordinated = tree.head(b.head()) == a.head() && tree.relation(b.head()).equals("conj");
        int verb = tree.head(a.head());
        boolean facing = verb >= 0 && verb == tree.head(b.head()) && tree.token(verb).isVerb()
            && tree.relation(a.head()).equals("nsubj") && tree.relation(b.head()).equals("obj")
            && !ADDRESSING.contains(tree.lemma(verb));
        if (coordinated || facing) {
          pair = new String[] {a.actor().code().get(), b.actor().code().get()};
          at = b.head();
        }
      }
    }
    return Optional.ofNullable(pair);
  }
}
