package parley.core.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.doc.Document;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;

/**
 * Scores time resolution. A gold time is found when a predicted time overlaps it, and correct when
 * that prediction (the most overlapping one) has the same value. Accuracy = correct / gold (ours:
 * a missed expression counts as wrong); TempEval-3 counts value accuracy over the found expressions
 * only (correct / found) and combines it with the relaxed-match F1 (a predicted time overlapping a
 * gold one), both of which {@link TimeScore} reports beside ours. Unlike TempEval-3's one-to-one
 * alignment, one predicted time may overlap two gold ones here. Values
 * are compared in one spelling: week numbers padded ("2000-W7" is "2000-W07"), trailing unspecified
 * parts dropped ("1968-XX" and "1968-XX-XX" are the year "1968"), a clock hour with or without
 * its zero minutes ("1989-11-06T17" is "1989-11-06T17:00"), and a duration of years and months
 * (hours and minutes) counted in the smaller unit ("P2Y6M" is "P30M").
 */
public final class TimeScorer {
  private TimeScorer() {}

  public static TimeScore score(List<GoldDocument> gold, Function<GoldDocument, Document> annotate) {
    TimeScore.Counts all = new TimeScore.Counts(0, 0, 0);
    Map<String, TimeScore.Counts> byType = new HashMap<>();
    int predictedAll = 0;
    int predictedMatched = 0;
    for (GoldDocument g : gold) {
      List<TimeExpression> predicted = annotate.apply(g).times();
      List<Span> goldSpans = g.times().stream()
          .flatMap(t -> GoldSpans.occurrences(g.text(), t.text(), t.span()).stream()).toList();
      predictedAll += predicted.size();
      predictedMatched += (int) predicted.stream()
          .filter(p -> goldSpans.stream().anyMatch(s -> overlaps(s, p.span()))).count();
      for (GoldTime t : g.times()) {
        Optional<TimeExpression> match = bestMatch(g.text(), t, predicted);
        boolean correct = match.flatMap(TimeExpression::value).map(v -> sameValue(t.value(), v)).orElse(false);
        all = all.plus(match.isPresent(), correct);
        String type = t.type().isEmpty() ? "UNTYPED" : t.type();
        byType.merge(type, new TimeScore.Counts(0, 0, 0).plus(match.isPresent(), correct),
            (a, b) -> new TimeScore.Counts(a.gold() + b.gold(), a.found() + b.found(),
                a.correct() + b.correct()));
      }
    }
    return new TimeScore(all, byType, predictedAll, predictedMatched);
  }

  private static boolean overlaps(Span a, Span b) {
    return Math.min(a.end(), b.end()) > Math.max(a.start(), b.start());
  }

  /** Gold times that were missed or got another value, with what was predicted: for error analysis. */
  public static List<String> errors(GoldDocument g, Document predicted) {
    List<String> out = new ArrayList<>();
    for (GoldTime t : g.times()) {
      Optional<TimeExpression> match = bestMatch(g.text(), t, predicted.times());
      String got = match.map(m -> "'" + m.text() + "' = " + m.value().orElse("(none)")).orElse("MISSED");
      if (match.flatMap(TimeExpression::value).map(v -> sameValue(t.value(), v)).orElse(false)) continue;
      out.add(g.id() + " " + g.published().map(Object::toString).orElse("-") + " [" + t.type() + "] '"
          + t.text() + "' = " + t.value() + " -> " + got);
    }
    return out;
  }

  /**
   * Predicted times that overlap no gold time: for error analysis where the gold marks every
   * expression (in a partly annotated corpus some of them are right).
   */
  public static List<String> unmatched(GoldDocument g, Document predicted) {
    List<Span> goldSpans = g.times().stream()
        .flatMap(t -> GoldSpans.occurrences(g.text(), t.text(), t.span()).stream()).toList();
    List<String> out = new ArrayList<>();
    for (TimeExpression p : predicted.times()) {
      if (goldSpans.stream().anyMatch(s -> overlaps(s, p.span()))) continue;
      out.add(g.id() + " " + g.published().map(Object::toString).orElse("-") + " '" + p.text() + "' = "
          + p.value().orElse("(none)"));
    }
    return out;
  }

  /** Whether two TimeML values are the same once spelt alike. */
  public static boolean sameValue(String gold, String predicted) {
    return canonical(gold).equals(canonical(predicted));
  }

  static String canonical(String value) {
    String v = value.replaceAll("-W(\\d)(?!\\d)", "-W0$1");
    while (v.matches("\\d{3}.*-XX")) v = v.substring(0, v.length() - 3);
    v = v.replaceAll("(T\\d\\d):00$", "$1");
    return inOneUnit(v);
  }

  private static final Pattern YEARS_MONTHS = Pattern.compile("P(\\d+)Y(\\d+)M");
  private static final Pattern HOURS_MINUTES = Pattern.compile("PT(\\d+)H(\\d+)M");

  /** A duration of two units in the smaller one: "P2Y6M" is "P30M", "PT5H30M" is "PT330M". */
  private static String inOneUnit(String v) {
    Matcher m = YEARS_MONTHS.matcher(v);
    if (m.matches()) return "P" + (Integer.parseInt(m.group(1)) * 12 + Integer.parseInt(m.group(2))) + "M";
    m = HOURS_MINUTES.matcher(v);
    if (m.matches()) return "PT" + (Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2))) + "M";
    return v;
  }

  static Optional<TimeExpression> bestMatch(String text, GoldTime t, List<TimeExpression> predicted) {
    TimeExpression best = null;
    int bestOverlap = 0;
    for (Span gold : GoldSpans.occurrences(text, t.text(), t.span())) {
      for (TimeExpression p : predicted) {
        int overlap = Math.min(gold.end(), p.span().end()) - Math.max(gold.start(), p.span().start());
        if (overlap > bestOverlap) {
          best = p;
          bestOverlap = overlap;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
