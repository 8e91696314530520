package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.Span;

/** The parts of a noun phrase the actor coder reads: the name-bearing modifiers, an apposed name, a definite article. */
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
