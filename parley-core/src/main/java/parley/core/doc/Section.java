package parley.core.doc;

/** Which part of a wire story a stretch of text belongs to. Only BODY and TITLE carry events. */
public enum Section {
  TITLE,
  DATELINE,
  BODY,
  CAPTION,
  CREDIT;

  public boolean carriesEvents() {
    return this == BODY || this == TITLE;
  }
}
