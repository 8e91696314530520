package parley.core.doc;

/**
 * One word of a sentence as the NLP stage saw it.
 *
 * @param index position in the sentence, from 0
 * @param text the word as written; in a headline written in Title Case or capitals, the word in the
 *     case the tagger read it in ("JAPAN" as "Japan"), while {@code span} still points at what is written
 * @param lemma its dictionary form, lower case
 * @param pos its Penn Treebank part-of-speech tag
 * @param span where it is in the document text
 */
public record Token(int index, String text, String lemma, String pos, Span span) {
  public Token {
    if (index < 0) throw new IllegalArgumentException("negative token index " + index);
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }
}
