package parley.core.code;

import java.util.Set;

/**
 * A telephone call and what it was made for: "called Erdogan on Friday to congratulate him". The one
 * who calls congratulates, thanks or urges (not the one called, as in the appeal "called on X to"),
 * and a call that took place did what it was made for when that is something said.
 */
final class TelephoneCall {
  private static final Set<String> CALLS = Set.of("call", "phone", "telephone", "ring");
  /** Prepositions that make "call" an appeal ("called on X to", "called for X to"). */
  private static final Set<String> APPEAL_PARTICLES = Set.of("on", "upon", "for");
  /** What one does by talking on the telephone. */
  private static final Set<String> SAID_IN_A_CALL = Set.of("congratulate", "thank", "express", "convey", "offer",
      "extend", "apologize", "apologise", "assure", "discuss", "condole", "praise", "reiterate", "reaffirm",
      "brief", "inform", "wish", "voice", "urge", "ask");
  private static final Set<String> NOT_YET = Set.of("will", "would", "shall", "may", "might", "could", "should", "must");

  private TelephoneCall() {}

  /**
   * Whether {@code verb} is a telephone call, not the appeal "call on (upon, for)" nor naming ("calls
   * himself a girl", "called the plan a mistake", "a group called the Friends of X").
   */
  static boolean isCall(DependencyTree tree, int verb) {
    if (verb < 0 || !CALLS.contains(tree.lemma(verb)) || naming(tree, verb)) return false;
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      boolean particle = APPEAL_PARTICLES.contains(tree.lemma(c)) && (rel.equals("compound:prt") || rel.equals("advmod"))
          && !(c + 1 < tree.size() && TimeWords.isTime(tree, c + 1)); // "called X on Friday"
      boolean addressee = (rel.startsWith("obl") || rel.startsWith("nmod"))
          && APPEAL_PARTICLES.contains(tree.caseOf(c)) && !TimeWords.isTime(tree, c);
      // "called for currencies to be stabilised": a for-to clause is what is called for
      boolean forClause = (rel.startsWith("advcl") || rel.equals("ccomp") || rel.equals("xcomp"))
          && c > verb && tree.markedBy(c, "for");
      if (particle || addressee || forClause) return false;
    }
    return true;
  }

  /** "call X Y": an object and a second noun or adjective that names it, or a passive "is called Y". */
  private static boolean naming(DependencyTree tree, int verb) {
    int iobj = tree.firstChild(verb, "iobj");
    int obj = tree.firstChild(verb, "obj");
    if (iobj >= 0 && (obj >= 0 || !tree.children(iobj, "dep").isEmpty())) return true;
    for (int x : tree.children(verb, "xcomp")) {
      if (!tree.token(x).isVerb()) return true; // "called the plan a mistake", "called it shameful"
    }
    boolean passive = tree.children(verb).stream().anyMatch(c -> tree.relation(c).equals("aux:pass")
        || tree.relation(c).equals("nsubj:pass"));
    // "an organisation, called the Research Society": a past participle with no subject or auxiliary of its own
    boolean participle = (tree.token(verb).pos().equals("VBN") || tree.relation(verb).startsWith("acl")) && tree.head(verb) >= 0
        && tree.children(verb).stream().noneMatch(c -> tree.relation(c).startsWith("nsubj") || tree.relation(c).startsWith("aux"));
    return (passive || participle) && obj >= 0; // "a group called the Friends of the Earth"
  }

  /**
   * Whether {@code clause}, a to-infinitive on a call, is done by the caller: any adverbial clause of
   * purpose, and a complement when it is something said ("called the minister to thank him").
   */
  static boolean callersPurpose(DependencyTree tree, int clause) {
    int call = tree.head(clause);
    if (call < 0 || !isCall(tree, call) || !tree.token(clause).pos().equals("VB")) return false;
    String rel = tree.relation(clause);
    return rel.startsWith("advcl") || (rel.equals("xcomp") && SAID_IN_A_CALL.contains(tree.lemma(clause)));
  }

  /** Whether a call that took place (past, not "would call") did what {@code clause} says it was made for. */
  static boolean performed(DependencyTree tree, int clause) {
    if (!callersPurpose(tree, clause) || !SAID_IN_A_CALL.contains(tree.lemma(clause))) return false;
    int call = tree.head(clause);
    String pos = tree.token(call).pos();
    boolean notYet = tree.children(call, "aux").stream().anyMatch(a -> NOT_YET.contains(tree.lemma(a)));
    return (pos.equals("VBD") || pos.equals("VBN")) && !notYet;
  }
}
