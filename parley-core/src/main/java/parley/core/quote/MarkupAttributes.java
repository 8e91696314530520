package parley.core.quote;

import parley.core.doc.Span;

/**
 * Quotation marks around the value of a markup attribute are no quotation: an embedded post printed
 * as {@code <tweet author="@someone" date="2016-03-04">} gives its author, id and date between
 * quotation marks, each right after an equals sign.
 */
final class MarkupAttributes {
  private MarkupAttributes() {}

  /** Whether the quoted words at {@code quote} (inside their marks) are an attribute's value: {@code name="value"}. */
  static boolean isValue(String text, Span quote) {
    int mark = quote.start() - 1;
    while (mark >= 0 && Character.isWhitespace(text.charAt(mark))) mark--;
    if (mark < 0 || "\"'“”".indexOf(text.charAt(mark)) < 0) return false;
    int before = mark - 1;
    while (before >= 0 && text.charAt(before) == ' ') before--;
    return before >= 0 && text.charAt(before) == '=';
  }
}
