package parley.core.time;

import java.util.regex.Pattern;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * Figures in statistical tables that only look like dates: "Mar 25.1, Apr 14.5" (a month's
 * figure with a decimal), "May/Jul 0.34" (a spread between two months), "May    2/1" and
 * "146.25  2000  Jun" (columns aligned by runs of spaces), "69.25 April" (a decimal's tail).
 * A date in running prose has none of these marks. Stateless.
 */
final class TableFigures {
  /** A figure going on right after the day: "25.1", "5,000", "2/1". */
  private static final Pattern FIGURE_AFTER = Pattern.compile("(?:[.,]\\d|/\\d)");
  /** A column gap, or a row break before an indented cell: "14\\n  May" is two cells, not a date. */
  private static final String GAP = "(?: {2,}|\\t|\\n[ \\t]+)";
  /** Before a bare year: a figure and a column gap ("146.25  2000"). */
  private static final Pattern FIGURE_COLUMN_BEFORE = Pattern.compile("\\d(?: {2,}|\\t)$");
  /** After a bare year: another column gap, or the end of the row. */
  private static final Pattern COLUMN_AFTER = Pattern.compile("(?: {2,}|\\t|[ \\t]*\\n)");

  private TableFigures() {}

  /** A run of two or more spaces (or a tab) between the month and the day or year: a column gap. */
  private static boolean columnGap(Candidate c, String expr) {
    String mon = Pattern.quote(c.group("mon"));
    String other = c.group("day") != null ? Pattern.quote(c.group("day"))
        : c.group("year") != null ? Pattern.quote(c.group("year")) : null;
    if (other == null) return false;
    return Pattern.compile(mon + GAP + other + "|" + other + "(?:st|nd|rd|th)?" + GAP + mon).matcher(expr).find();
  }

  /** True when {@code c} is a table cell or a figure, not a date. */
  static boolean isFigure(Candidate c, CharSequence text) {
    if (c.kind() != Kind.MONTH_DAY && c.kind() != Kind.DAY_MONTH && c.kind() != Kind.YEAR
        && c.kind() != Kind.MONTH_YEAR) {
      return false;
    }
    if (c.kind() == Kind.YEAR) {
      return c.group("prep") == null && c.group("fiscal") == null
          && FIGURE_COLUMN_BEFORE.matcher(text).region(Math.max(0, c.start() - 12), c.start()).find()
          && COLUMN_AFTER.matcher(text).region(c.end(), text.length()).lookingAt();
    }
    String expr = text.subSequence(c.start(), c.end()).toString();
    if (columnGap(c, expr)) return true;
    if (c.start() > 1 && (text.charAt(c.start() - 1) == '/' && Character.isLetter(text.charAt(c.start() - 2))
        || text.charAt(c.start() - 1) == '.' && Character.isDigit(text.charAt(c.start() - 2)))) {
      // "May/Jul 0.34": the second month of a spread ("June 20/July 20" is two dates);
      // "69.25 April": a decimal's tail
      return true;
    }
    if (c.group("year") != null) return false;
    String day = c.group("day");
    if (day != null && Integer.parseInt(day) == 0) return true;
    return c.kind() == Kind.MONTH_DAY && FIGURE_AFTER.matcher(text).region(c.end(), text.length()).lookingAt();
  }
}
