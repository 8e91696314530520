package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Token;

/** Fast lookups over one sentence's dependency arcs: head, relation and children of each token. */
final class DependencyTree {
  private final Sentence sentence;
  private final int[] heads;
  private final String[] relations;
  private final List<List<Integer>> children;

  DependencyTree(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.size();
    heads = new int[n];
    relations = new String[n];
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      heads[i] = -2;
      relations[i] = "";
      children.add(new ArrayList<>(2));
    }
    for (Arc arc : sentence.arcs()) {
      int d = arc.dependent();
      if (d >= n || heads[d] != -2) continue;
      heads[d] = arc.governor();
      relations[d] = arc.relation();
      if (arc.governor() >= 0 && arc.governor() < n) children.get(arc.governor()).add(d);
    }
  }

  Sentence sentence() {
    return sentence;
  }

  int size() {
    return heads.length;
  }

  Token token(int i) {
    return sentence.token(i);
  }

  String lemma(int i) {
    return sentence.token(i).lemma();
  }

  /** The governor of {@code i}; -1 for the root, -2 when the token is not attached. */
  int head(int i) {
    return heads[i];
  }

  String relation(int i) {
    return relations[i];
  }

  boolean hasParse() {
    return !sentence.arcs().isEmpty();
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  /** Children of {@code i} whose relation is {@code relation} or a subtype of it ("obl" matches "obl:tmod"). */
  List<Integer> children(int i, String relation) {
    List<Integer> out = new ArrayList<>(1);
    for (int c : children.get(i)) {
      if (is(c, relation)) out.add(c);
    }
    return out;
  }

  int firstChild(int i, String relation) {
    for (int c : children.get(i)) {
      if (is(c, relation)) return c;
    }
    return -1;
  }

  boolean is(int token, String relation) {
    String r = relations[token];
    return r.equals(relation) || (r.startsWith(relation) && r.length() > relation.length()
        && r.charAt(relation.length()) == ':');
  }

  /** Whether a "mark" or "case" word of {@code clause} is one of {@code words} ("accused X of shelling", "after the deal"). */
  boolean markedBy(int clause, String... words) {
    for (int c : children(clause)) {
      String rel = relation(c);
      if (rel.equals("mark") || rel.equals("case")) {
        for (String w : words) if (lemma(c).equals(w)) return true;
      }
    }
    return false;
  }

  /** Whether {@code clause} is a "to" infinitive: a "to" marks it ("agreed to free them", "a plan to ban"). */
  boolean isToInfinitive(int clause) {
    for (int m : children(clause, "mark")) {
      if (lemma(m).equals("to")) return true;
    }
    return false;
  }

  /** The preposition marking a nominal ("on" in "on Japan"): the lemma of its {@code case} child, or "". */
  String caseOf(int nominal) {
    for (int c : children.get(nominal)) {
      if (relations[c].equals("case") && !sentence.token(c).pos().equals("POS")) return lemma(c);
    }
    return "";
  }

  /** Whether {@code ancestor} dominates {@code token}. */
  boolean dominates(int ancestor, int token) {
    int t = token;
    for (int steps = 0; t >= 0 && steps < heads.length; steps++) {
      if (t == ancestor) return true;
      t = heads[t];
    }
    return false;
  }

  /** All tokens under {@code root}, itself included, in token order. */
  List<Integer> subtree(int root) {
    List<Integer> out = new ArrayList<>();
    collect(root, out, 0);
    out.sort(Integer::compare);
    return out;
  }

  private void collect(int t, List<Integer> out, int depth) {
    if (depth > 60) return;
    out.add(t);
    for (int c : children.get(t)) collect(c, out, depth + 1);
  }
}
