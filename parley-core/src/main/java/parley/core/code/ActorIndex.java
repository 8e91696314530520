package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import parley.core.doc.ActorMention;

/** The actor mentions of one sentence, looked up by the token that heads a noun phrase. */
final class ActorIndex {
  private final DependencyTree tree;
  private final List<ActorMention> mentions;
  private final String text;

  ActorIndex(DependencyTree tree, List<ActorMention> mentions, String text) {
    this.tree = tree;
    this.mentions = mentions;
    this.text = text;
  }

  /**
   * The actors a nominal names: mentions headed by it or covering it, then those of its
   * coordinated nominals ("Japan and South Korea"), else an actor nested inside it ("materials
   * bound for South Korea", "the government of Japan"). In a coordination that names a known actor,
   * a member named by a proper noun the lexicons do not know is an actor too, with no code
   * ("Obama and Putin" when Obama holds no office): the pair acts or is acted on together.
   */
  List<ActorMention> of(int nominal) {
    if (nominal < 0) return List.of();
    List<Integer> members = new ArrayList<>();
    members.add(nominal);
    members.addAll(tree.children(nominal, "conj"));
    List<ActorMention> out = new ArrayList<>();
    for (int m : members) out.addAll(direct(m));
    // "Iran's Ambassador and Permanent Representative": titles sharing one possessor are one person
    boolean sharedPossessor = tree.firstChild(nominal, "nmod:poss") >= 0;
    if (!out.isEmpty() && members.size() > 1 && !sharedPossessor) out = withUnknownNames(members);
    if (out.isEmpty()) out.addAll(nested(nominal));
    if (out.isEmpty()) out.addAll(owners(nominal));
    return out;
  }

  /**
   * As {@link #of}, but a noun phrase that names no known actor still becomes an actor with no code
   * and its words kept ("the American Civil Liberties Union"): events are not dropped for want of
   * a dictionary entry.
   */
  List<ActorMention> ofOrPhrase(int nominal, String text) {
    List<ActorMention> out = of(nominal);
    if (!out.isEmpty() || nominal < 0) return out;
    if (!tree.token(nominal).isNoun() || TimeWords.isTime(tree, nominal)) return out;
    return List.of(phrase(nominal, text));
  }

  /** The members' actors in order, an uncoded proper-noun member ("Obama", "Hemedti") kept as a phrase actor. */
  private List<ActorMention> withUnknownNames(List<Integer> members) {
    List<ActorMention> out = new ArrayList<>();
    for (int m : members) {
      List<ActorMention> found = direct(m);
      if (found.isEmpty() && tree.token(m).isProperNoun() && !TimeWords.isTime(tree, m)) {
        out.add(phrase(m, text));
      } else {
        out.addAll(found);
      }
    }
    return out;
  }

  /** The noun phrase headed by {@code nominal} as an actor with no code, its words kept. */
  private ActorMention phrase(int nominal, String text) {
    int first = nominal;
    int last = nominal;
    for (int t : tree.subtree(nominal)) {
      if (t == nominal || !inPhrase(nominal, t)) continue;
      first = Math.min(first, t);
      last = Math.max(last, t);
    }
    while (first < nominal && tree.relation(first).equals("punct")) first++;
    while (last > nominal && tree.relation(last).equals("punct")) last--;
    parley.core.doc.Span span = tree.sentence().spanOf(first, last);
    String how = tree.token(nominal).isProperNoun() ? "phrase-proper" : "phrase";
    return new ActorMention(tree.sentence().index(), first, last, nominal,
        parley.core.doc.ActorRef.of(null, span.of(text), span), how);
  }

  private boolean inPhrase(int head, int token) {
    int t = token;
    if (tree.head(token) == head && tree.relation(token).equals("case")) return false;
    while (t != head && t >= 0) {
      String rel = tree.relation(t);
      if ((rel.startsWith("nmod") || rel.startsWith("obl")) && !rel.equals("nmod:poss")
          && !tree.caseOf(t).equals("of")) {
        return false;
      }
      if (rel.startsWith("acl") || rel.equals("appos") || rel.equals("parataxis") || rel.equals("conj")
          || rel.equals("cc") || rel.startsWith("advcl") || rel.equals("dep") || rel.equals("punct") && tree.head(t) == head) {
        return false;
      }
      t = tree.head(t);
    }
    return true;
  }

  /** Actors that own or qualify a nominal: "South Korean" in "a South Korean offer", "Japan's" in "Japan's curbs". */
  List<ActorMention> owners(int nominal) {
    List<ActorMention> out = new ArrayList<>(1);
    for (int c : tree.children(nominal)) {
      String rel = tree.relation(c);
      if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound")) out.addAll(direct(c));
    }
    return out;
  }

  /**
   * Owners of {@code nominal} that qualify it, no other noun between them ("renewed U.S. interest", "Egyptian
   * farm products"); not one that qualifies a nearer noun ("the UN peacekeeping mission deployment plan").
   */
  private List<ActorMention> closeOwners(int nominal) {
    List<ActorMention> out = new ArrayList<>(owners(nominal));
    out.removeIf(m -> {
      for (int t = m.last() + 1; t < nominal; t++) {
        if (tree.token(t).isNoun()) return true;
      }
      return false;
    });
    return out;
  }

  private List<ActorMention> direct(int token) {
    List<ActorMention> out = new ArrayList<>(1);
    for (ActorMention m : mentions) {
      if (m.head() == token) out.add(m);
    }
    if (out.isEmpty()) {
      for (ActorMention m : mentions) {
        if (m.covers(token)) out.add(m);
      }
    }
    return out;
  }

  /** Prepositions through which a phrase names its actor: "sanctions against Moscow", "the government of Japan". */
  private static final java.util.Set<String> NESTING = java.util.Set.of("of", "for", "from", "against", "on", "to",
      "with", "toward", "towards");

  private List<ActorMention> nested(int nominal) {
    for (int c : tree.children(nominal, "dep")) {
      // "Libya's renegade Gen. Khalifa Haftar" with the name parsed as a loose dependent of the title word
      if (c > nominal && tree.token(c).isProperNoun() && !direct(c).isEmpty()) return direct(c);
    }
    for (int c : tree.children(nominal)) {
      String rel = tree.relation(c);
      if (!(rel.startsWith("nmod") || rel.startsWith("acl") || rel.startsWith("obl") || rel.equals("appos"))) continue;
      if (rel.startsWith("nmod") && !rel.equals("nmod:poss")) {
        String prep = tree.caseOf(c);
        if (!NESTING.contains(prep)) continue;
      }
      if (rel.startsWith("acl") && !isBareParticiple(c)) continue;
      List<ActorMention> found = direct(c);
      if (!found.isEmpty()) return found;
      if (rel.equals("appos")) continue; // "a camp, the third attack in the country": the apposition's own phrases name other things
      // "signs of U.S. interest in Chad": the holder the nested noun's own adjective names, before a place inside
      // it; not when the nominal has an owner of its own ("the Taliban attack on a government compound")
      if (rel.startsWith("nmod") && tree.caseOf(c).equals("of") && owners(nominal).isEmpty()) {
        List<ActorMention> holders = closeOwners(c);
        if (!holders.isEmpty()) return holders;
      }
      for (int g : tree.children(c)) {
        if (tree.relation(g).startsWith("obl") || tree.relation(g).startsWith("nmod")) {
          if (rel.startsWith("acl") && tree.caseOf(g).equals("by")) continue; // "a resolution drafted by Britain"
          List<ActorMention> deeper = direct(g);
          if (!deeper.isEmpty()) return deeper;
        }
      }
    }
    return List.of();
  }

  /**
   * A past participle that qualifies the nominal ("materials bound for South Korea"), through which
   * it may name its actor; not a relative clause ("a base that is used by Kenyan forces"), a present
   * participle ("a plane flying from Karachi") or an infinitive ("a call to postpone the elections"),
   * which tell of other acts and their own participants.
   */
  private boolean isBareParticiple(int clause) {
    return !tree.relation(clause).equals("acl:relcl") && tree.token(clause).pos().equals("VBN");
  }
}
