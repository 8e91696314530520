package parley.core.code;

import parley.core.doc.ActorMention;
import parley.core.doc.ActorRef;
import parley.core.doc.Span;

/**
 * The mentions of one sentence's noun phrases: the tokens coded, the head, and the words the mention
 * stands for (the whole phrase, with an apposition naming the same actor).
 */
final class PhraseMentions {
  private final DependencyTree tree;
  private final String text;
  private final PhraseParts parts;

  PhraseMentions(DependencyTree tree, String text, PhraseParts parts) {
    this.tree = tree;
    this.text = text;
    this.parts = parts;
  }

  /**
   * The words a mention stands for: the whole noun phrase around its coded tokens, with an apposition
   * that names the same actor ("A Lebanese lawyer, Kareem Majbour").
   */
  int[] wordsOf(int h, int first, int last) {
    int[] words = parts.extent(h, first, last);
    int appos = parts.appositionAfter(h, words[1]);
    if (appos >= 0) words[1] = parts.extent(appos, appos, appos)[1];
    return words;
  }

  Span span(int first, int last) {
    return tree.sentence().spanOf(first, last);
  }

  ActorMention mention(int first, int last, int head, String code, String how) {
    return mention(first, last, head, new int[] {first, last}, code, how);
  }

  /** A mention of tokens {@code first..last} whose words span {@code words} (the whole phrase, at least those tokens). */
  ActorMention mention(int first, int last, int head, int[] words, String code, String how) {
    Span s = span(Math.min(first, words[0]), Math.max(last, words[1]));
    return new ActorMention(tree.sentence().index(), first, last, head,
        ActorRef.of(code, s.of(text), s), how);
  }
}
