package parley.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * Gives a clock time ("10:35 a.m.") the day named next to it ("Friday"), else the day of its event
 * told before ({@link SameEventDay}), else the day last named before it, instead of the anchor's.
 */
final class ClockDays {
  private static final int REACH = 40;

  private ClockDays() {}

  static List<TimeExpression> attach(List<TimeExpression> times, List<Candidate> candidates,
      List<Sentence> sentences, String text) {
    List<TimeExpression> out = new ArrayList<>(times);
    for (int i = 0; i < times.size(); i++) {
      TimeExpression clock = times.get(i);
      if (candidates.get(i).kind() != Kind.CLOCK || clock.value().isEmpty()
          || TimeValueResolver.namesDay(candidates.get(i)) || isHeading(clock.span(), text)) {
        continue;
      }
      Span sentence = TimeResolver.sentenceAround(text, sentences, clock.span().start(), clock.span().end());
      Optional<String> day = nearestDay(times, candidates, sentence, clock.span(), clock.value().get());
      if (day.isEmpty()) day = SameEventDay.of(out, i, sentences);
      if (day.isEmpty()) day = lastDayBefore(out, candidates, i);
      if (day.isPresent()) {
        String v = clock.value().get();
        out.set(i, new TimeExpression(clock.text(), clock.span(),
            Optional.of(day.get() + v.substring(v.indexOf('T')))));
      }
    }
    return out;
  }

  /**
   * The day of the last dated expression before time {@code i}: a clock time whose sentence names
   * no day belongs to the day the story last talked about ("was shot on Oct. 23 ... at 10 p.m."),
   * which is the publication date only when no other day came before.
   */
  private static Optional<String> lastDayBefore(List<TimeExpression> times, List<Candidate> candidates, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (UnnamedDayParts.isOvernight(candidates.get(j))) continue; // the night before, not the day told
      Optional<String> v = times.get(j).value();
      if (v.isPresent() && v.get().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        if (!spansTwoDays(v.get())) return Optional.of(v.get().substring(0, 10));
        Optional<String> night = dayOfNight(v.get(), times.get(i).value().orElse(""));
        if (night.isPresent()) return night;
      }
    }
    return Optional.empty();
  }

  /**
   * A clock time alone on its line heads a live blog's entry ("2:15 p.m." above the paragraph it
   * times): the entry is of the day the blog is published, whatever day its text talked of before.
   */
  private static boolean isHeading(Span clock, String text) {
    int start = text.lastIndexOf('\n', clock.start() - 1) + 1;
    int end = text.indexOf('\n', clock.end());
    if (end < 0) end = text.length();
    return text.substring(start, clock.start()).isBlank()
        && text.substring(clock.end(), end).replaceAll("[\\s.:_—–-]", "").isEmpty();
  }

  /** A night, or midnight (the end of its day and the start of the next). */
  private static boolean spansTwoDays(String value) {
    return value.endsWith("TNI") || value.endsWith("T24:00");
  }

  /**
   * A night spans two days: an evening hour told after it is on the day it starts, an hour before
   * dawn on the next; a daytime hour is on neither for sure ("Cocoa was unchanged from last night
   * at midday" is today's midday).
   */
  private static Optional<String> dayOfNight(String night, String clock) {
    int t = clock.indexOf('T');
    if (t < 0 || clock.length() < t + 3 || !Character.isDigit(clock.charAt(t + 1))) return Optional.empty();
    int hour = Integer.parseInt(clock.substring(t + 1, t + 3));
    LocalDate day = LocalDate.parse(night.substring(0, 10));
    if (hour >= 18) return Optional.of(IsoValues.day(day));
    if (hour < 6) return Optional.of(IsoValues.day(day.plusDays(1)));
    return Optional.empty();
  }

  private static Optional<String> nearestDay(List<TimeExpression> times, List<Candidate> candidates,
      Span sentence, Span clock, String clockValue) {
    for (int j = 0; j < times.size(); j++) {
      TimeExpression t = times.get(j);
      if (!TimeResolver.isDay(candidates.get(j).kind()) || t.value().isEmpty()
          || UnnamedDayParts.isOvernight(candidates.get(j))) {
        continue;
      }
      if (!sentence.contains(t.span())) continue;
      int gap = Math.max(t.span().start() - clock.end(), clock.start() - t.span().end());
      if (gap > REACH || t.value().get().length() < 10) continue;
      if (!spansTwoDays(t.value().get())) return Optional.of(t.value().get().substring(0, 10));
      Optional<String> night = dayOfNight(t.value().get(), clockValue);
      if (night.isPresent()) return night;
    }
    return Optional.empty();
  }
}
