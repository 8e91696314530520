package parley.core.code;

import parley.core.doc.Mode;

/**
 * A predicate's mode, and whether it is the actor's own stated intent ("will send", "plans to
 * attack", "vowed to retaliate") or stated refusal ("would not provide", "refused to meet"): those
 * are coded as verbal events of their own by the codebook.
 */
record Modality(Mode mode, boolean statedIntent) {
  static final Modality ASSERTED = new Modality(Mode.ASSERTED, false);
}
