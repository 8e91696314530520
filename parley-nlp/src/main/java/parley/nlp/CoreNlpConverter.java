package parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import parley.core.doc.Arc;
import parley.core.doc.Section;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.Token;

/** Turns CoreNLP's annotated sentences into Parley's immutable {@link Sentence} records. */
final class CoreNlpConverter {
  private CoreNlpConverter() {}

  static Sentence sentence(int index, CoreMap sentence, Section section) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel label = labels.get(i);
      String text = word(label);
      String lemma = label.lemma() != null ? label.lemma().toLowerCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
      lemma = InitialPluralLemma.of(labels, i, lemma); // "Sanctions against Iran" (NNPS) is "sanction"
      String pos = label.tag() != null ? label.tag() : "X";
      tokens.add(new Token(i, text, lemma, pos, new Span(label.beginPosition(), label.endPosition())));
    }
    List<Arc> arcs = new ArrayList<>(labels.size());
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph != null) {
      graph.getRoots().forEach(root -> arcs.add(new Arc(-1, root.index() - 1, "root")));
      for (SemanticGraphEdge edge : graph.edgeIterable()) {
        arcs.add(new Arc(edge.getGovernor().index() - 1, edge.getDependent().index() - 1,
            edge.getRelation().toString()));
      }
      arcs.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
    }
    Span span = tokens.isEmpty() ? new Span(0, 0)
        : new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
    return new Sentence(index, span, section, tokens, arcs);
  }

  /**
   * The word as written, or as the tagger read it where only its case differs: a headline's words
   * in their restored case ("JAPAN" read as "Japan"); its span is the written word's.
   */
  private static String word(CoreLabel label) {
    String original = label.originalText();
    if (original == null) return label.word();
    String word = label.word();
    return word != null && !word.equals(original) && word.equalsIgnoreCase(original) ? word : original;
  }
}
