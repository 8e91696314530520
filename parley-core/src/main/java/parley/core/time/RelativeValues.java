package parley.core.time;

import static parley.core.time.TimeValueResolver.lower;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimeValueResolver.Tense;

/** Values of expressions counted from the anchor: "last month", "two days ago", "the third quarter". */
final class RelativeValues {
  private RelativeValues() {}

  static Optional<String> relative(Candidate c, LocalDate anchor) {
    String mod = lower(c.group("mod")).replaceAll("^the (full|whole|entire)$", "this");
    int step = switch (mod) {
      case "last", "previous", "the latest", "the most recent" -> -1;
      case "next", "coming" -> 1;
      case "that" -> Integer.MIN_VALUE;
      default -> 0;
    };
    if (step == Integer.MIN_VALUE) return Optional.empty();
    String u = lower(c.group("unit"));
    if (mod.equals("the") && c.group("edge") == null && (u.equals("week") || u.equals("month"))) {
      // "for the week, the index fell": a week the story knows but does not place; TimeML keeps the
      // year and marks the unknown week (or month) with X
      return Optional.of(anchor.getYear() + (u.equals("week") ? "-WXX" : "-XX"));
    }
    if (mod.equals("the") && c.group("edge") == null && !u.equals("year") && !u.equals("weekend")) {
      return Optional.empty();
    }
    String unit = lower(c.group("unit"));
    if (mod.equals("this past")) return thisPast(unit, anchor);
    // "by the end of the year", "the end of next month": a period counted from the anchor ends on its
    // last day, the day a deadline or a promise falls due ("the end of 1990" keeps TimeML's year)
    boolean end = isEnd(c);
    return Optional.ofNullable(switch (unit) {
      case "year" -> end ? anchor.getYear() + step + "-12-31" : IsoValues.year(anchor.getYear() + step);
      case "month" -> {
        YearMonth m = YearMonth.from(anchor).plusMonths(step);
        yield end ? IsoValues.day(m.atEndOfMonth()) : IsoValues.month(m);
      }
      case "week" -> {
        LocalDate d = anchor.plusWeeks(step);
        yield end ? IsoValues.day(d.with(DayOfWeek.SUNDAY)) : IsoValues.week(d);
      }
      case "weekend" -> IsoValues.week(weekend(anchor, mod)) + "-WE";
      // "later in the day": the anchor's own day
      case "day" -> IsoValues.day(anchor.plusDays(step));
      case "decade" -> Integer.toString(anchor.getYear() / 10 + step);
      case "century" -> Integer.toString(anchor.getYear() / 100 + step);
      default -> null;
    });
  }

  /**
   * "this past week": the week just gone, the anchor's own when it falls on a weekend, else the one
   * before; "this past weekend": the last weekend over before the anchor's day.
   */
  private static Optional<String> thisPast(String unit, LocalDate anchor) {
    boolean weekendDay = anchor.getDayOfWeek() == DayOfWeek.SATURDAY || anchor.getDayOfWeek() == DayOfWeek.SUNDAY;
    return switch (unit) {
      case "week" -> Optional.of(IsoValues.week(weekendDay ? anchor : anchor.minusWeeks(1)));
      case "weekend" -> Optional.of(IsoValues.week(anchor.minusDays(1)
          .with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))) + "-WE");
      default -> Optional.empty();
    };
  }

  /** The weekend meant: "this weekend"/"the weekend" is the nearest one, "last" the one before. */
  private static LocalDate weekend(LocalDate anchor, String mod) {
    LocalDate saturday = anchor.getDayOfWeek() == DayOfWeek.SUNDAY ? anchor.minusDays(1)
        : anchor.with(DayOfWeek.SATURDAY);
    if (anchor.getDayOfWeek().getValue() <= 2 && !mod.equals("next")) saturday = saturday.minusWeeks(1);
    return switch (mod) {
      case "last", "previous" -> saturday.minusWeeks(anchor.getDayOfWeek().getValue() <= 2 ? 0 : 1);
      case "next", "coming" -> saturday.plusWeeks(anchor.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : 0);
      default -> saturday;
    };
  }

  /**
   * "year-end", "the year's end": the last day of the anchor's year (month, quarter); "since
   * year-end" or a past verb's own "at year-end" is the last one already past.
   */
  static Optional<String> periodEnd(Candidate c, LocalDate anchor, Tense tense) {
    boolean past = tense == Tense.DONE || lower(c.group("prep")).equals("since");
    String unit = lower(c.group("unit"));
    LocalDate end = periodEnd(unit, anchor);
    if (past && end.isAfter(anchor)) {
      end = periodEnd(unit, unit.equals("month") ? anchor.minusMonths(1)
          : unit.equals("quarter") ? anchor.minusMonths(3) : anchor.minusYears(1));
    }
    return Optional.of(IsoValues.day(end));
  }

  private static LocalDate periodEnd(String unit, LocalDate anchor) {
    return switch (unit) {
      case "month" -> YearMonth.from(anchor).atEndOfMonth();
      case "quarter" -> anchor.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
      default -> LocalDate.of(anchor.getYear(), 12, 31);
    };
  }

  /** "the end of the year": the expression names the end of its period. */
  private static boolean isEnd(Candidate c) {
    String edge = c.group("edge");
    return edge != null && edge.toLowerCase(Locale.ROOT).contains("end");
  }

  static Optional<String> yearAgo(Candidate c, LocalDate anchor) {
    int year = anchor.getYear() - 1;
    OptionalInt q = ordinal(c.group("ord"));
    return Optional.of(q.isPresent() ? IsoValues.quarter(year, q.getAsInt()) : IsoValues.year(year));
  }

  static Optional<String> offset(Candidate c, LocalDate anchor) {
    String dir = lower(c.group("dir"));
    boolean back = dir.equals("ago") || dir.equals("earlier") || dir.equals("before");
    OptionalInt n = NumberWords.parse(c.group("num"));
    String unit = lower(c.group("unit"));
    boolean clock = unit.equals("hour") || unit.equals("minute") || unit.equals("second");
    if (clock && (dir.equals("ago") || dir.equals("from now") || dir.equals("hence"))) {
      // "two hours ago": the anchor has no time of day, so only the day is known
      return Optional.of(IsoValues.day(anchor));
    }
    // "Scalia died four days later": a later time the story could not count from a day it named lies
    // after some past event, not after the publication date; only its length is known (TimeML: P4D)
    if (clock || dir.equals("after") || dir.equals("before") || dir.equals("later")) {
      // "an hour later", "a day after the clash": counted from an event, not from the anchor;
      // only the length is known
      String amount = n.isPresent() ? Integer.toString(n.getAsInt()) : "X";
      return Optional.of(durationValue(amount, lower(c.group("unit"))));
    }
    if (n.isEmpty()) return Optional.of(back ? "PAST_REF" : "FUTURE_REF");
    int k = back ? -n.getAsInt() : n.getAsInt();
    return Optional.ofNullable(switch (lower(c.group("unit"))) {
      case "day" -> IsoValues.day(anchor.plusDays(k));
      case "week" -> IsoValues.week(anchor.plusWeeks(k));
      case "month" -> IsoValues.month(YearMonth.from(anchor).plusMonths(k));
      case "year" -> IsoValues.year(anchor.getYear() + k);
      // "a decade ago" is a year, ten years back (1989 in 1999), not the decade before (the 1980s)
      case "decade" -> IsoValues.year(anchor.getYear() + 10 * k);
      case "century" -> IsoValues.year(anchor.getYear() + 100 * k);
      default -> null;
    });
  }

  /**
   * "the past year", "the last week" (one calendar unit, no number): TimeML dates them as the unit
   * before the anchor's (2018 in 2019); "the past three years" and "the past decade" (the ten years
   * up to now, not the previous decade) stay lengths.
   */
  static boolean isPastUnit(Candidate c) {
    return c.kind() == TimePatterns.Kind.DURATION && c.group("num") == null && c.group("bare") == null
        && lower(c.group("mod")).matches("the (past|last|previous)")
        && lower(c.group("unit")).matches("day|week|month|year");
  }

  static Optional<String> pastUnit(Candidate c, LocalDate anchor) {
    return Optional.ofNullable(switch (lower(c.group("unit"))) {
      case "day" -> IsoValues.day(anchor.minusDays(1));
      case "week" -> IsoValues.week(anchor.minusWeeks(1));
      case "month" -> IsoValues.month(YearMonth.from(anchor).minusMonths(1));
      case "year" -> IsoValues.year(anchor.getYear() - 1);
      default -> null;
    });
  }

  /** "the third quarter of 1990", "1990's first half": values needing no anchor. */
  static Optional<String> explicitQuarter(Candidate c) {
    String year = c.group("qyear") != null ? c.group("qyear") : c.group("ofyear");
    if (year == null) return Optional.empty();
    return quarterValue(Integer.parseInt(year), c);
  }

  static Optional<String> quarter(Candidate c, LocalDate anchor, Tense tense) {
    String yearMod = lower(c.group("yearmod")).isEmpty() ? lower(c.group("ofmod")) : lower(c.group("yearmod"));
    int year = anchor.getYear() + switch (yearMod) {
      case "last" -> -1;
      case "next" -> 1;
      default -> 0;
    };
    OptionalInt q = ordinal(c.group("ord"));
    // "raised during the third quarter of the year" in January: "the year" is the one the quarter was in;
    // "fell in the first quarter" told on 2 January: last year's
    if ((yearMod.isEmpty() || yearMod.equals("the")) && q.isPresent() && (tense == Tense.PAST || tense == Tense.DONE)
        && QuarterNotOver.when(q.getAsInt(), anchor)) {
      year--;
    }
    return quarterValue(year, c);
  }

  private static Optional<String> quarterValue(int year, Candidate c) {
    if (c.group("halfq") != null) {
      return Optional.of(IsoValues.year(year) + ("first".equalsIgnoreCase(c.group("halfq")) ? "-H1" : "-H2"));
    }
    OptionalInt q = ordinal(c.group("ord"));
    if (q.isEmpty()) return Optional.empty();
    if ("half".equalsIgnoreCase(c.group("unit"))) {
      return q.getAsInt() <= 2 ? Optional.of(IsoValues.year(year) + "-H" + q.getAsInt()) : Optional.empty();
    }
    return Optional.of(IsoValues.quarter(year, q.getAsInt()));
  }

  /** "the quarter", "the latest quarter": the last completed one; "this quarter": the current one. */
  static Optional<String> quarterRelative(Candidate c, LocalDate anchor) {
    String mod = lower(c.group("mod")).replace("the ", "");
    int shift = switch (mod) {
      case "this", "current" -> 0;
      case "next" -> 1;
      case "that", "same" -> Integer.MIN_VALUE;
      default -> -1;
    };
    if (shift == Integer.MIN_VALUE) return Optional.empty();
    LocalDate d = anchor.plusMonths(3L * shift);
    return Optional.of(IsoValues.quarter(d.getYear(), IsoValues.quarterOf(d)));
  }

  static Optional<String> season(Candidate c, LocalDate anchor, Tense tense) {
    String code = IsoValues.seasonCode(c.group("season"));
    int target = IsoValues.seasonIndex(code);
    int now = IsoValues.seasonIndexOf(anchor);
    int year = anchor.getMonthValue() == 12 ? anchor.getYear() + 1 : anchor.getYear();
    String mod = lower(c.group("mod"));
    boolean back = mod.equals("last") || mod.equals("past")
        || (!mod.equals("this") && !mod.equals("next") && !mod.equals("coming") && tense != Tense.FUTURE && tense != Tense.AHEAD);
    if (mod.equals("this")) return Optional.of(IsoValues.season(SeasonOfDecember.thisSeasonYear(anchor, target, year, tense), code));
    if (back) {
      boolean strictly = mod.equals("last") || mod.equals("past");
      if (target > now || (strictly && target == now)) year--;
    } else if (target < now || ((mod.equals("next") || mod.equals("coming")) && target == now)) {
      year++;
    }
    return Optional.of(IsoValues.season(year, code));
  }

  /**
   * "now" PRESENT_REF, "recently" PAST_REF, "soon" FUTURE_REF; a span of plural units ("in recent
   * years", "the coming weeks") is a duration of unknown length: PXY, PXW.
   */
  static String reference(String ref) {
    String r = ref.toLowerCase(Locale.ROOT);
    java.util.regex.Matcher span = java.util.regex.Pattern
        .compile("(?:coming|future|past|recent) (day|week|month|quarter|year|decade)s$|^the (day|week|month|quarter"
            + "|year|decade)s ahead$").matcher(r);
    if (span.find()) {
      String unit = span.group(1) != null ? span.group(1) : span.group(2);
      return unit.equals("quarter") ? "PXQ" : durationValue("X", unit);
    }
    if (r.contains("future") || r.contains("from now") || r.contains("later") || r.contains("coming") || r.contains("term") || r.contains("long run")
        || r.equals("soon") || r.equals("shortly") || r.equals("one day")) {
      return "FUTURE_REF";
    }
    // "the then-current price": current at a time already told, so past
    if (r.contains("past") || r.contains("recent") || r.contains("earlier") || r.equals("lately") || r.equals("previously")
        || r.startsWith("then")
        || r.equals("formerly")) {
      return "PAST_REF";
    }
    return "PRESENT_REF";
  }

  static Optional<String> duration(Candidate c) {
    String bare = c.group("bare");
    if (bare != null) return Optional.of(durationValue("X", lower(bare).replaceAll("s$", "")));
    String num = c.group("num");
    String unit = lower(c.group("unit")).replace("centuries", "century");
    if (num == null) return Optional.of(durationValue("1", unit));
    if (c.group("andhalf") != null) {
      OptionalInt whole = NumberWords.parse(num);
      return Optional.of(whole.isPresent() ? andAHalf(whole.getAsInt(), unit) : durationValue("X", unit));
    }
    if (num.endsWith("1/2")) return Optional.of(andAHalf(Integer.parseInt(num.replaceAll("\\D.*", "")), unit));
    OptionalInt n = NumberWords.parse(num);
    String amount = n.isPresent() ? Integer.toString(n.getAsInt()) : "X";
    if (lower(num).startsWith("half") || lower(num).endsWith("half")) amount = "0.5";
    return Optional.of(durationValue(amount, unit));
  }

  /** "5 1/2 hours" is PT5H30M, "2-1/2 years" P2Y6M: the half in the next smaller unit. */
  private static String andAHalf(int whole, String unit) {
    return switch (unit) {
      case "hour" -> "PT" + whole + "H30M";
      case "minute" -> "PT" + whole + "M30S";
      case "day" -> "P" + whole + "DT12H";
      case "year" -> "P" + whole + "Y6M";
      case "decade" -> "P" + (whole * 10 + 5) + "Y";
      default -> durationValue(whole + ".5", unit);
    };
  }

  /**
   * ISO 8601 duration: "three days" P3D, "two hours" PT2H, "two quarters" P2Q (TimeML's quarter). ISO has no decade or century designator,
   * so "two decades" is P20Y and "a century" P100Y (vague amounts: PXY, as TimeML writes them).
   */
  static String durationValue(String amount, String unit) {
    return switch (unit) {
      case "second" -> "PT" + amount + "S";
      case "minute" -> "PT" + amount + "M";
      case "hour" -> "PT" + amount + "H";
      case "day", "night" -> "P" + amount + "D";
      case "week" -> "P" + amount + "W";
      case "month" -> "P" + amount + "M";
      case "quarter" -> "P" + amount + "Q";
      case "decade" -> "P" + timesYears(amount, 10) + "Y";
      case "century" -> "P" + timesYears(amount, 100) + "Y";
      default -> "P" + amount + "Y";
    };
  }

  private static String timesYears(String amount, int years) {
    if (amount.equals("X")) return "X";
    return new java.math.BigDecimal(amount).multiply(java.math.BigDecimal.valueOf(years))
        .stripTrailingZeros().toPlainString();
  }

  static String set(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (EverySoMany.applies(w)) return EverySoMany.value(w);
    if (w.startsWith("hour")) return "PT1H";
    if (w.endsWith("weekend")) return "XXXX-WXX-WE";
    if (w.contains("day") || w.contains("night") || w.contains("morning") || w.equals("daily")) return "P1D";
    if (w.contains("week")) return "P1W";
    if (w.startsWith("quarter")) return "P3M";
    if (w.endsWith(" quarter")) return "P1Q"; // "every quarter", as TimeML writes a quarter
    if (w.contains("month")) return "P1M";
    return "P1Y";
  }

  private static OptionalInt ordinal(String ord) {
    if (ord == null) return OptionalInt.empty();
    return switch (ord.toLowerCase(Locale.ROOT)) {
      case "first", "1st" -> OptionalInt.of(1);
      case "second", "2nd" -> OptionalInt.of(2);
      case "third", "3rd" -> OptionalInt.of(3);
      case "fourth", "4th", "last", "final" -> OptionalInt.of(4);
      default -> OptionalInt.empty();
    };
  }
}
