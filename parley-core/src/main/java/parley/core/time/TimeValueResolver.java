package parley.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import parley.core.time.TimePatterns.Candidate;

/**
 * Turns one matched time expression into its ISO/TimeML value by arithmetic on the anchor (the
 * publication date). Relative expressions without an anchor get no value. "The end of 1990" has the
 * value of the period it ends (1990; TimeML marks the part with mod END, which we do not keep).
 * Stateless.
 */
final class TimeValueResolver {
  /** Which way an underspecified expression points: "on Friday" in past-tense news is behind. */
  enum Tense {
    PAST,
    /**
     * A past told by the verb the time itself hangs on ("In March, a bomb killed", "On Sept. 25 the
     * board began talks"): the latest such date not after the story, however far back, unless the
     * next one is at most two months ahead (a noun's month the parse hung on the verb: "notified them
     * of a cut in supplies in September").
     */
    DONE,
    FUTURE,
    /** Only after the anchor: the end of a deferral ("extended until November 26", "gave them until May"). */
    AHEAD,
    UNKNOWN
  }

  private TimeValueResolver() {}

  static Optional<String> resolve(Candidate c, Optional<LocalDate> anchor, Tense tense) {
    Optional<String> value = dayOrPeriod(c, anchor, tense);
    if (c.group("weekof") == null && !lower(c.group("holiday")).endsWith("week")) return value;
    // "the week of March 6": the ISO week holding that day
    return value.flatMap(v -> v.length() == 10 ? Optional.of(IsoValues.week(LocalDate.parse(v))) : Optional.empty());
  }

  private static Optional<String> dayOrPeriod(Candidate c, Optional<LocalDate> anchor, Tense tense) {
    if (RelativeValues.isPastUnit(c)) return anchor.flatMap(a -> RelativeValues.pastUnit(c, a));
    Optional<String> absolute = absolute(c);
    if (absolute.isPresent() || anchor.isEmpty()) return absolute;
    LocalDate a = anchor.get();
    return switch (c.kind()) {
      case MONTH_DAY, DAY_MONTH -> monthDay(c, a, tense).map(IsoValues::day);
      case SLASH_DATE -> slashDate(c, Optional.of(a));
      case MONTH -> month(c, a, tense);
      case WEEKDAY -> weekday(c, a, tense);
      case YEAR -> ClippedYear.value(c, a);
      case NAMED_DAY -> namedDay(c, a);
      case RELATIVE -> WeekendAhead.applies(c, tense) ? WeekendAhead.value(a)
          : HalfOfYear.applies(c) ? HalfOfYear.value(c, a, tense) : RelativeValues.relative(c, a);
      case YEAR_END -> RelativeValues.periodEnd(c, a, tense);
      case YEAR_AGO -> RelativeValues.yearAgo(c, a);
      case OFFSET -> RelativeValues.offset(c, a);
      case QUARTER -> RelativeValues.quarter(c, a, tense);
      case QUARTER_RELATIVE -> RelativeValues.quarterRelative(c, a);
      case SEASON -> RelativeValues.season(c, a, tense);
      case CLOCK -> clock(c).flatMap(time -> clockDay(c, a, tense).map(day -> day + "T" + time + zone(c)));
      case DECADE -> c.group("decshort") != null ? decadeOfCentury(Integer.parseInt(c.group("decshort")), a)
          : decadeWord(c.group("decword"), a);
      case MONTH_WEEK -> MonthWeek.value(c, month(c, a, tense));
      case HOLIDAY -> TheNewYear.is(c) ? TheNewYear.value(a) : holiday(c, a.getYear()).map(LocalDate::parse)
          .flatMap(d -> holiday(c, nearYear(d, a, tense).getYear()));
      default -> Optional.empty();
    };
  }

  /** Values that need no anchor: full dates, years, decades, durations, references. */
  private static Optional<String> absolute(Candidate c) {
    String year = c.group("year");
    return switch (c.kind()) {
      case ISO_DATE -> date(year, c.group("mon"), c.group("day"));
      case SLASH_DATE -> slashDate(c, Optional.empty());
      case MONTH_DAY, DAY_MONTH -> year == null ? Optional.empty()
          : date(year, Integer.toString(IsoValues.monthNumber(c.group("mon"))), c.group("day"));
      case MONTH_YEAR -> monthYear(c);
      case YEAR -> year == null ? Optional.empty() : Optional.of(year + half(c));
      case DECADE -> Optional.ofNullable(c.group("dec")).map(d -> d.substring(0, 3));
      case CENTURY -> Optional.of(String.format(Locale.ROOT, "%02d", Integer.parseInt(c.group("cent")) - 1));
      case REFERENCE -> Optional.of(RelativeValues.reference(c.group("ref")));
      case DURATION -> RelativeValues.duration(c);
      case SET -> Optional.of(c.group("set") != null ? RelativeValues.set(c.group("set")) : calendarSet(c));
      // "9/11" names the day of the 2001 attacks, whenever the story is told
      case HOLIDAY -> lower(c.group("holiday")).equals("9/11") ? Optional.of("2001-09-11")
          : year == null ? Optional.empty() : holiday(c, Integer.parseInt(year));
      case QUARTER -> RelativeValues.explicitQuarter(c);
      case MONTH_WEEK -> year == null ? Optional.empty() : MonthWeek.value(c, monthYear(c));
      case SEASON -> year == null ? Optional.empty()
          : Optional.of(IsoValues.season(Integer.parseInt(year), IsoValues.seasonCode(c.group("season"))));
      default -> Optional.empty();
    };
  }

  /** "every Tuesday" XXXX-WXX-2, "Tuesday nights" XXXX-WXX-2TNI, "each July" XXXX-07. */
  private static String calendarSet(Candidate c) {
    if (c.group("mon") != null) {
      return String.format(Locale.ROOT, "XXXX-%02d", IsoValues.monthNumber(c.group("mon")));
    }
    String day = c.group("wd") != null ? c.group("wd") : c.group("wd2");
    String part = c.group("part") != null ? c.group("part") : c.group("parts");
    return "XXXX-WXX-" + DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)).getValue()
        + IsoValues.partOfDay(part == null ? null : part.replaceAll("s$", ""));
  }

  /** "the nineties": the decade of that name in the anchor's century, or the one before if still ahead. */
  private static Optional<String> decadeWord(String word, LocalDate anchor) {
    if (word == null) return Optional.empty();
    java.util.OptionalInt tens = NumberWords.parse(lower(word).replace("ies", "y"));
    if (tens.isEmpty()) return Optional.empty();
    return decadeOfCentury(tens.getAsInt(), anchor);
  }

  /** "the '80s" (tens 80): the decade of the anchor's century, or of the century before if still ahead. */
  private static Optional<String> decadeOfCentury(int tens, LocalDate anchor) {
    int year = anchor.getYear() / 100 * 100 + tens;
    if (year > anchor.getYear()) year -= 100;
    return Optional.of(Integer.toString(year / 10));
  }

  /** "-H1" for "the first half of 1990", "-H2" for its second (or last) half, else "". */
  static String half(Candidate c) {
    String edge = lower(c.group("edge"));
    if (edge.contains("first half")) return "-H1";
    return edge.contains("second half") || edge.contains("last half") ? "-H2" : "";
  }


  private static Optional<String> date(String year, String month, String day) {
    return IsoValues.date(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
        .map(IsoValues::day);
  }

  private static Optional<String> monthYear(Candidate c) {
    int month = IsoValues.monthNumber(c.group("mon"));
    YearMonth ym = YearMonth.of(Integer.parseInt(c.group("year")), month);
    return Optional.of(IsoValues.month(ym));
  }

  private static Optional<String> slashDate(Candidate c, Optional<LocalDate> anchor) {
    String y = c.group("year");
    int year = Integer.parseInt(y);
    if (y.length() == 2) {
      if (anchor.isEmpty()) return Optional.empty();
      int century = anchor.get().getYear() / 100 * 100;
      year = century + year > anchor.get().getYear() + 10 ? century - 100 + year : century + year;
    }
    return date(Integer.toString(year), c.group("mon"), c.group("day"));
  }

  /** A month and day without a year: the anchor's year, or the one before/after when tense says so. */
  static Optional<LocalDate> monthDay(Candidate c, LocalDate anchor, Tense tense) {
    int month = IsoValues.monthNumber(c.group("mon"));
    int day = Integer.parseInt(c.group("day"));
    String yearMod = lower(c.group("ymod"));
    if (!yearMod.isEmpty()) {
      return IsoValues.date(anchor.getYear() + (yearMod.equals("last") ? -1 : yearMod.equals("next") ? 1 : 0), month, day);
    }
    Optional<LocalDate> same = IsoValues.date(anchor.getYear(), month, day);
    if (same.isEmpty()) return same;
    LocalDate near = nearYear(same.get(), anchor, tense);
    return near.getYear() == anchor.getYear() ? same : IsoValues.date(near.getYear(), month, day);
  }

  /**
   * A date given without its year: the latest occurrence not after the anchor in past-tense text,
   * the next one in future-tense text, unless that lies more than 200 days away and the other within
   * 100 (a writer gives the year of a date that far off; and the tense cue is often wrong: "is
   * payable Jan. 2" read past from "reduced" nearby); without a tense, the latest unless it
   * lies more than eight months back.
   */
  private static LocalDate nearYear(LocalDate d, LocalDate anchor, Tense tense) {
    LocalDate back = d;
    while (back.isAfter(anchor.plusDays(7))) back = back.minusYears(1);
    while (back.plusYears(1).isBefore(anchor.plusDays(8))) back = back.plusYears(1);
    LocalDate ahead = back.isBefore(anchor.minusDays(7)) ? back.plusYears(1) : back;
    long behind = days(back, anchor);
    long before = days(anchor, ahead);
    return switch (tense) {
      case PAST -> behind <= 200 || before > 100 ? back : ahead;
      case DONE -> before <= 62 ? ahead : back.isAfter(anchor.plusDays(1)) ? back.minusYears(1) : back;
      case FUTURE -> before <= 200 || behind > 100 ? ahead : back;
      case AHEAD -> ahead;
      case UNKNOWN -> behind > 243 ? ahead : back;
    };
  }

  private static Optional<String> month(Candidate c, LocalDate anchor, Tense tense) {
    int month = IsoValues.monthNumber(c.group("mon"));
    YearMonth now = YearMonth.from(anchor);
    String yearMod = lower(c.group("ymod"));
    int yearShift = yearMod.equals("last") ? -1 : yearMod.equals("next") ? 1 : 0;
    YearMonth thisYear = YearMonth.of(anchor.getYear() + yearShift, month);
    String mod = yearMod.isEmpty() ? lower(c.group("mod")) : "this";
    YearMonth value;
    if (mod.equals("last") || mod.equals("past") || mod.equals("previous")) {
      value = thisYear.isBefore(now) ? thisYear : thisYear.minusYears(1);
    } else if (mod.equals("next") || mod.equals("coming")) {
      value = thisYear.isAfter(now) ? thisYear : thisYear.plusYears(1);
    } else if (mod.equals("this")) {
      value = thisYear;
    } else {
      LocalDate near = nearYear(thisYear.atDay(15), anchor.withDayOfMonth(15), tense);
      value = YearMonth.from(near);
    }
    return Optional.of(IsoValues.month(value));
  }

  private static Optional<String> weekday(Candidate c, LocalDate anchor, Tense tense) {
    DayOfWeek wd = DayOfWeek.valueOf(c.group("wd").toUpperCase(Locale.ROOT));
    String mod = lower(c.group("mod"));
    LocalDate d;
    if (mod.equals("last") || mod.equals("past") || mod.equals("previous") || mod.equals("preceding")) {
      d = anchor.with(TemporalAdjusters.previous(wd));
    } else if (mod.equals("next") || mod.equals("coming") || mod.equals("following")) {
      d = anchor.with(TemporalAdjusters.next(wd));
    } else if (mod.equals("this")) {
      d = WeekdayOfThisWeek.thisWeekday(anchor, wd, tense);
    } else if (WeekdayOfThisWeek.seenFromInside(lower(c.group("edge")))) {
      d = WeekdayOfThisWeek.nearest(anchor, wd);
    } else if (tense == Tense.FUTURE || tense == Tense.AHEAD) {
      d = anchor.with(TemporalAdjusters.nextOrSame(wd));
    } else {
      d = anchor.with(TemporalAdjusters.previousOrSame(wd));
    }
    return Optional.of(IsoValues.day(d) + IsoValues.partOfDay(c.group("part")));
  }

  private static Optional<String> namedDay(Candidate c, LocalDate anchor) {
    String named = lower(c.group("named"));
    String part = IsoValues.partOfDay(c.group("part"));
    return Optional.ofNullable(switch (named) {
      case "", "today" -> IsoValues.day(anchor) + part;
      case "yesterday" -> IsoValues.day(anchor.minusDays(1)) + part;
      case "tomorrow" -> IsoValues.day(anchor.plusDays(1)) + part;
      case "the day before yesterday" -> IsoValues.day(anchor.minusDays(2));
      case "the day after tomorrow" -> IsoValues.day(anchor.plusDays(2));
      case "tonight" -> IsoValues.day(anchor) + "TNI";
      case "last night" -> IsoValues.day(anchor.minusDays(1)) + "TNI";
      case "overnight" -> IsoValues.day(anchor.minusDays(1)) + "TNI";
      case "this morning" -> IsoValues.day(anchor) + "TMO";
      case "this afternoon" -> IsoValues.day(anchor) + "TAF";
      case "this evening" -> IsoValues.day(anchor) + "TEV";
      default -> null;
    });
  }

  /** The day of a clock time: the one named with it ("noon Friday", "9 a.m. yesterday"), else the anchor. */
  private static Optional<String> clockDay(Candidate c, LocalDate anchor, Tense tense) {
    if (c.group("wd") != null) return weekday(c, anchor, tense).map(v -> v.substring(0, 10));
    String word = lower(c.group("dayword"));
    if (word.isEmpty()) return Optional.of(IsoValues.day(PastMidnight.day(c, anchor, tense)));
    int shift = word.equals("yesterday") ? -1 : word.equals("tomorrow") ? 1 : 0;
    return Optional.of(IsoValues.day(anchor.plusDays(shift)));
  }

  /** Whether the clock time names its day itself: then no other day in the sentence replaces it. */
  static boolean namesDay(Candidate c) {
    return c.group("wd") != null || c.group("dayword") != null;
  }

  /** "Z" for a time given in GMT or UTC (ISO 8601); other zones are left out of the value. */
  private static String zone(Candidate c) {
    String tz = lower(c.group("tz"));
    return tz.equals("gmt") || tz.equals("utc") ? "Z" : "";
  }

  /** "10:35 a.m." gives "10:35"; empty for an impossible hour. */
  static Optional<String> clock(Candidate c) {
    String named = lower(c.group("named"));
    if (named.equals("noon") || named.equals("midday")) return Optional.of("12:00");
    // TimeML: midnight closes the day it is named with ("the offer expires at midnight Friday")
    if (named.equals("midnight")) return Optional.of("24:00");
    if (c.group("hh") == null) return Optional.empty();
    int hour = Integer.parseInt(c.group("hh"));
    int minute = c.group("mm") == null ? 0 : Integer.parseInt(c.group("mm"));
    String ampm = lower(c.group("ampm"));
    String dayPart = lower(c.group("dpart"));
    if (!dayPart.isEmpty()) ampm = dayPart.equals("morning") || (dayPart.equals("night") && hour < 6) ? "am" : "pm";
    if (ampm.startsWith("p") && hour < 12) hour += 12;
    if (ampm.startsWith("a") && hour == 12) hour = 0;
    if (hour > 23) return Optional.empty();
    return Optional.of(String.format(Locale.ROOT, "%02d:%02d", hour, minute));
  }

  private static Optional<String> holiday(Candidate c, int year) {
    String h = lower(c.group("holiday"));
    Optional<LocalDate> d;
    if (h.startsWith("christmas eve")) d = IsoValues.date(year, 12, 24);
    else if (h.startsWith("christmas")) d = IsoValues.date(year, 12, 25);
    else if (h.matches("new year['’]s eve")) d = IsoValues.date(year, 12, 31);
    else if (UsHolidays.known(h)) d = UsHolidays.date(h, year);
    else if (h.startsWith("new year")) d = IsoValues.date(year, 1, 1);
    else if (h.startsWith("bastille")) d = IsoValues.date(year, 7, 14);
    else if (h.startsWith("easter monday")) d = Optional.of(easterSunday(year).plusDays(1));
    else if (h.startsWith("easter")) d = Optional.of(easterSunday(year));
    else if (h.startsWith("good friday")) d = Optional.of(easterSunday(year).minusDays(2));
    else d = IsoValues.date(year, 10, 31);
    return d.map(IsoValues::day);
  }

  /** Western Easter Sunday of {@code year} (the Gregorian computus, Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  static OptionalInt number(String s) {
    return NumberWords.parse(s);
  }

  static long days(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }
}
