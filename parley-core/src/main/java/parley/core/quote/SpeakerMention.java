package parley.core.quote;

import parley.core.doc.Span;

/**
 * The words naming who speaks, as found next to a speech verb: a name ("Chung Eui-yong"), a
 * pronoun ("he") or a role ("the adviser", with the lemma of its head noun).
 */
record SpeakerMention(Kind kind, int sentence, int head, Span span, String text, String role) {
  enum Kind { NAME, PRONOUN, ROLE }
}
