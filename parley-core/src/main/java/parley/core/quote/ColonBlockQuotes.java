package parley.core.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import parley.core.doc.Document;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.Token;

/**
 * A paragraph printed as a block quote after a paragraph that ends by introducing it ("Limbaugh
 * added:" / "In a statement, the mayor said:" and then the words without quotation marks, as web
 * pages lose the block quote's frame): the paragraph is a direct quote of that speaker, found as
 * the quotation marks' pieces are, so that {@link QuoteFrame} gives it the colon's speaker. Only
 * the one paragraph right after the colon; a paragraph opening with a quotation mark is left to
 * {@link QuoteMarks}, and one that is itself a speaker's line ("SMITH: ...") to
 * {@link ColonAttribution}.
 */
final class ColonBlockQuotes {
  private ColonBlockQuotes() {}

  /** The fewest words a block quote has: a lone "Watch:" link line is none. */
  private static final int SHORTEST = 4;

  static List<QuoteMarks.Piece> with(Document doc, List<QuoteMarks.Piece> pieces) {
    String text = doc.text();
    List<QuoteMarks.Piece> out = new ArrayList<>(pieces);
    for (Sentence s : doc.sentences()) {
      if (s.size() < 3 || !s.token(s.size() - 1).text().equals(":")) continue;
      int colonEnd = s.token(s.size() - 1).span().end();
      if (!endsParagraph(text, colonEnd) || !hasFiniteSpeechVerb(s)) continue;
      if (pieces.stream().anyMatch(p -> p.span().overlaps(s.span()))) continue;
      int start = colonEnd;
      while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
      int end = text.indexOf('\n', start);
      if (end < 0) end = text.length();
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
      if (end <= start || "“\"‘'`”".indexOf(text.charAt(start)) >= 0) continue;
      Span block = new Span(start, end);
      String words = block.of(text);
      if (words.split("\\s+").length < SHORTEST || words.strip().endsWith(":")) continue;
      if (words.matches("^(?:\\p{Lu}[\\p{Lu}.'’-]*\\s*){1,4}:.*")) continue;
      if (pieces.stream().anyMatch(p -> p.span().overlaps(block))) continue;
      out.add(new QuoteMarks.Piece(block, false));
    }
    out.sort(Comparator.comparingInt(p -> p.span().start()));
    return out;
  }

  /** Only spaces from {@code offset} to the end of its line. */
  private static boolean endsParagraph(String text, int offset) {
    int i = offset;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
    return i < text.length() && text.charAt(i) == '\n';
  }

  private static boolean hasFiniteSpeechVerb(Sentence s) {
    for (Token t : s.tokens()) {
      boolean finite = t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP");
      if (finite && SpeechVerbs.isSpeech(t.lemma())) return true;
    }
    return false;
  }
}
