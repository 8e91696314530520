package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.Span;

/**
 * The parts of a noun phrase the actor coder reads: the name-bearing modifiers, an apposed name, a definite
 * article, and the extent of the whole phrase that a mention's words cover.
 */
final class PhraseParts {
  private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod:poss", "flat", "nmod", "appos");
  private final DependencyTree tree;
  private final String text;

  PhraseParts(DependencyTree tree, String text) {
    this.tree = tree;
    this.text = text;
  }

  /** The head token plus its name-bearing modifiers, in token order, contiguous from first to last. */
  List<Integer> modifierTokens(int h) {
    List<Integer> out = new ArrayList<>();
    out.add(h);
    collectModifiers(h, out, 0);
    out.sort(Integer::compare);
    return out;
  }

  private void collectModifiers(int t, List<Integer> out, int depth) {
    if (depth > 4) return;
    for (int c : tree.children(t)) {
      String rel = tree.relation(c);
      if (rel.equals("appos")) continue;
      boolean nameModifier = rel.equals("nmod") && !tree.caseOf(c).equals("of") && !tree.caseOf(c).equals("from");
      if (!MODIFIERS.contains(rel) && !rel.equals("conj") && !rel.equals("cc") && !rel.equals("case")) continue;
      if (nameModifier) continue;
      if (rel.equals("case") && !tree.token(c).pos().equals("POS")) continue;
      if ((rel.equals("conj") || rel.equals("cc")) && depth == 0) continue;
      out.add(c);
      collectModifiers(c, out, depth + 1);
    }
  }

  Optional<String> appositeName(int h) {
    for (int c : tree.children(h, "appos")) {
      if (tree.token(c).pos().startsWith("NNP")) {
        int first = c;
        for (int m : tree.children(c)) {
          if ((tree.is(m, "compound") || tree.is(m, "flat")) && m < first) first = m;
        }
        int last = c;
        for (int m : tree.children(c)) {
          if (tree.is(m, "flat") && m > last) last = m;
        }
        return Optional.of(span(first, last).of(text));
      }
    }
    return Optional.empty();
  }

  /** Relations by which a word before a noun belongs to its phrase: "the", "1,500", "former", "Colombian", "Brazil's". */
  private static final Set<String> PRE_HEAD = Set.of("det", "det:predet", "nummod", "amod", "compound", "nmod:poss",
      "flat", "case", "advmod", "quantmod", "nmod:npmod", "obl:npmod", "nmod:tmod", "obl:tmod", "punct");

  /**
   * The whole noun phrase around tokens {@code first..last} headed by {@code h}, as {@code {first, last}}: widened
   * to the left over its determiners, numbers, adjectives, compounds and possessors ("the former Colombian
   * Congressman", "1,500 Taliban prisoners") and to the right over the rest of a flat name. Clauses and
   * prepositional phrases after the head are not taken in.
   */
  int[] extent(int h, int first, int last) {
    int f = first;
    while (f > 0 && preHead(h, f - 1)) f--;
    while (f < first && tree.relation(f).equals("punct")) f++;
    int l = last;
    while (l + 1 < tree.size() && tree.head(l + 1) >= 0 && tree.head(l + 1) <= l && tree.head(l + 1) >= f
        && (tree.is(l + 1, "flat") || tree.is(l + 1, "compound"))) {
      l++;
    }
    return new int[] {f, l};
  }

  /**
   * An apposition naming the same actor right after the phrase, set off by a comma ("Odin Sanchez, a former
   * Colombian Congressman"; "a Lebanese lawyer, Kareem Majbour"): the token that heads it, or -1.
   */
  int appositionAfter(int h, int last) {
    for (int c : tree.children(h, "appos")) {
      int[] span = extent(c, c, c);
      if (span[0] <= last) continue;
      boolean commasOnly = true;
      for (int t = last + 1; t < span[0]; t++) {
        if (!tree.token(t).text().equals(",")) commasOnly = false;
      }
      if (commasOnly) return c;
    }
    return -1;
  }

  private boolean preHead(int h, int t) {
    if (t >= h) return false;
    int x = t;
    for (int steps = 0; steps < 6 && x >= 0; steps++) {
      if (x == h) return true;
      String rel = tree.relation(x);
      if (!PRE_HEAD.contains(rel)) return false;
      if (rel.equals("case") && !tree.token(x).pos().equals("POS") && tree.head(x) == h) return false;
      if (rel.equals("punct") && !(tree.token(x).pos().equals("HYPH") || tree.token(x).text().equals("-"))) return false;
      if (rel.equals("advmod") && tree.head(x) == h) return false;
      x = tree.head(x);
    }
    return false;
  }

  /** A token that heads its own phrase, not a compound, flat or adjectival part of another. */
  boolean isPhraseHead(int t) {
    String rel = tree.relation(t);
    return !(rel.equals("compound") || rel.equals("flat") || rel.startsWith("amod"));
  }

  boolean isDefinite(int h) {
    for (int c : tree.children(h, "det")) {
      String d = tree.token(c).lower();
      if (d.equals("the") || d.equals("this") || d.equals("that")) return true;
    }
    return false;
  }


  private Span span(int first, int last) {
    return tree.sentence().spanOf(first, last);
  }
}
