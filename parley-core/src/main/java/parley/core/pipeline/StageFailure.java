package parley.core.pipeline;

import parley.core.doc.Document;

/**
 * A stage threw on one document. Carries the document as it entered the pipeline and the stage
 * that failed, so a corpus run can report it on one line and go on with the next document.
 */
public final class StageFailure extends RuntimeException {
  private final transient Document input;
  private final String stage;

  public StageFailure(Document input, String stage, RuntimeException cause) {
    super(input.id() + ": stage " + stage + " failed (" + cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + "); document skipped", cause);
    this.input = input;
    this.stage = stage;
  }

  /** The document as it was submitted, without any stage's annotations. */
  public Document input() {
    return input;
  }

  public String stage() {
    return stage;
  }
}
