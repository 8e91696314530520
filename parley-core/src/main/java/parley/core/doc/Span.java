package parley.core.doc;

/** A half-open character range {@code [start, end)} into a document's text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || start > end) {
      throw new IllegalArgumentException("bad span: start=" + start + ", end=" + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  public String of(String text) {
    return text.substring(start, end);
  }
}
