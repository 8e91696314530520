package parley.core.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import parley.core.doc.Arc;
import parley.core.doc.Document;
import parley.core.doc.Section;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.Token;

/**
 * Builds parsed sentences by hand for stage tests (no CoreNLP). A spec is space-separated tokens
 * {@code word/POS/head/relation[/lemma]}, heads counted from 1 as in CoNLL (0 is the root); each
 * word is looked up in the document text from {@code from} on, so offsets are real.
 */
public final class Parses {
  private Parses() {}

  public static Sentence sentence(String text, int index, int from, String spec) {
    return sentence(text, index, from, spec, Section.BODY);
  }

  public static Sentence sentence(String text, int index, int from, String spec, Section section) {
    spec = withPunctuationOnRoot(spec);
    List<Token> tokens = new ArrayList<>();
    List<Arc> arcs = new ArrayList<>();
    int at = from;
    for (String item : spec.trim().split("\\s+")) {
      String[] f = item.startsWith("./") ? ("." + item.substring(1)).split("/", -1) : item.split("/");
      if (item.startsWith("./")) f[0] = ".";
      int start = text.indexOf(f[0], at);
      if (start < 0) throw new IllegalArgumentException("'" + f[0] + "' not found after " + at);
      at = start + f[0].length();
      int i = tokens.size();
      String lemma = f.length > 4 ? f[4] : f[0].toLowerCase(Locale.ROOT);
      tokens.add(new Token(i, f[0], lemma, f[1], new Span(start, at)));
      arcs.add(new Arc(Integer.parseInt(f[2]) - 1, i, f[3]));
    }
    Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
    return new Sentence(index, span, section, tokens, arcs);
  }

  /** "./././punct" (the short form the coder tests write) is a full stop hung on the sentence's root. */
  private static String withPunctuationOnRoot(String spec) {
    if (!spec.contains("./././punct")) return spec;
    String[] items = spec.trim().split("\\s+");
    int root = 1;
    for (int i = 0; i < items.length; i++) {
      if (items[i].split("/").length > 2 && items[i].split("/")[2].equals("0")) root = i + 1;
    }
    return spec.replace("./././punct", "./PUNCT/" + root + "/punct");
  }

  /**
   * A document of paragraphs separated by blank lines, each with the parses of its sentences in order,
   * and no actors.
   */
  public static Document paragraphs(String id, String[] paragraphs, String[][] specs) {
    String text = String.join("\n\n", paragraphs);
    List<Sentence> sentences = new ArrayList<>();
    int from = 0;
    for (int p = 0; p < paragraphs.length; p++) {
      from = text.indexOf(paragraphs[p], from);
      int at = from;
      for (String spec : specs[p]) {
        Sentence s = sentence(text, sentences.size(), at, spec);
        sentences.add(s);
        at = s.span().end();
      }
    }
    return Document.of(id, text, Optional.empty()).withSentences(sentences).withActors(List.of());
  }
}
