package parley.core.doc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sentence with its tokens and dependency arcs, and the section it lies in. */
public record Sentence(int index, Span span, Section section, List<Token> tokens, List<Arc> arcs) {
  public Sentence {
    tokens = List.copyOf(tokens);
    arcs = List.copyOf(arcs);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** Arcs whose governor is {@code governor}, in dependent order. */
  public List<Arc> dependents(int governor) {
    List<Arc> out = new ArrayList<>(4);
    for (Arc arc : arcs) {
      if (arc.governor() == governor) out.add(arc);
    }
    return out.isEmpty() ? Collections.emptyList() : out;
  }

  /** The arc that attaches {@code dependent} to its governor (the root's arc has governor -1). */
  public java.util.Optional<Arc> head(int dependent) {
    for (Arc arc : arcs) {
      if (arc.dependent() == dependent) return java.util.Optional.of(arc);
    }
    return java.util.Optional.empty();
  }

  public String text(String documentText) {
    return span.of(documentText);
  }

  /** The character span from the first to the last of the given token indices (inclusive). */
  public Span spanOf(int firstToken, int lastToken) {
    return new Span(tokens.get(firstToken).span().start(), tokens.get(lastToken).span().end());
  }
}
