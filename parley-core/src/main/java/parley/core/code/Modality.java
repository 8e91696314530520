package parley.core.code;

import parley.core.doc.Mode;

/**
 * A predicate's mode, and whether it is the actor's own stated intent ("will send", "plans to
 * attack", "vowed to retaliate") or stated refusal ("would not provide", "refused to meet"): those
 * are coded as verbal events of their own by the codebook. A reported intent ("Israel said it would
 * free them") names the speech verb and the reported clause's subject, so that the coder can tell
 * the speaker's own intent from what it says of another ("Kenya said Uganda will attack").
 */
record Modality(Mode mode, boolean statedIntent, int speech, int reportedSubject) {
  static final Modality ASSERTED = new Modality(Mode.ASSERTED, false);

  Modality(Mode mode, boolean statedIntent) {
    this(mode, statedIntent, -1, -1);
  }

  /** The intent is stated in a clause reported by a speech verb. */
  boolean reported() {
    return statedIntent && speech >= 0;
  }
}
