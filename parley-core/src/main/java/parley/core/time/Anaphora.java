package parley.core.time;

import static parley.core.time.TimeValueResolver.lower;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * Expressions that count from the time the story last talked about, not from the publication
 * date: "that day", "the following year", "two days later", "a year earlier", "the year-ago
 * quarter". The reference is the value of the last dated expression before them; the result keeps
 * the unit the words name ("that year" after "on March 3, 1990" is 1990).
 */
final class Anaphora {
  private static final Pattern VALUE = Pattern.compile(
      "(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|W(\\d{2})|Q(\\d)))?(?:T.*)?");

  private Anaphora() {}

  /** Whether the candidate's value depends on the last time mentioned. */
  static boolean refersBack(Candidate c) {
    if (c.kind() == Kind.ANAPHOR) return true;
    if (c.kind() == Kind.OFFSET) {
      String dir = lower(c.group("dir"));
      return dir.equals("later") || dir.equals("earlier");
    }
    return c.kind() == Kind.YEAR_AGO && c.group("ord") == null || PreviousQuarter.is(c);
  }

  private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
  private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");

  /**
   * "the previous Friday", "the following Monday": a weekday counted from the day the story last
   * talked about, not from the publication date ("previous Friday" without "the" is last Friday).
   */
  static boolean isRelativeWeekday(Candidate c, CharSequence text) {
    return c.kind() == Kind.WEEKDAY && lower(c.group("mod")).matches("previous|preceding|following")
        && c.group("prep") == null && THE_BEFORE.matcher(text).region(Math.max(0, c.start() - 5), c.start()).find();
  }

  /** The weekday of {@code c} strictly before or after the day of {@code reference}, when that is a day. */
  static Optional<String> relativeWeekday(Candidate c, String reference) {
    Matcher m = DAY_VALUE.matcher(reference);
    if (!m.matches()) return Optional.empty();
    LocalDate day = LocalDate.parse(m.group(1));
    java.time.DayOfWeek wd = java.time.DayOfWeek.valueOf(c.group("wd").toUpperCase(java.util.Locale.ROOT));
    LocalDate d = lower(c.group("mod")).equals("following")
        ? day.with(java.time.temporal.TemporalAdjusters.next(wd))
        : day.with(java.time.temporal.TemporalAdjusters.previous(wd));
    return Optional.of(IsoValues.day(d) + IsoValues.partOfDay(c.group("part")));
  }

  /** The candidate's value counted from {@code reference} (an ISO/TimeML value), when it can be. */
  static Optional<String> resolve(Candidate c, String reference) {
    Matcher m = VALUE.matcher(reference);
    if (!m.matches()) return Optional.empty();
    Reference ref = new Reference(Integer.parseInt(m.group(1)), number(m.group(2)), number(m.group(3)),
        number(m.group(4)), number(m.group(5)));
    return switch (c.kind()) {
      case ANAPHOR -> shift(ref, lower(c.group("unit")), step(lower(c.group("amod"))));
      case OFFSET -> {
        OptionalInt n = NumberWords.parse(c.group("num"));
        // "a few days later": a length whose number is untold (PXD), "some time earlier" the past
        if (n.isEmpty()) {
          yield Optional.of(lower(c.group("dir")).equals("later") ? RelativeValues.durationValue("X", lower(c.group("unit")))
              : "PAST_REF");
        }
        int k = lower(c.group("dir")).equals("later") ? n.getAsInt() : -n.getAsInt();
        yield offset(ref, lower(c.group("unit")), k);
      }
      case QUARTER_RELATIVE -> ref.quarter().isPresent() ? shift(ref, "quarter", -1) : Optional.empty();
      case YEAR_AGO -> ref.quarter().isPresent()
          ? Optional.of(IsoValues.quarter(ref.year() - 1, ref.quarter().getAsInt()))
          : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static int step(String mod) {
    if (mod.endsWith("following") || mod.endsWith("next")) return 1;
    if (mod.endsWith("previous") || mod.endsWith("preceding") || mod.endsWith("prior")) return -1;
    return 0;
  }

  /** "that day" (step 0), "the following year" (+1), "the previous month" (-1). */
  private static Optional<String> shift(Reference ref, String unit, int step) {
    return switch (unit) {
      case "year" -> Optional.of(IsoValues.year(ref.year() + step));
      case "quarter" -> {
        OptionalInt q = ref.quarterOrDerived();
        if (q.isEmpty()) yield Optional.empty();
        int index = ref.year() * 4 + q.getAsInt() - 1 + step;
        yield Optional.of(IsoValues.quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1));
      }
      // "that month" after "in 2012": a month of that year, which one untold ("2012-XX")
      case "month" -> ref.month().isPresent()
          ? Optional.of(IsoValues.month(YearMonth.of(ref.year(), ref.month().getAsInt()).plusMonths(step)))
          : step == 0 && ref.quarter().isEmpty() && ref.week().isEmpty() ? Optional.of(ref.year() + "-XX") : Optional.empty();
      case "week" -> ref.day().map(d -> IsoValues.week(d.plusWeeks(step))).or(() -> sameCoarser(ref, step));
      // "that evening": the day told before, in that part of it (TimeML 2026-01-06TEV)
      default -> ref.day().map(d -> IsoValues.day(d.plusDays(step)) + (unit.equals("day") ? "" : IsoValues.partOfDay(unit)))
          .or(() -> unit.equals("day") ? sameCoarser(ref, step) : untoldDayPart(ref, unit, step));
    };
  }

  /**
   * "that same day" after "last October": the day is not known, only that it lies in the month (or
   * year) the story talked about, so the value keeps the reference's own precision.
   */
  private static Optional<String> sameCoarser(Reference ref, int step) {
    if (step != 0) return Optional.empty();
    if (ref.quarter().isPresent()) return Optional.of(IsoValues.quarter(ref.year(), ref.quarter().getAsInt()));
    if (ref.month().isPresent()) return Optional.of(IsoValues.month(YearMonth.of(ref.year(), ref.month().getAsInt())));
    return Optional.of(IsoValues.year(ref.year()));
  }

  /**
   * "that night" after "in January": a part of a day the story placed only in a month (or year), so
   * the day is untold but the value is still a night's (TimeML "2016-01-XXTNI"), not the month's.
   */
  private static Optional<String> untoldDayPart(Reference ref, String unit, int step) {
    if (step != 0 || ref.quarter().isPresent() || ref.week().isPresent()) return Optional.empty();
    String month = ref.month().isPresent() ? String.format(java.util.Locale.ROOT, "%02d", ref.month().getAsInt()) : "XX";
    return Optional.of(ref.year() + "-" + month + "-XX" + IsoValues.partOfDay(unit));
  }

  /** "two days later", "a year earlier": the reference moved, in the reference's own unit. */
  private static Optional<String> offset(Reference ref, String unit, int k) {
    return switch (unit) {
      case "day" -> ref.day().map(d -> IsoValues.day(d.plusDays(k)));
      case "week" -> ref.day().map(d -> IsoValues.week(d.plusWeeks(k)));
      case "month" -> ref.day().isPresent() ? ref.day().map(d -> IsoValues.day(d.plusMonths(k)))
          : ref.month().isPresent()
              ? Optional.of(IsoValues.month(YearMonth.of(ref.year(), ref.month().getAsInt()).plusMonths(k)))
              : Optional.empty();
      case "year" -> {
        if (ref.quarter().isPresent()) yield Optional.of(IsoValues.quarter(ref.year() + k, ref.quarter().getAsInt()));
        if (ref.day().isPresent()) yield ref.day().map(d -> IsoValues.day(d.plusYears(k)));
        if (ref.month().isPresent()) {
          yield Optional.of(IsoValues.month(YearMonth.of(ref.year() + k, ref.month().getAsInt())));
        }
        yield Optional.of(IsoValues.year(ref.year() + k));
      }
      case "decade" -> Optional.of(IsoValues.year(ref.year() + 10 * k));
      default -> Optional.empty();
    };
  }

  private static OptionalInt number(String digits) {
    return digits == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits));
  }

  /** The parts of a reference value: year, and month, day, ISO week or quarter when it has them. */
  private record Reference(int year, OptionalInt month, OptionalInt dayOfMonth, OptionalInt week,
      OptionalInt quarter) {
    Optional<LocalDate> day() {
      if (month.isPresent() && dayOfMonth.isPresent()) {
        return IsoValues.date(year, month.getAsInt(), dayOfMonth.getAsInt());
      }
      if (week.isPresent()) {
        return Optional.of(LocalDate.of(year, 1, 4).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR,
            week.getAsInt()).with(java.time.DayOfWeek.MONDAY));
      }
      return Optional.empty();
    }

    OptionalInt quarterOrDerived() {
      if (quarter.isPresent()) return quarter;
      return month.isPresent() ? OptionalInt.of((month.getAsInt() - 1) / 3 + 1) : OptionalInt.empty();
    }
  }
}
