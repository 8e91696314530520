package parley.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceGazetteerTest {
  private static final PlaceGazetteer PLACES = PlaceGazetteer.fromResource();

  @Test
  void countryOf_cityName_givesItsCountry() {
    assertThat(PLACES.countryOf("Karachi")).contains("PAK");
  }

  @Test
  void countryOf_countryWhoseCameoCodeIsNotIso_givesTheCameoCode() {
    assertThat(PLACES.countryOf("Constanta")).contains("ROM");
    assertThat(PLACES.countryOf("Podgorica")).contains("MTN");
    assertThat(PLACES.countryOf("Gjilan")).contains("KSV");
  }

  @Test
  void load_isoCodeInOwnFile_isReadAsTheCameoCode(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("places.tsv");
    Files.writeString(file, "# test\nTownA\tROU\nTownB\tFRA\n");
    PlaceGazetteer places = PlaceGazetteer.load(file);
    assertThat(places.countryOf("TownA")).contains("ROM");
    assertThat(places.countryOf("TownB")).contains("FRA");
  }

  @Test
  void countryOf_regionNamedOnlyByDirectionWords_impliesNoCountry() {
    assertThat(PLACES.countryOf("Central")).isEmpty();
    assertThat(PLACES.countryOf("West")).isEmpty();
    assertThat(PLACES.countryOf("Far North")).isEmpty();
    assertThat(PLACES.countryOf("Nord-Est")).isEmpty();
    assertThat(PLACES.countryOf("Eastern Cape")).contains("ZAF");
  }

  @Test
  void match_nameSeveralCountriesShare_listsThemUsualFirst() {
    PlaceGazetteer.PlaceMatch victoria = PLACES.match(java.util.List.of("victoria"), 0).orElseThrow();
    assertThat(victoria.country()).isEqualTo("AUS");
    assertThat(victoria.countries()).startsWith("AUS").contains("CAN");
    assertThat(victoria.in("CAN").country()).isEqualTo("CAN");
  }

  @Test
  void load_sameNameOnALaterLine_isAnAlternative(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("places.tsv");
    Files.writeString(file, "TownA\tFRA\nTownA\tBEL\nTownA\tFRA\n");
    PlaceGazetteer places = PlaceGazetteer.load(file);
    assertThat(places.countryOf("TownA")).contains("FRA");
    assertThat(places.match(java.util.List.of("towna"), 0).orElseThrow().countries()).containsExactly("FRA", "BEL");
  }
}
