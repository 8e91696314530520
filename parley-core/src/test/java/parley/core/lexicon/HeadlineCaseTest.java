package parley.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadlineCaseTest {
  private static final HeadlineCase CASE = new HeadlineCase(ActorLexicon.fromResources(), PlaceGazetteer.fromResource());

  private static Optional<String> restored(String words) {
    return CASE.restore(Arrays.asList(words.split(" "))).map(w -> String.join(" ", w));
  }

  @Test
  void restore_titleCase_lowersCommonWordsAndKeepsNames() {
    assertThat(restored("U.S. Wants Japan To Lift Curbs On Exports"))
        .contains("U.S. wants Japan to lift curbs on exports");
    assertThat(restored("Brazil And Argentina Sign Trade Accord In Buenos Aires"))
        .contains("Brazil and Argentina sign trade accord in Buenos Aires");
  }

  @Test
  void restore_titleCase_keepsAcronymsInCapitals() {
    assertThat(restored("NATO Allies Condemn Missile Test By Syria"))
        .contains("NATO allies condemn missile test by Syria");
  }

  @Test
  void restore_allCaps_capitalisesKnownNamesAndMonths() {
    assertThat(restored("JAPAN TO CUT TARIFFS ON U.S. CHIPS BY JUNE"))
        .contains("Japan to cut tariffs on U.S. chips by June");
    assertThat(restored("NORTH KOREA ACCUSES SOUTH KOREA OF PROVOCATION"))
        .contains("North Korea accuses South Korea of provocation");
  }

  @Test
  void restore_allCaps_keepsShortNamesAsAcronyms() {
    assertThat(restored("US URGES IRAN TO FREE HOSTAGES")).contains("US urges IRAN to free hostages");
    assertThat(restored("UN CONDEMNS ATTACK ON PEACEKEEPERS")).contains("UN condemns attack on peacekeepers");
    assertThat(restored("THE KREMLIN WARNS NEW YORK BANKS")).contains("The Kremlin warns New York banks");
  }

  @Test
  void restore_firstWordNotAName_startsWithACapital() {
    assertThat(restored("TALKS BETWEEN EGYPT AND ISRAEL COLLAPSE")).contains("Talks between Egypt and Israel collapse");
  }

  @Test
  void restore_normalSentence_leftAlone() {
    assertThat(restored("EU rejects German call to boycott British lamb")).isEmpty();
    assertThat(restored("President Reagan met Soviet leader Gorbachev in Geneva on Tuesday")).isEmpty();
    assertThat(restored("The United Nations Security Council said it would meet again")).isEmpty();
  }

  @Test
  void restore_sentenceOfNamesWithAShortVerbInLowerCase_leftAlone() {
    assertThat(restored("Iran met Obama and Putin in Geneva .")).isEmpty();
    assertThat(restored("Iran To Free Sailors As Talks Go On")).contains("Iran to free sailors as talks go on");
  }

  @Test
  void restore_sentenceFullOfTitlesAndNames_leftAlone() {
    assertThat(restored("Chinese Premier Li Peng meets Egyptian Foreign Minister Amr Moussa at the State Guesthouse in Beijing"))
        .isEmpty();
    assertThat(restored("The Dakota Senate rejected Senate Concurrent Resolution 4005")).isEmpty();
  }

  @Test
  void restore_titleCaseWithSmallPreposition_isRestored() {
    assertThat(restored("Kenya Breaks Off Talks with Uganda")).contains("Kenya breaks off talks with Uganda");
  }

  @Test
  void restore_sentenceOfNamesOnly_leftAlone() {
    assertThat(restored("Japan , China and South Korea")).isEmpty();
  }

  @Test
  void restore_keepsWordCountAndPunctuation() {
    List<String> words = List.of("CHINA", "SAYS", "IT", "WILL", "RETALIATE", ",", "WARNS", "U.S.");
    assertThat(CASE.restore(words)).hasValueSatisfying(w -> assertThat(w)
        .containsExactly("China", "says", "it", "will", "retaliate", ",", "warns", "U.S."));
  }
}
