package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.Sentence;
import parley.core.doc.TimeExpression;
import parley.core.quote.Parses;

/** Times of day that take the day the story talks about, and numbers that count things, not years. */
class StoryDayTimesTest {
  private static final LocalDate SUNDAY = LocalDate.of(2019, 11, 10);

  private static List<TimeExpression> times(String text, List<Sentence> parsed) {
    return TimeResolver.resolve(text, Optional.of(SUNDAY), parsed);
  }

  private static String found(String text, String words, List<Sentence> parsed) {
    for (TimeExpression t : times(text, parsed)) {
      if (t.text().contains(words)) return t.text() + " = " + t.value().orElse("");
    }
    throw new AssertionError("no time expression with '" + words + "' in " + text);
  }

  private static String found(String text, String words) {
    return found(text, words, List.of());
  }

  @Test
  void clockTimeOfAnEventToldAgain_takesTheDayItWasDatedWith() {
    String text = "Guards shot a smuggler on May 4. The court met on June 9. He was shot at 10 p.m. near the fence.";
    List<Sentence> parsed = List.of(
        Parses.sentence(text, 0, 0, "Guards/NNS/2/nsubj/guard shot/VBD/0/root/shoot a/DT/4/det smuggler/NN/2/obj "
            + "on/IN/6/case May/NNP/2/obl 4/CD/6/nummod ./PUNCT/2/punct"),
        Parses.sentence(text, 1, text.indexOf("The court"), "The/DT/2/det court/NN/3/nsubj met/VBD/0/root/meet "
            + "on/IN/5/case June/NNP/3/obl 9/CD/5/nummod ./PUNCT/3/punct"),
        Parses.sentence(text, 2, text.indexOf("He was"), "He/PRP/3/nsubj:pass was/VBD/3/aux:pass/be "
            + "shot/VBN/0/root/shoot at/IN/6/case 10/CD/6/nummod p.m./NN/3/obl near/IN/9/case the/DT/9/det "
            + "fence/NN/3/obl ./PUNCT/3/punct"));
    assertThat(found(text, "10 p.m.", parsed)).isEqualTo("at 10 p.m. = 2019-05-04T22:00");
    // without the verbs, the day last named
    assertThat(found(text, "10 p.m.")).isEqualTo("at 10 p.m. = 2019-06-09T22:00");
  }

  @Test
  void clockTimeOfASaying_keepsTheDayLastNamed() {
    String text = "Aides said on May 4 it was over. The court met on June 9. Aides said at 10 p.m. it was over.";
    List<Sentence> parsed = List.of(
        Parses.sentence(text, 0, 0, "Aides/NNS/2/nsubj/aide said/VBD/0/root/say on/IN/4/case May/NNP/2/obl "
            + "4/CD/4/nummod it/PRP/8/nsubj was/VBD/8/cop/be over/RB/2/ccomp ./PUNCT/2/punct"),
        Parses.sentence(text, 1, text.indexOf("The court"), "The/DT/2/det court/NN/3/nsubj met/VBD/0/root/meet "
            + "on/IN/5/case June/NNP/3/obl 9/CD/5/nummod ./PUNCT/3/punct"),
        Parses.sentence(text, 2, text.indexOf("Aides said at"), "Aides/NNS/2/nsubj/aide said/VBD/0/root/say "
            + "at/IN/5/case 10/CD/5/nummod p.m./NN/2/obl it/PRP/8/nsubj was/VBD/8/cop/be over/RB/2/ccomp "
            + "./PUNCT/2/punct"));
    assertThat(found(text, "10 p.m.", parsed)).isEqualTo("at 10 p.m. = 2019-06-09T22:00");
  }

  @Test
  void partsOfADayNotNamed_belongToTheDayTheStoryTalksAbout() {
    assertThat(found("Shares fell on Friday. Dealers sold in the morning.", "morning"))
        .isEqualTo("in the morning = 2019-11-08TMO");
    assertThat(found("Dealers sold in the morning.", "morning")).isEqualTo("in the morning = 2019-11-10TMO");
    // a night is valued by the day it starts on
    assertThat(found("Rebels shelled the town overnight.", "overnight")).isEqualTo("overnight = 2019-11-09TNI");
    assertThat(found("Stocks closed lower on Friday, hit by overnight losses in Asia.", "overnight"))
        .isEqualTo("by overnight = 2019-11-07TNI");
  }

  @Test
  void overnight_isNoDayALaterTimeCountsFrom() {
    String text = "Stocks closed lower on Friday. Overnight losses in Asia weighed. The index is down 4% from the previous Friday.";
    assertThat(found(text, "previous Friday")).isEqualTo("previous Friday = 2019-11-01");
    assertThat(found("Gold rose overnight and fell at midday.", "midday")).isEqualTo("at midday = 2019-11-10T12:00");
  }

  @Test
  void aDayToldLongBeforeOrAfterPublication_isNotTheNightOfOvernight() {
    assertThat(found("Stocks for the week ending Nov. 22 rose overnight.", "overnight"))
        .isEqualTo("overnight = 2019-11-09TNI");
    assertThat(found("The March 3 sale went well. Buyers came in the morning.", "morning"))
        .isEqualTo("in the morning = 2019-11-10TMO");
  }

  @Test
  void daysThatQualifyANoun_orNights_areNotTheDayOfTheMorning() {
    assertThat(found("Gold rose from yesterday's close. Buyers came in the morning.", "morning"))
        .isEqualTo("in the morning = 2019-11-10TMO");
    assertThat(found("Troops left on Friday. Fighting raged overnight.", "overnight"))
        .isEqualTo("overnight = 2019-11-07TNI");
  }

  @Test
  void clockTimeAfterANight_isOnTheDayItStartsInTheEvening_theNextBeforeDawn() {
    assertThat(found("The raid began on Friday night. Police came at 11 p.m.", "11 p.m."))
        .isEqualTo("at 11 p.m. = 2019-11-08T23:00");
    assertThat(found("The raid began on Friday night. Police came at 2 a.m.", "2 a.m."))
        .isEqualTo("at 2 a.m. = 2019-11-09T02:00");
    assertThat(found("Cocoa was steady on Thursday. Prices held from last night. Volume was thin at midday.", "midday"))
        .isEqualTo("at midday = 2019-11-07T12:00");
    assertThat(found("Cocoa was unchanged from last night at midday.", "midday")).isEqualTo("at midday = 2019-11-10T12:00");
    assertThat(found("Rebels attacked on Friday night at 1 a.m.", "1 a.m.")).isEqualTo("at 1 a.m. = 2019-11-09T01:00");
  }

  @Test
  void clockTimeAfterMidnight_isOnTheNextDay() {
    assertThat(found("The speech ended on Monday night. Aides spoke just after midnight. The note came at 1:48 a.m.",
        "1:48")).isEqualTo("at 1:48 a.m. = 2019-11-05T01:48");
  }

  @Test
  void clockTimeHeadingALiveBlogEntry_isOfThePublicationDay() {
    String blog = "Voters in the state go to the polls on March 1.\n\n2:15 p.m.\n\nThe senator spoke to reporters.";
    assertThat(found(blog, "2:15")).isEqualTo("2:15 p.m. = 2019-11-10T14:15");
  }

  @Test
  void aPartOfADayNotNamed_isNoDayALaterAnaphorCountsFrom() {
    assertThat(found("The vote was on Oct. 22. Results came in the evening. The next day, rallies began.", "next day"))
        .isEqualTo("The next day = 2019-10-23");
  }

  @Test
  void overnightLendingAndDelivery_areNoTimes() {
    assertThat(times("Banks paid eight pct for overnight funds.", List.of())).isEmpty();
    assertThat(times("The overnight call rate rose.", List.of())).isEmpty();
    assertThat(times("It came by overnight courier.", List.of())).isEmpty();
    // suddenly, not at night
    assertThat(times("But it is not going to happen overnight.", List.of())).isEmpty();
    assertThat(times("Prices doubled almost overnight.", List.of())).isEmpty();
    assertThat(times("She became an overnight sensation.", List.of())).isEmpty();
    assertThat(found("The army did not move. Rebels shelled the town overnight.", "overnight"))
        .isEqualTo("overnight = 2019-11-09TNI");
  }

  @Test
  void fourDigitNumbersCountingPeopleOrThings_areNoYears() {
    assertThat(times("The army sent 2000 troops to the border.", List.of())).isEmpty();
    assertThat(times("About 1500 armed men faced 1800 Israeli soldiers.", List.of())).isEmpty();
    assertThat(times("The fund bought 1500 shares.", List.of())).isEmpty();
    // a year before its noun, or after a preposition of time, stays a year
    assertThat(found("In 1999 troops entered the town.", "1999")).isEqualTo("In 1999 = 1999");
    assertThat(found("The 1990 elections were close.", "1990")).isEqualTo("1990 = 1990");
    assertThat(found("Its 1987 earnings rose.", "1987")).isEqualTo("1987 = 1987");
    assertThat(found("NOTE: 1985 shares adjusted for the split.", "1985")).isEqualTo("1985 = 1985");
  }
}
