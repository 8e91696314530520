package parley.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.Document;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;
import parley.core.pipeline.Facet;
import parley.core.pipeline.Stage;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;
import parley.core.time.TimeValueResolver.Tense;

/**
 * Finds the time expressions of a document's text and resolves them against its publication date:
 * "on Friday" in a story published Sunday 2019-11-10 is 2019-11-08. Uses the sentences when present
 * (to bound the words that decide past or future), the text alone otherwise. Stateless.
 */
public final class TimeResolver implements Stage {
  @Override
  public Set<Facet> requires() {
    return EnumSet.of(Facet.TEXT);
  }

  @Override
  public Set<Facet> provides() {
    return EnumSet.of(Facet.TIMES);
  }

  @Override
  public Document apply(Document doc) {
    return doc.withTimes(resolve(doc.text(), doc.published(), doc.sentences()));
  }

  /** The time expressions of {@code text}, in text order, resolved against {@code published}. */
  public static List<TimeExpression> resolve(String text, Optional<LocalDate> published,
      List<Sentence> sentences) {
    List<Candidate> candidates = TimePatterns.find(text);
    List<TimeExpression> out = new ArrayList<>(candidates.size());
    Optional<String> reference = Optional.empty();
    for (Candidate c : candidates) {
      Span sentence = sentenceAround(text, sentences, c.start(), c.end());
      // "since March" can only look back, whatever the verb;
      String prep = TimeValueResolver.lower(c.group("prep"));
      // "given shippers until close of business on Thursday": the bound's word comes before the day part
      String bound = TenseCue.boundOnDayPart(text, sentence.start(), c.start());
      if (!bound.isEmpty()) prep = bound;
      // "until Tuesday" after "postponed" or "gave them" can only look ahead
      Tense tense = prep.equals("since") ? Tense.PAST
          : prep.matches("until|till|through") && TenseCue.defers(text, sentence.start(), c.start())
              ? Tense.AHEAD
          // "payable Jan. 2", "effective Feb. 1": a date something takes effect on is a schedule
          : TakingEffect.before(text, sentence.start(), c.start()) ? Tense.FUTURE
          : possessiveDay(c, text) ? (prep.matches("until|till") ? Tense.FUTURE
              : TenseCue.ofPossessiveDay(text, sentence.start(), c.start(), c.end(),
                  TenseCue.of(text, sentences, sentence, c.start(), c.end())))
          : TenseCue.of(text, sentences, sentence, c.start(), c.end());
      // "a program to pay down the loan by February": a time things must be done by lies ahead
      if (tense == Tense.UNKNOWN && prep.equals("by")) tense = Tense.FUTURE;
      // "has set a hearing for July 28", "ordered them to repay the loans by December 31"
      if (tense == Tense.PAST && ArrangedDate.ahead(sentences, new Span(c.start(), c.end()), prep)) tense = Tense.FUTURE;
      if (tense == Tense.PAST && OwnPastVerb.times(text, sentences, c.start(), c.end(), prep)) tense = Tense.DONE;
      if (ComingMonthNoun.applies(c, text, tense)) tense = Tense.AHEAD;
      if (tense != Tense.AHEAD && tense != Tense.DONE && OwnFutureVerb.times(text, sentences, sentence, c.start(), c.end(), prep)) tense = Tense.AHEAD;
      Optional<String> value = Anaphora.refersBack(c) && reference.isPresent()
          ? Anaphora.resolve(c, reference.get()) : Optional.empty();
      if (value.isEmpty() && reference.isPresent() && Anaphora.isRelativeWeekday(c, text)) {
        value = Anaphora.relativeWeekday(c, reference.get());
      }
      if (value.isEmpty() && UnnamedDayParts.applies(c)) {
        value = UnnamedDayParts.lastToldDay(out, candidates, text).flatMap(d -> UnnamedDayParts.resolve(c, d, published));
      }
      FutureInThePast.LookAhead lookAhead = FutureInThePast.told(c, text, sentence.start());
      if (value.isEmpty() && tense == Tense.FUTURE && published.isPresent() && lookAhead != FutureInThePast.LookAhead.NONE) {
        value = FutureInThePast.nearestWeekday(c, published.get(), lookAhead, dayToldBefore(out, sentence, published.get()));
      }
      if (value.isEmpty()) value = SeptemberEleventh.attacks(c, text);
      if (value.isEmpty() && !(c.kind() == Kind.ANAPHOR && reference.isEmpty())) {
        value = TimeValueResolver.resolve(c, published, tense);
        if ((tense == Tense.DONE || tense == Tense.PAST) && (FrontedPastTime.opens(c, text, sentence.start())
            || tense == Tense.DONE && OwnPastVerb.timesAlone(c, text, sentences, prep))) {
          value = FrontedPastTime.notAfter(value, published);
        }
      }
      if (value.isEmpty() && c.kind() == Kind.ANAPHOR) {
        value = published.flatMap(p -> Anaphora.resolve(c, IsoValues.day(p)));
      }
      Span span = new Span(c.start(), c.end());
      out.add(new TimeExpression(span.of(text), span, value));
      // a value with an unknown part ("1989-WXX") places nothing a later "that day" could count from
      if (value.isPresent() && value.get().matches("\\d{4}[^X]*") && c.kind() != Kind.DURATION
          && !Anaphora.refersBack(c) && !UnnamedDayParts.applies(c)) {
        reference = value;
      } else if (published.isPresent() && REPORTED_MONTHS.matcher(span.of(text)).matches()) {
        // "For the nine months, ... a year earlier": the months reported so far this year are the
        // period compared, so a year earlier is last year, not the quarter named before
        reference = Optional.of(IsoValues.year(published.get().getYear()));
      }
    }
    List<TimeExpression> dated = ClockDays.attach(out, candidates, sentences, text);
    ReportedQuarter story = ReportedQuarter.of(dated, candidates, published);
    List<TimeExpression> reported = YearAgoQuarters.attach(story.attach(dated, candidates), candidates, text, story);
    List<TimeExpression> ranged = WeekdayRanges.attach(MonthRanges.attach(reported, candidates, text, published), candidates, text);
    ranged = ClockRanges.attach(ranged, candidates, text);
    List<TimeExpression> apposed = DayInApposition.attach(DayBeside.attach(ranged, text), text);
    return QuarterEnded.attach(YearInApposition.attach(apposed, text), text);
  }

  /** The months of the year reported so far: "for the nine months", "in the first six months". */
  private static final java.util.regex.Pattern REPORTED_MONTHS = java.util.regex.Pattern.compile(
      "(?i)(?:(?:for|in|during)\\s+)?the\\s+(?:first\\s+|latest\\s+)?(?:three|six|nine|3|6|9)\\s+months");

  /** The last day up to {@code published} told earlier in {@code sentence}: "said on Sunday he would leave Monday". */
  private static Optional<LocalDate> dayToldBefore(List<TimeExpression> told, Span sentence, LocalDate published) {
    for (int i = told.size() - 1; i >= 0 && told.get(i).span().start() >= sentence.start(); i--) {
      String v = told.get(i).value().orElse("");
      if (!v.matches("\\d{4}-\\d{2}-\\d{2}.*")) continue;
      LocalDate day = LocalDate.parse(v.substring(0, 10));
      if (!day.isAfter(published)) return Optional.of(day);
    }
    return Optional.empty();
  }

  /** "Tuesday's ruling", "Tuesday’s primary" (the curly "’s" left outside the match): a bare weekday in the possessive. */
  private static boolean possessiveDay(Candidate c, String text) {
    return c.kind() == Kind.WEEKDAY && c.group("mod") == null && c.group("part") == null
        && (text.substring(c.start(), c.end()).matches("(?s).*['’]s")
            || text.substring(c.end(), Math.min(text.length(), c.end() + 3)).matches("’s\\b.*|’s$"));
  }

  static Span sentenceAround(String text, List<Sentence> sentences, int start, int end) {
    for (Sentence s : sentences) {
      if (s.span().start() <= start && end <= s.span().end()) return s.span();
    }
    int from = start;
    while (from > 0 && !boundaryBefore(text, from)) from--;
    int to = end;
    while (to < text.length() && !boundaryBefore(text, to)) to++;
    return new Span(from, to);
  }

  /** A sentence starts at {@code i}: after a line break, or after ". " before a capital or quote. */
  private static boolean boundaryBefore(String text, int i) {
    char prev = text.charAt(i - 1);
    if (prev == '\n') return true;
    if (i >= 2 && Character.isWhitespace(prev)) {
      char p2 = text.charAt(i - 2);
      return (p2 == '.' || p2 == '!' || p2 == '?') && i < text.length()
          && (Character.isUpperCase(text.charAt(i)) || text.charAt(i) == '"' || text.charAt(i) == '“');
    }
    return false;
  }

  /** Kinds whose value is a calendar day a clock time in the same sentence can borrow. */
  static boolean isDay(Kind kind) {
    return kind == Kind.WEEKDAY || kind == Kind.NAMED_DAY || kind == Kind.MONTH_DAY
        || kind == Kind.DAY_MONTH || kind == Kind.ISO_DATE;
  }
}
