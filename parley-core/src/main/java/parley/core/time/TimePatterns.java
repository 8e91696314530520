package parley.core.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.time.TimeTriggers.Trigger;

/**
 * The regular expressions that find English time expressions, compiled once. Each rule has a
 * {@link Kind} that tells {@link TimeValueResolver} how to read its named groups. Where rules
 * overlap, the longest match wins (then the earlier rule).
 */
final class TimePatterns {
  enum Kind {
    ISO_DATE, SLASH_DATE, MONTH_DAY, DAY_MONTH, MONTH_YEAR, MONTH, WEEKDAY, NAMED_DAY, RELATIVE,
    YEAR_END, YEAR_AGO, OFFSET, YEAR, DECADE, QUARTER, QUARTER_RELATIVE, SEASON, REFERENCE,
    DURATION, CLOCK, HOLIDAY, SET, CENTURY, ANAPHOR, MONTH_WEEK
  }

  /** One match of one rule: where it is and its groups. */
  record Candidate(Kind kind, int start, int end, Map<String, String> groups) {
    int length() {
      return end - start;
    }

    /** The text of a named group, or null when the rule has no such group or it did not match. */
    String group(String name) {
      return groups.get(name);
    }
  }

  private record Rule(Kind kind, Set<Trigger> triggers, Pattern pattern, List<String> groupNames) {}

  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  static final String NUMBER_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
      + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
      + "|sixty|seventy|eighty|ninety|hundred";
  static final String NUMBER = "(?:\\d+(?:[- ]1/2|\\.\\d+)?|(?:" + NUMBER_WORD + ")(?:[- ](?:one|two|three|four"
      + "|five|six|seven|eight|nine))?|an?|several|a few|few|a couple of|a couple|some|many"
      + "|half a|a half|couple of)";
  /**
   * "the past" names the past only as a noun: before a count or a unit ("the past nine contests",
   * "the past two polls", "the past months") it is an adjective of what follows.
   */
  private static final String PAST_NOT_ADJECTIVE = "(?!\\s+(?:\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten"
      + "|eleven|twelve|a few|few|several|many|couple|dozen|days|weeks|months|quarters|years|decades)\\b))";

  private static final String PREP = "(?:(?<prep>on|in|since|by|until|till|during|as of|for|from|"
      + "through|before|after|at|within)\\s+)?";
  private static final String EDGE = "(?:(?<edge>early|mid|late|earlier|later|the end of|the beginning of|"
      + "the start of|the middle of|the first half of|the second half of|the last half of|the end|end of|end-|mid-)"
      + "[\\s-]*(?:in\\s+)?)?";
  private static final String MONTH_FULL = "(?-i:January|February|March|April|May|June|July|August|"
      + "September|October|November|December)";
  private static final String MONTH_ANY = "(?-i:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|"
      + "Apr(?:il|\\.)?|May|Jun(?:e|\\.)?|Jul(?:y|\\.)?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|"
      + "Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
  private static final String WEEKDAY = "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\d)";
  private static final String UNITS_WORD = "(?:one|two|three|four|five|six|seven|eight|nine)";
  private static final String TEENS_WORD = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
      + "|eighteen|nineteen)";
  /** A year said in words: "nineteen ninety-six", "nineteen oh five", "two thousand and one". */
  static final String SPOKEN_YEAR = "(?:(?:eighteen|nineteen)[\\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy"
      + "|eighty|ninety)(?:[\\s-]+" + UNITS_WORD + ")?|" + TEENS_WORD + "|oh[\\s-]+" + UNITS_WORD + ")"
      + "|two[\\s-]+thousand(?:[\\s-]+(?:and[\\s-]+)?(?:" + TEENS_WORD + "|" + UNITS_WORD + "|twenty))?)";
  private static final String YEAR4 = "(?:1[6-9]\\d\\d|20\\d\\d|" + SPOKEN_YEAR + ")";
  private static final String PART = "(?:\\s+(?<part>morning|afternoon|evening|night))?";
  /** Dawn and dusk: TimeML values them as the morning and the evening they open and close. */
  static final String DAYBREAK = "(?:dawn|daybreak|sunrise|dusk|sunset|nightfall)";
  private static final String ORDINAL = "(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)";
  private static final String END = "(?!\\w)";
  /** The day a clock time names right after it: "10 p.m. Wednesday", "noon yesterday". */
  private static final String CLOCK_DAY = "(?:,?\\s+(?:on\\s+)?(?:(?<wd>" + WEEKDAY + ")|(?<dayword>today|yesterday"
      + "|tomorrow)))?";

  /** Time zone abbreviations, in capitals only: "6 a.m. EST" but not "6 a.m. near". */
  private static final String ZONE = "(?-i:GMT|UTC|[ECMP][SD]T|BST|CET|CEST|EET|EEST|MSK|IST|JST|KST|HKT|SGT"
      + "|AEST|AEDT)";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  /** A unit counted right after a number said in words: "two thousand years" is no year. */
  private static final Pattern UNIT_AFTER = Pattern.compile("\\s+(?:years|months|weeks|days)\\b", Pattern.CASE_INSENSITIVE);
  /** Context kept around a trigger word: enough for "as of the end of" before and a year after. */
  private static final int MARGIN = 60;

  private static final List<Rule> RULES = List.of(
      rule(Kind.ISO_DATE, EnumSet.of(Trigger.YEAR), "\\b" + PREP + "(?<year>" + YEAR4 + ")-(?<mon>[01]\\d)-(?<day>[0-3]\\d)" + END),
      rule(Kind.SLASH_DATE, EnumSet.of(Trigger.SLASH), "\\b" + PREP + "(?<mon>[01]?\\d)/(?<day>[0-3]?\\d)/(?<year>\\d{4}|\\d\\d)" + END),
      rule(Kind.MONTH_DAY, EnumSet.of(Trigger.MONTH), "\\b" + PREP + "(?:(?<weekof>the week of)\\s+)?" + EDGE + "(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?<mon>" + MONTH_ANY
          // "the April 10-year bond" names no day; "July 31 last year" is last year's
          + ")\\s*" + DAY + "(?!-[A-Za-z])(?:,?\\s*(?<year>" + YEAR4 + ")|\\s+(?<ymod>last|this|next)\\s+year)?" + END),
      // "effective July one, 1986": a day in words, read as one only with its year
      rule(Kind.MONTH_DAY, EnumSet.of(Trigger.MONTH), "\\b" + PREP + EDGE + "(?<mon>" + MONTH_ANY + ")\\s+(?<spelledday>"
          + SpelledDays.PATTERN + "),?\\s*(?<year>" + YEAR4 + ")" + END),
      rule(Kind.DAY_MONTH, EnumSet.of(Trigger.MONTH), "\\b" + PREP + "(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?:the\\s+)?" + DAY
          + "\\s+(?:of\\s+)?(?<mon>" + MONTH_ANY + ")(?:,?\\s*(?<year>" + YEAR4 + "))?" + END),
      rule(Kind.MONTH_YEAR, EnumSet.of(Trigger.MONTH), "\\b" + PREP + EDGE + "(?<mon>" + MONTH_ANY + "),?\\s+(?:of\\s+)?(?<year>"
          + YEAR4 + ")" + END),
      rule(Kind.MONTH, EnumSet.of(Trigger.MONTH), "\\b" + PREP + EDGE + "(?:(?<mod>last|next|this|coming|past|previous)\\s+)?(?<mon>"
          + MONTH_FULL + ")(?:\\s+(?:of\\s+)?(?<ymod>last|this|next) year)?" + END),
      rule(Kind.WEEKDAY, EnumSet.of(Trigger.WEEKDAY), "\\b" + PREP + EDGE + "(?:(?<mod>last|next|this|coming|past|previous|preceding|following)\\s+)?(?<wd>"
          + WEEKDAY + ")(?:'s)?" + PART + END),
      // "at dawn on Friday", "Friday at dusk": a weekday in the part of it dawn or dusk falls in
      rule(Kind.WEEKDAY, EnumSet.of(Trigger.WEEKDAY), "\\b" + PREP + "(?<part>" + DAYBREAK + ")\\s+(?:on\\s+)?(?<wd>" + WEEKDAY + ")" + END),
      rule(Kind.WEEKDAY, EnumSet.of(Trigger.WEEKDAY), "\\b" + PREP + "(?<wd>" + WEEKDAY + ")\\s+(?:at|before|after)\\s+(?<part>" + DAYBREAK + ")" + END),
      // "at dawn", "before dusk": a part of the day the story talks about (UnnamedDayParts)
      rule(Kind.NAMED_DAY, EnumSet.of(Trigger.DAY_WORD), "\\b(?<prep>at|before|after|by|until|from)\\s+(?<inthe>)(?<part>" + DAYBREAK + ")" + END),
      // "the first week of May": the ISO week most of its days lie in
      rule(Kind.MONTH_WEEK, EnumSet.of(Trigger.MONTH), "\\b" + PREP + "(?:the\\s+)?(?<wkord>first|second|third|fourth|last|final)\\s+week\\s+(?:of|in)\\s+"
          + "(?<mon>" + MONTH_ANY + ")(?:,?\\s+(?<year>" + YEAR4 + "))?" + END),
      rule(Kind.NAMED_DAY, EnumSet.of(Trigger.DAY_WORD), "\\b" + PREP + EDGE + "(?<named>the day before yesterday|the day after tomorrow"
          + "|yesterday|today|tomorrow|tonight|last night|overnight|this morning|this afternoon"
          + "|this evening)" + PART + END),
      // "mid-afternoon yesterday", "late evening today", "mid-morning": a part of a named day (the anchor's)
      rule(Kind.NAMED_DAY, EnumSet.of(Trigger.DAY_WORD), "\\b" + PREP + "(?:(?<dedge>early|mid|late)[\\s-]*)?"
          + "(?<part>morning|afternoon|evening)\\s+(?<named>yesterday|today|tomorrow)" + END),
      rule(Kind.NAMED_DAY, EnumSet.of(Trigger.DAY_WORD), "\\b" + PREP + "(?<dedge>mid)[\\s-]*(?<part>morning|afternoon|evening)" + END),
      // "in the morning": a part of the day the story talks about (UnnamedDayParts)
      rule(Kind.NAMED_DAY, EnumSet.of(Trigger.DAY_WORD), "\\b(?<prep>in|during)\\s+(?<inthe>the)\\s+(?<part>morning|afternoon|evening)" + END),
      // "this past week", "this past weekend": the one just over ("this past year" may be the last twelve months)
      rule(Kind.RELATIVE, EnumSet.of(Trigger.UNIT), "\\b" + PREP + EDGE + "(?<mod>this past)\\s+(?<unit>week|weekend)" + END),
      rule(Kind.RELATIVE, EnumSet.of(Trigger.UNIT), "\\b" + PREP + EDGE + "(?<mod>last|next|this|coming|current|previous|the latest|the most recent|the|the full|the whole|the entire)\\s+"
          + "(?:fiscal\\s+)?(?<unit>year|month|week|weekend|decade|century)" + END + "(?!\\s+end(?:ed|ing)\\b)"),
      // "for the year ended Sept. 30": a year's length, ending on the date given
      rule(Kind.DURATION, EnumSet.of(Trigger.UNIT), "\\b" + PREP + "the\\s+(?:fiscal\\s+)?(?<unit>year)(?=\\s+end(?:ed|ing)\\b)"),
      rule(Kind.RELATIVE, EnumSet.of(Trigger.UNIT), "\\b" + PREP + "(?<edge>earlier|later)\\s+in\\s+the\\s+(?<unit>year|month|week|day)" + END),
      rule(Kind.YEAR_END, EnumSet.of(Trigger.UNIT), "\\b" + PREP + "(?:the\\s+)?(?<unit>year|month|quarter)(?<joined>(?:'s)?[- ]?)end" + END),
      rule(Kind.YEAR_AGO, EnumSet.of(Trigger.UNIT), "\\b" + PREP + "(?:the\\s+)?(?:comparable\\s+|same\\s+)?year[- ](?:ago|earlier)"
          + "(?:\\s+" + ORDINAL + ")?(?:\\s+(?<unit>quarter|period|month|week))?" + END),
      // "the corresponding period last year", "last year's quarter": the same span one year back
      // ("the final quarter last year" is the last one of last year, no comparison)
      rule(Kind.YEAR_AGO, EnumSet.of(Trigger.UNIT), "\\b" + PREP + "(?:(?:the\\s+)?(?:(?:same|corresponding|comparable)\\s+)?"
          + "(?<!(?:final|first|second|third|fourth|fiscal)\\s)(?<unit>quarter|period|month|week)\\s+(?:of\\s+)?(?:last year|a year (?:ago|earlier))"
          + "|last year's\\s+(?:comparable\\s+|same\\s+)?(?:quarter|period))" + END),
      rule(Kind.OFFSET, EnumSet.of(Trigger.UNIT), "\\b" + PREP + "(?:(?:just\\s+|only\\s+)?(?:almost|nearly|about|some|more than|less than|roughly|at least"
          + "|up to|over|under|just|only)\\s+)?"
          + "(?<num>" + NUMBER + ")[\\s-]+(?:(?:trading|business|working)\\s+)?"
          + "(?<unit>second|minute|hour|day|week|month|year|decade|century)s?"
          + "(?:\\s+or\\s+so)?(?:\\s+(?<dir>ago|earlier|later|from now|hence)" + END
          // "three days after the vote": the length is the expression, the event it counts from is not
          + "|(?=\\s+(?<after>before|after)" + END + "))"),
      rule(Kind.YEAR, EnumSet.of(Trigger.YEAR), "(?<![\\w$£€#.,/'’-]|(?<![\\w-])(?:pre|post)-)" + PREP + EDGE + "(?:(?<fiscal>fiscal|the year|calendar)\\s+"
          + "(?:year\\s+)?)?(?<year>" + YEAR4 + ")"
          // "the 1987/88 crop year": a split year is one expression, named by the year it starts in
          + "(?:/(?<split>\\d\\d)(?![\\w/]))?(?![\\w%'’-]|[.,]\\d)"),
      rule(Kind.DECADE, EnumSet.of(Trigger.YEAR), "\\b" + PREP + EDGE + "(?:the\\s+)?(?:(?<edge2>early|mid|late)[\\s-]+)?"
          + "(?<dec>1[6-9]\\d0|20\\d0)'?s" + END),
      rule(Kind.YEAR, EnumSet.of(Trigger.YEAR), ClippedYear.PATTERN),
      rule(Kind.DECADE, EnumSet.of(Trigger.YEAR), "\\b" + PREP + EDGE + "the\\s+(?:(?<edge2>early|mid|late)[\\s-]+)?"
          + "(?<decword>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)" + END),
      rule(Kind.DECADE, EnumSet.of(Trigger.YEAR), "(?<![\\w-])" + PREP + "(?:(?:the|its)\\s+)?(?<edge>pre|post|mid)-"
          + "(?<dec>1[6-9]\\d0|20\\d0)'?s" + END),
      // "the '80s", "the late '90s": the decade of that name in the anchor's century, or the one before
      rule(Kind.DECADE, EnumSet.of(Trigger.YEAR), "(?<![\\w'’])" + PREP + EDGE + "(?:the\\s+)?(?:(?<edge2>early|mid|late)[\\s-]+)?"
          + "['’](?<decshort>\\d0)s" + END),
      rule(Kind.CENTURY, EnumSet.of(Trigger.UNIT), "\\b" + PREP + EDGE + "(?:the\\s+)?(?<cent>1\\d|2[01]|[2-9])(?:st|nd|rd|th)"
          + "[\\s-]+century" + END),
      rule(Kind.ANAPHOR, EnumSet.of(Trigger.UNIT, Trigger.DAY_WORD), "\\b" + PREP + "(?:(?<edge>earlier|later)\\s+)?"
          + "(?<amod>that|that same|the same|the following|the next|the previous|the preceding|the prior)\\s+"
          + "(?<unit>day|morning|afternoon|evening|night|week|month|year|quarter)" + END),
      rule(Kind.QUARTER, EnumSet.of(Trigger.UNIT), "\\b" + PREP + "(?:(?:the|its|a|an)\\s+)?(?:(?<qyear>" + YEAR4 + ")(?:'s)?\\s+|"
          + "(?<mod>last|this|next|current|latest|previous|same)\\s+|(?<yearmod>last|this|next) year's\\s+)?"
          + "(?:flat\\s+|strong\\s+|weak\\s+)?(?:fiscal[\\s-]+)?" + ORDINAL + "[\\s-]+(?<unit>quarter|half)"
          + "(?:\\s+of\\s+(?:(?:fiscal\\s+)?(?<ofyear>" + YEAR4 + ")|(?<ofmod>this|last|next|the) (?:fiscal )?year))?" + END),
      // "the last quarter of the year", "the final quarter of 2021": the fourth
      rule(Kind.QUARTER, EnumSet.of(Trigger.UNIT), "\\b" + PREP + "the\\s+(?<ord>last|final)\\s+(?<unit>quarter)\\s+of\\s+"
          + "(?:(?<ofyear>" + YEAR4 + ")|(?<ofmod>this|last|next|the) (?:fiscal )?year)" + END),
      // "the first two quarters of 1990" is its first half
      rule(Kind.QUARTER, EnumSet.of(Trigger.UNIT), "\\b" + PREP + "(?:the\\s+)?(?<halfq>first|last|final|second)\\s+two\\s+"
          + "(?:fiscal\\s+)?quarters\\s+of\\s+(?:(?<ofyear>" + YEAR4 + ")|(?<ofmod>this|last|next|the) (?:fiscal )?year)" + END),
      rule(Kind.QUARTER_RELATIVE, EnumSet.of(Trigger.UNIT), "\\b" + PREP + "(?<mod>the|this|last|next|latest|current|previous"
          + "|the latest|the current|the previous|the past|the last|the most recent)\\s+"
          + "(?:fiscal\\s+)?(?<unit>quarter)" + END),
      // results reporting: "the latest period" is the last quarter reported
      rule(Kind.QUARTER_RELATIVE, EnumSet.of(Trigger.REFERENCE), "\\b" + PREP + "(?<mod>the latest|the most recent)\\s+period" + END),
      rule(Kind.SEASON, EnumSet.of(Trigger.SEASON), "\\b" + PREP + EDGE + "(?:(?<mod>last|this|next|coming|past|the)\\s+)"
          + "(?:(?:early|mid|late)[\\s-]+)?(?<season>spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(?<year>" + YEAR4 + "))?" + END
          // "after the fall of the government": a fall of something is no season
          + "(?!\\s+of\\b)"),
      rule(Kind.SEASON, EnumSet.of(Trigger.SEASON), "\\b" + PREP + EDGE + "(?<season>spring|summer|autumn|winter|fall)\\s+(?:of\\s+)?"
          + "(?<year>" + YEAR4 + ")" + END),
      // "Islam will one day be ...": "one day" after a modal is some day ahead, not a day's length
      rule(Kind.REFERENCE, EnumSet.of(Trigger.UNIT), "(?<=\\b(?:will|would|could|may|might|can|shall|should)\\s)"
          + "(?<ref>one day)(?=\\s+[a-z])" + END),
      rule(Kind.REFERENCE, EnumSet.of(Trigger.REFERENCE, Trigger.UNIT), "\\b(?<ref>right now|now|currently|nowadays|at present|presently|these days"
          + "|at the moment|recently|lately|in recent (?:years|months|weeks|days)|recent years|previously"
          + "|formerly|in (?:years|days|times) past|(?:years|months|decades) from now|in the past" + PAST_NOT_ADJECTIVE + "|the past" + PAST_NOT_ADJECTIVE + "|in the future|the future|the near future|soon|shortly"
          + "|for now|then[- ]current|current|recent|future|the near term|the short term|the long term|in the long run"
          + "|(?:the\\s+)?(?:coming|future|past|recent) (?:days|weeks|months|quarters|years|decades)"
          + "|the (?:days|weeks|months|quarters|years|decades) ahead|an? (?:later|future|earlier) date)" + END),
      rule(Kind.DURATION, EnumSet.of(Trigger.UNIT), "\\b" + PREP + "(?:(?:the|a|an)\\s+)?(?:(?<mod>past|last|next|previous|coming|"
          + "first|final|following)\\s+)?(?:(?<approx>almost|nearly|about|more than|less than|over|some|"
          + "roughly|at least|up to|another)\\s+)?(?<num>" + NUMBER + ")[\\s-]+(?:(?<extra>more|additional|further|extra"
          + "|trading|business|working|consecutive|straight|successive)\\s+)?(?<unit>second|minute|hour|day|"
          + "night|week|month|quarter|year|decade|centuries|century)s?(?:-long)?(?!-old)"
          + "(?!\\s+(?:ago|earlier|later|old|before|after|from now)\\b)" + END),
      // "a minute and a half", "two hours and a half": the half in the next smaller unit
      rule(Kind.DURATION, EnumSet.of(Trigger.UNIT), "\\b" + PREP + "(?:(?<approx>almost|nearly|about|more than|less than|over"
          + "|some|roughly|at least|up to)\\s+)?(?<num>an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)[\\s-]+"
          + "(?<unit>second|minute|hour|day|week|month|year)s?\\s+and\\s+(?<andhalf>a half)" + END),
      // "a day-long strike", "a week-long visit": one unit
      rule(Kind.DURATION, EnumSet.of(Trigger.UNIT), "\\b(?<unit>hour|day|week|month|year)-long" + END),
      // "months of talks", "after years of war": an unknown number of units (not "the years of")
      rule(Kind.DURATION, EnumSet.of(Trigger.UNIT), "(?<!\\b(?:the|those|these|its|his|her|their|our|my|early|first"
          + "|last|final|heady|golden|dark|or|and)\\s)\\b(?<bare>days|weeks|months|years|decades)(?=\\s+of\\s)"),
      // "the first time in years.": a length before the clause ends
      rule(Kind.DURATION, EnumSet.of(Trigger.UNIT), "\\b(?<prep>in)\\s+(?<bare>weeks|months|years|decades)(?=\\s*[.,;!?]|\\s*$)"),
      rule(Kind.DURATION, EnumSet.of(Trigger.UNIT), "\\b(?:(?<prep>for|within|in|over)\\s+)?(?<mod>the past|the last|the next|"
          + "the previous|the coming)\\s+(?<unit>day|week|month|year|decade|century)" + END),
      rule(Kind.DURATION, EnumSet.of(Trigger.UNIT), "\\b(?<prep>for|within|over)\\s+(?<bare>days|weeks|months|years|decades|hours|centuries)" + END),
      // "over the years", "in the years that followed", "in the first hours of the war": a stretch of unknown length
      rule(Kind.DURATION, EnumSet.of(Trigger.UNIT), "\\b(?<prep>over|in|during|through|throughout)\\s+the\\s+(?:(?:early|first"
          + "|final|closing|later)\\s+)?(?<bare>hours|days|weeks|months|years|decades)(?=\\s+(?:that|since|before|after|of|when"
          + "|leading|following)\\b|\\s*[.,;!?]|\\s+(?:many|several|more|much|the)\\b)"),
      // "just months ago": some units back, their number untold
      rule(Kind.OFFSET, EnumSet.of(Trigger.UNIT), "\\b(?<unit>day|week|month|year|decade)s\\s+(?<dir>ago)" + END),
      // "hours later", "days later": some units after the time told, their number untold
      rule(Kind.OFFSET, EnumSet.of(Trigger.UNIT), "\\b(?<unit>minute|hour|day|week|month|year)s(?:\\s+(?<dir>later)" + END
          + "|(?=\\s+(?<after>before|after)" + END + "))"),
      rule(Kind.DURATION, EnumSet.of(Trigger.UNIT), "\\b(?<bare>days|weeks|months|years|decades|hours)-long" + END),
      rule(Kind.CLOCK, EnumSet.of(Trigger.CLOCK), "\\b" + PREP + "(?<hh>[01]?\\d)(?:[:.](?<mm>[0-5]\\d))?\\s*(?<ampm>a\\.m\\.|p\\.m\\."
          + "|am|pm)(?:\\s+(?<tz>" + ZONE + "))?" + CLOCK_DAY + END),
      rule(Kind.CLOCK, EnumSet.of(Trigger.CLOCK), "\\b" + PREP + "(?<hh>[0-2]?\\d):(?<mm>[0-5]\\d)(?:\\s+(?<tz>" + ZONE + "))?" + CLOCK_DAY + END),
      // "at 0300 local time", "from 0700 to 1900 GMT": four digits are a clock time only with a zone after them
      rule(Kind.CLOCK, EnumSet.of(Trigger.CLOCK), "\\b" + PREP + "(?<hh>[01]\\d|2[0-3])(?<mm>[0-5]\\d)\\s+(?:(?<tz>" + ZONE + ")|local\\s+time)"
          + CLOCK_DAY + END),
      rule(Kind.CLOCK, EnumSet.of(Trigger.CLOCK), "\\b" + PREP + "(?<hh>[01]\\d|2[0-3])(?<mm>[0-5]\\d)(?=\\s*(?:-|–|to|and|until|till)\\s*"
          + "(?:[01]\\d|2[0-3])[0-5]\\d\\s+(?:" + ZONE + "|local\\s+time))"),
      rule(Kind.CLOCK, EnumSet.of(Trigger.CLOCK), "\\b" + PREP + "(?<named>noon|midnight|midday)" + CLOCK_DAY + END),
      // "4 in the morning", "9 o'clock in the evening"
      rule(Kind.CLOCK, EnumSet.of(Trigger.CLOCK), "\\b" + PREP + "(?<hh>[01]?\\d)(?::(?<mm>[0-5]\\d))?\\s+(?:o'clock\\s+)?"
          + "in\\s+the\\s+(?<dpart>morning|afternoon|evening|night)" + CLOCK_DAY + END),
      rule(Kind.HOLIDAY, EnumSet.of(Trigger.HOLIDAY), "\\b" + PREP + "(?<holiday>Christmas Eve|Christmas Day|Christmas|New Year['’]s Eve|"
          + "New Year['’]s Day|New Year|Thanksgiving Day|Thanksgiving|(?<!['’]s )(?-i:Independence Day)|Halloween|(?-i:Election Day)"
          + "|(?-i:Labor Day|Memorial Day|Veterans Day|Inauguration Day|Bastille Day)"
          + "|(?-i:Easter(?: Sunday| Monday|[- ]week)?|Good Friday)(?!\\s+(?:Island|Rising|eggs?|bunny|Egg)\\b))"
          + "(?:\\s+(?<year>" + YEAR4 + "))?" + END),
      // "after 9/11": the attacks of September 11, 2001, named by their date
      rule(Kind.HOLIDAY, EnumSet.of(Trigger.SLASH), "(?<![\\w/.-])" + PREP + "(?<holiday>9/11)(?![\\w/]|[.-]\\d)"),
      rule(Kind.SET, EnumSet.of(Trigger.SET, Trigger.UNIT), "\\b(?<set>daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly"
          + "|every (?:day|weekend|week|month|quarter|year|night|morning)|each (?:day|weekend|week|month|quarter|year)"
          // "every other week", "every two years": one time in so many units
          + "|every\\s+" + EverySoMany.COUNT + "\\s+(?:days?|weeks?|months?|years?)"
          + "|(?:a|per) (?:day|week|month|year))" + END),
      rule(Kind.SET, EnumSet.of(Trigger.SET, Trigger.WEEKDAY), "\\b(?:(?:every|each)\\s+(?:other\\s+)?(?<wd>" + WEEKDAY + ")" + PART
          + "|(?<wd2>" + WEEKDAY + ")(?:s|\\s+(?<parts>mornings|afternoons|evenings|nights))"
          + "|(?:every|each)\\s+(?<mon>" + MONTH_FULL + "))" + END));

  private static Rule rule(Kind kind, Set<Trigger> triggers, String regex) {
    List<String> names = new ArrayList<>();
    Matcher m = GROUP_NAME.matcher(regex);
    while (m.find()) names.add(m.group(1));
    return new Rule(kind, triggers, Pattern.compile(regex, FLAGS), List.copyOf(names));
  }

  private TimePatterns() {}

  /** Every time expression in {@code text}: non-overlapping, longest first, in text order. */
  static List<Candidate> find(CharSequence text) {
    List<Candidate> all = new ArrayList<>();
    Map<Trigger, List<int[]>> windows = TimeTriggers.windows(text, MARGIN);
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      for (int[] window : TimeTriggers.union(windows, rule.triggers())) {
        m.region(window[0], window[1]);
        while (m.find()) {
          if (m.end() > m.start()) {
            Candidate candidate = candidate(rule, m);
            if (acceptable(candidate, text)) all.add(candidate);
          }
        }
      }
    }
    all.sort(Comparator.comparingInt(Candidate::length).reversed()
        .thenComparingInt(c -> c.kind().ordinal()).thenComparingInt(Candidate::start));
    List<Candidate> chosen = new ArrayList<>();
    java.util.TreeMap<Integer, Integer> taken = new java.util.TreeMap<>();
    for (Candidate c : all) {
      var before = taken.floorEntry(c.end() - 1);
      if (before != null && before.getValue() > c.start()) continue;
      chosen.add(c);
      taken.put(c.start(), c.end());
    }
    List<Candidate> joined = new ArrayList<>(ConjoinedWeekdaySets.join(ConjoinedDays.join(chosen, text), text));
    joined.sort(Comparator.comparingInt(Candidate::start));
    return joined;
  }

  private static Candidate candidate(Rule rule, Matcher m) {
    Map<String, String> groups = new HashMap<>();
    for (String name : rule.groupNames()) {
      if (m.group(name) != null) groups.put(name, m.group(name));
    }
    if (groups.containsKey("after")) groups.put("dir", groups.get("after"));
    if (groups.containsKey("spelledday")) groups.put("day", SpelledDays.number(groups.get("spelledday")));
    String year = groups.get("year");
    if (year != null && !Character.isDigit(year.charAt(0))) {
      spokenYear(year).ifPresent(y -> groups.put("year", Integer.toString(y)));
    }
    return new Candidate(rule.kind(), m.start(), m.end(), groups);
  }

  /** "nineteen ninety-six" is 1996, "nineteen oh five" 1905, "two thousand and one" 2001. */
  static java.util.OptionalInt spokenYear(String words) {
    String w = words.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s-]+", " ").replace(" and ", " ");
    if (w.startsWith("two thousand")) {
      String rest = w.substring("two thousand".length()).trim();
      if (rest.isEmpty()) return java.util.OptionalInt.of(2000);
      java.util.OptionalInt n = NumberWords.parse(rest);
      return n.isPresent() ? java.util.OptionalInt.of(2000 + n.getAsInt()) : n;
    }
    String[] parts = w.split(" ", 2);
    if (parts.length < 2) return java.util.OptionalInt.empty();
    java.util.OptionalInt century = NumberWords.parse(parts[0]);
    java.util.OptionalInt rest = NumberWords.parse(parts[1].replaceFirst("^oh ", ""));
    if (century.isEmpty() || rest.isEmpty() || rest.getAsInt() > 99) return java.util.OptionalInt.empty();
    return java.util.OptionalInt.of(century.getAsInt() * 100 + rest.getAsInt());
  }

  /** "a quarter", "three-quarters", "two quarters of": a fraction unless a modifier makes it a span. */
  private static boolean isFraction(Candidate c, CharSequence text) {
    if (c.group("mod") != null) return false;
    String num = c.group("num") == null ? "" : c.group("num").toLowerCase(java.util.Locale.ROOT);
    if (num.matches("several|a few|few|many")) return false; // "several quarters of losses" are spans
    String rest = text.subSequence(c.end(), Math.min(text.length(), c.end() + 4)).toString();
    boolean hyphen = text.subSequence(c.start(), c.end()).toString().matches("(?s).*\\w-quarters?");
    return num.equals("a") || num.equals("an") || hyphen || rest.startsWith(" of");
  }

  /** "the March accession", "a May deadline": a month naming the time of the noun after it. */
  private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:the|a|its|their|his|her)\\s+$");
  private static final Pattern NOUN_AFTER = Pattern.compile("\\s+(?!(?:on|of|to|for|from|in|at|by|with|and|or|as|is|was"
      + "|were|are|be|been|that|which|who|through|against|past|into"
      // "the May government": a person's name, as the head of a government or a camp
      + "|government|administration|cabinet|ministry|spokesman|spokeswoman|camp|era|family)\\b)[a-z]{3,}\\b");

  private static boolean namesMonthBeforeNoun(Candidate c, CharSequence text) {
    return DETERMINER_BEFORE.matcher(text).region(Math.max(0, c.start() - 6), c.start()).find()
        && NOUN_AFTER.matcher(text).region(c.end(), text.length()).lookingAt();
  }

  /** "as soon as", "soon after", "shortly before": words that link two events rather than name a time. */
  private static final Pattern AS_BEFORE = Pattern.compile("(?i)\\bas\\s+$");
  private static final Pattern AS_POSSIBLE = Pattern.compile("(?i)\\s+as\\s+(?:possible|practicable|feasible)\\b");
  private static final Pattern LINK_AFTER = Pattern.compile("(?i)\\s+(?:as|after|before|thereafter|afterwards?)\\b");

  private static boolean isConnective(Candidate c, CharSequence text) {
    String ref = c.group("ref").toLowerCase(java.util.Locale.ROOT);
    if (!ref.equals("soon") && !ref.equals("shortly")) return false;
    if (AS_POSSIBLE.matcher(text).region(c.end(), text.length()).lookingAt()) return false; // "as soon as possible"
    return LINK_AFTER.matcher(text).region(c.end(), text.length()).lookingAt()
        || AS_BEFORE.matcher(text).region(Math.max(0, c.start() - 4), c.start()).find();
  }

  /** Filters matches that look like time words but are not: "May" the modal, "March" the verb. */
  private static boolean acceptable(Candidate c, CharSequence text) {
    if (TableFigures.isFigure(c, text) || OrdinalSecond.isOrdinal(c, text) || TimeWordsInNames.isName(c, text)
        || TitledTimeWords.isTitle(c, text) || TimeWordsOfSomething.belongsToANoun(c, text)
        || NonTemporalSenses.isOtherSense(c, text) || CountedQuantities.isCount(c, text)
        || MonthAsFirstName.isName(c, text)) {
      return false;
    }
    if (c.kind() == Kind.YEAR && !Character.isDigit(text.charAt(c.end() - 1))
        && UNIT_AFTER.matcher(text).region(c.end(), text.length()).lookingAt()) {
      return false; // "two thousand years" counts years, it does not name the year 2000
    }
    if (c.kind() == Kind.DURATION && "quarter".equalsIgnoreCase(c.group("unit")) && isFraction(c, text)) {
      return false; // "three-quarters of the vote", "more than a quarter": shares, not three-month spans
    }
    if (c.kind() == Kind.MONTH) {
      String mon = c.group("mon");
      boolean ambiguous = mon.equals("May") || mon.equals("March");
      if (ambiguous && c.group("prep") == null && c.group("edge") == null && c.group("mod") == null
          && !namesMonthBeforeNoun(c, text) && !MonthRangeEnd.closes(c, text)) {
        return false;
      }
    }
    if (c.kind() == Kind.REFERENCE && isConnective(c, text)) {
      return false; // "as soon as they arrive", "shortly after the vote": a link between events, no time
    }
    if (c.kind() == Kind.DURATION && c.group("num") != null) {
      String num = c.group("num").toLowerCase(java.util.Locale.ROOT);
      boolean vague = num.equals("a") || num.equals("an") || num.equals("some") || num.equals("many");
      boolean measured = c.group("approx") != null || c.group("extra") != null || c.group("andhalf") != null;
      if (vague && c.group("prep") == null && c.group("mod") == null && !measured) return false;
    }
    if (c.kind() == Kind.DURATION && c.group("num") != null && c.group("num").matches("(?:1[6-9]|20)\\d\\d")
        && ("quarter".equalsIgnoreCase(c.group("unit")) || "year".equalsIgnoreCase(c.group("unit"))
            && !text.subSequence(c.start(), c.end()).toString().matches("(?s).*(?:years|-long)"))) {
      // "the 1988 quarter" is a year's quarter, not 1,988 of them; "1986 year" the year 1986
      return false;
    }
    if (c.kind() == Kind.DURATION && c.group("prep") == null && c.group("num") == null
        && c.group("mod") != null && c.group("mod").matches("(?i)the (next|previous)")) {
      return false;
    }
    if (c.kind() == Kind.ANAPHOR && c.group("prep") != null && !c.group("amod").matches("(?i).*(that|same)")
        && c.group("prep").matches("(?i)for|within|over|through|during")) {
      return false;
    }
    if (c.kind() == Kind.QUARTER_RELATIVE && "the".equalsIgnoreCase(c.group("mod"))) {
      return true;
    }
    return true;
  }
}
