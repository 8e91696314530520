package parley.cli;

import java.util.Locale;

/** Formatting shared by the benchmark reports: labelled lines, locale-free numbers. */
final class ReportText {
  private ReportText() {}

  static void line(StringBuilder b, String label, String value) {
    b.append(f("%-12s %s%n", label, value));
  }

  static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
