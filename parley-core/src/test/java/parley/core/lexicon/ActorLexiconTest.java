package parley.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.read.InputException;

class ActorLexiconTest {
  private static final ActorLexicon LEXICON = ActorLexicon.fromResources();

  private static Optional<ActorMatch> match(String text, int from) {
    return LEXICON.match(PhraseIndex.words(text), from); // tokenised as the tokenizer does: jong - un
  }

  private static String code(String text) {
    return match(text, 0).orElseThrow(() -> new AssertionError("no match: " + text)).entry().code();
  }

  @Test
  void match_capital_standsForItsCountry() {
    ActorMatch match = match("pyongyang said", 0).orElseThrow();
    assertThat(match.entry().code()).isEqualTo("PRK");
    assertThat(match.entry().kind()).isEqualTo(ActorKind.CAPITAL);
    assertThat(match.length()).isEqualTo(1);
    assertThat(code("jerusalem")).isEqualTo("ISR");
    assertThat(code("kyiv")).isEqualTo("UKR");
    assertThat(code("kiev")).isEqualTo("UKR");
    assertThat(code("washington")).isEqualTo("USA");
    assertThat(code("tehran")).isEqualTo("IRN");
  }

  @Test
  void match_longestMatchWins() {
    ActorMatch match = match("south korean officials", 0).orElseThrow();
    assertThat(match.entry().code()).isEqualTo("KOR");
    assertThat(match.entry().kind()).isEqualTo(ActorKind.ADJECTIVE);
    assertThat(match.length()).isEqualTo(2);
    assertThat(code("north korean")).isEqualTo("PRK");
    assertThat(code("korean")).isEqualTo("KOR");
  }

  @Test
  void match_possessive_leavesTheClitic() {
    ActorMatch match = LEXICON.match(List.of("north", "korea", "'s", "leader"), 0).orElseThrow();
    assertThat(match.entry().code()).isEqualTo("PRK");
    assertThat(match.length()).isEqualTo(2);
  }

  @Test
  void match_alternativeNamesAndDemonyms() {
    assertThat(code("u.s.")).isEqualTo("USA");
    assertThat(code("united states of america")).isEqualTo("USA");
    assertThat(code("americans")).isEqualTo("USA");
    assertThat(code("britain")).isEqualTo("GBR");
    assertThat(code("british")).isEqualTo("GBR");
    assertThat(code("soviet")).isEqualTo("RUS");
    assertThat(match("us", 0)).isEmpty();
  }

  @Test
  void match_organisationsAndGroups() {
    assertThat(code("u.n. security council")).isEqualTo("IGOUNO");
    assertThat(code("nato")).isEqualTo("IGONAT");
    assertThat(code("european union")).isEqualTo("IGOEEC");
    assertThat(code("world bank")).isEqualTo("IGOUNOWBK");
    assertThat(code("hamas")).isEqualTo("PSEREB");
    assertThat(code("taliban")).isEqualTo("AFGREB");
    assertThat(match("hezbollah", 0).orElseThrow().entry().kind()).isEqualTo(ActorKind.GROUP);
  }

  @Test
  void match_inTheMiddle_andNoMatch() {
    assertThat(match("talks with japan", 2).orElseThrow().entry().code()).isEqualTo("JPN");
    assertThat(match("talks with japan", 0)).isEmpty();
    assertThat(match("talks", 5)).isEmpty();
  }

  @Test
  void match_person_resolvesByDate() {
    ActorEntry kim = match("kim jong un", 0).orElseThrow().entry();
    assertThat(kim.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(kim.codeOn(LocalDate.of(2019, 11, 10))).contains("PRKGOV");
    assertThat(kim.codeOn(LocalDate.of(2005, 1, 1))).isEmpty();
    assertThat(code("kim jong-un")).isEqualTo("PRKGOV");
    ActorEntry moon = match("moon jae-in", 0).orElseThrow().entry();
    assertThat(moon.codeOn(LocalDate.of(2019, 11, 10))).contains("KORGOV");
    assertThat(moon.codeOn(LocalDate.of(2023, 1, 1))).isEmpty();
    assertThat(code("moon jae in")).isEqualTo("KORGOV");
  }

  @Test
  void match_personWithoutDate_fallsBackToLatestOffice() {
    ActorEntry guterres = match("antonio guterres", 0).orElseThrow().entry();
    assertThat(guterres.code()).isEqualTo("IGOUNO");
    assertThat(guterres.codeOn(LocalDate.of(1997, 1, 1))).contains("PRTGOV");
  }

  @Test
  void match_sharedName_coversBothPeople() {
    ActorEntry bush = match("george bush", 0).orElseThrow().entry();
    assertThat(bush.codeOn(LocalDate.of(1990, 8, 15))).contains("USAGOV");
    assertThat(bush.codeOn(LocalDate.of(2003, 3, 20))).contains("USAGOV");
    assertThat(bush.codeOn(LocalDate.of(1996, 1, 1))).isEmpty();
  }

  @Test
  void match_eraFigures() {
    LocalDate in1987 = LocalDate.of(1987, 6, 1);
    LocalDate in1996 = LocalDate.of(1996, 8, 20);
    assertThat(match("gorbachev", 0)).isEmpty();
    assertThat(match("mikhail gorbachev", 0).orElseThrow().entry().codeOn(in1987)).contains("RUSGOV");
    assertThat(match("yasser arafat", 0).orElseThrow().entry().codeOn(in1996)).contains("PSEGOV");
    assertThat(match("aslan maskhadov", 0).orElseThrow().entry().codeOn(in1996)).contains("RUSREB");
    assertThat(match("boutros boutros-ghali", 0).orElseThrow().entry().codeOn(in1996)).contains("IGOUNO");
  }

  @Test
  void personBySurname_onlyWhenUnambiguousThatDay() {
    LocalDate day = LocalDate.of(2019, 11, 10);
    assertThat(LEXICON.personBySurname("kim", day)).map(PersonEntry::name).contains("Kim Jong Un");
    assertThat(LEXICON.personBySurname("moon", day)).map(p -> p.codeOn(day).orElseThrow()).contains("KORGOV");
    assertThat(LEXICON.personBySurname("putin", day)).isPresent();
    assertThat(LEXICON.personBySurname("moon", LocalDate.of(2023, 1, 1))).isEmpty();
    assertThat(LEXICON.personBySurname("kim", LocalDate.of(1996, 1, 1))).isEmpty();
    assertThat(LEXICON.personBySurname("bush", LocalDate.of(1990, 8, 15))).map(PersonEntry::name)
        .contains("George H. W. Bush");
    assertThat(LEXICON.personBySurname("nobody", day)).isEmpty();
  }

  @Test
  void personBySurname_severalInOfficeWithOneCode_isThatCode() {
    LocalDate day = LocalDate.of(2002, 6, 1); // Igor Ivanov foreign minister, Sergei Ivanov defence minister
    assertThat(LEXICON.personBySurname("ivanov", day)).map(p -> p.codeOn(day).orElseThrow()).contains("RUSGOV");
    // North and South Korean leaders named Kim in office the same day stay ambiguous
    assertThat(LEXICON.personBySurname("kim", LocalDate.of(1999, 1, 1))).isEmpty();
  }

  @Test
  void personBySurname_commonSurnameMarkedAsTheFullName_isNoSurname() {
    LocalDate day = LocalDate.of(2008, 1, 1);
    assertThat(LEXICON.personBySurname("gates", day)).isEmpty(); // Robert Gates only by his full name
    assertThat(match("robert gates", 0)).map(m -> m.entry().kind()).contains(ActorKind.PERSON);
    assertThat(LEXICON.personBySurname("hassan", LocalDate.of(1990, 1, 1))).isEmpty(); // King Hassan
    assertThat(LEXICON.personBySurname("zeroual", LocalDate.of(1996, 1, 1))).map(PersonEntry::name).contains("Liamine Zeroual");
  }

  @Test
  void fromResources_coversEveryCountry() {
    assertThat(LEXICON.size()).isGreaterThan(1000);
  }

  @Test
  void load_malformedLine_namesFileAndLine(@TempDir Path dir) throws IOException {
    Path actors = Files.writeString(dir.resolve("actors.txt"), "# head\nKOR  country  South Korea\nPRK  contry  North Korea\n");
    Path people = Files.writeString(dir.resolve("people.txt"), "");
    assertThatThrownBy(() -> ActorLexicon.load(actors, people))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).oneLine()).endsWith("actors.txt:3: unknown kind 'contry' (country, organisation, group)"));
  }

  @Test
  void load_badPeopleDate_namesFileAndLine(@TempDir Path dir) throws IOException {
    Path actors = Files.writeString(dir.resolve("actors.txt"), "KOR  country  South Korea\n");
    Path people = Files.writeString(dir.resolve("people.txt"), "Moon Jae-in  KORGOV  2017-05-10..2022-13-09\n");
    assertThatThrownBy(() -> ActorLexicon.load(actors, people))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).oneLine()).contains("people.txt:1: bad date"));
  }

  @Test
  void load_nameClaimedByTwoCodes_isAnError(@TempDir Path dir) throws IOException {
    Path actors = Files.writeString(dir.resolve("actors.txt"), "COG  country  Congo\nCOD  country  DR Congo | Congo\n");
    Path people = Files.writeString(dir.resolve("people.txt"), "");
    assertThatThrownBy(() -> ActorLexicon.load(actors, people))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).oneLine()).endsWith("actors.txt:2: 'Congo' already names COG (Congo)"));
  }

  @Test
  void load_ownFiles_matchAsTheResources(@TempDir Path dir) throws IOException {
    Path actors = Files.writeString(dir.resolve("actors.txt"), "\uFEFFKOR  country  South Korea | Seoul@capital\n");
    Path people = Files.writeString(dir.resolve("people.txt"), "Moon Jae-in | Moon@surname  KORGOV  2017-05-10..2022-05-09\n");
    ActorLexicon lexicon = ActorLexicon.load(actors, people);
    assertThat(lexicon.match(List.of("seoul"), 0).orElseThrow().entry().code()).isEqualTo("KOR");
    assertThat(lexicon.personBySurname("moon", LocalDate.of(2020, 1, 1))).isPresent();
  }

  @Test
  void match_organisationInEitherSpelling() {
    assertThat(code("Organisation for Security and Co-operation in Europe")).isEqualTo("IGOSCE");
    assertThat(code("Organization for Security and Cooperation in Europe")).isEqualTo("IGOSCE");
    assertThat(code("Organisation for Security and Cooperation in Europe")).isEqualTo("IGOSCE");
  }

  @Test
  void match_regionAdjective_isTheRegion() {
    assertThat(code("African states")).isEqualTo("AFR");
    assertThat(code("South African officials")).isEqualTo("ZAF");
  }
}
