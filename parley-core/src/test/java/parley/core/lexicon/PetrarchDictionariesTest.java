package parley.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.read.InputException;

class PetrarchDictionariesTest {
  private static final Path DICTIONARIES =
      Path.of(System.getProperty("parley.shared", "../shared")).resolve("petrarch/dictionaries");

  private static Path shared(String name) {
    Path file = DICTIONARIES.resolve(name);
    assumeTrue(Files.isRegularFile(file), "shared PETRARCH dictionaries absent: " + file);
    return file;
  }

  @Test
  void actors_phoenixCountries_resolvePeopleByDate() {
    ActorLexicon lexicon = PetrarchDictionaries.actors(List.of(shared("Phoenix.Countries.actors.txt")));
    assertThat(lexicon.match(List.of("afghanistan"), 0).orElseThrow().entry().code()).isEqualTo("AFG");
    ActorEntry taraki = lexicon.match(List.of("nur", "mohammad", "taraki"), 0).orElseThrow().entry();
    assertThat(taraki.codeOn(LocalDate.of(1979, 1, 1))).contains("AFGGOV");
    assertThat(taraki.codeOn(LocalDate.of(1960, 1, 1))).contains("AFGELI");
    assertThat(lexicon.size()).isGreaterThan(10_000);
  }

  @Test
  void actors_validationAndInternational_load() {
    ActorLexicon lexicon = PetrarchDictionaries.actors(List.of(shared("PETR.Validate.actors.txt"),
        shared("Phoenix.International.actors.txt"), shared("Phoenix.MilNonState.actors.txt")));
    assertThat(lexicon.match(List.of("hamas"), 0).orElseThrow().entry().code()).isEqualTo("PSEREBHMS");
    assertThat(lexicon.match(List.of("israeli", "troops"), 0).orElseThrow().entry().code()).isEqualTo("ISRMIL");
  }

  @Test
  void agents_phoenixAndValidation_load() {
    RoleLexicon phoenix = PetrarchDictionaries.agents(shared("Phoenix.agents.txt"));
    assertThat(phoenix.role("businessman")).contains("BUS");
    assertThat(phoenix.match(List.of("armed", "police"), 0)).contains(new RoleMatch("COP", 2));
    RoleLexicon validate = PetrarchDictionaries.agents(shared("PETR.Validate.agents.txt"));
    assertThat(validate.match(List.of("foreign", "minister"), 0)).contains(new RoleMatch("GOVFRM", 2));
    assertThat(validate.role("congressmen")).contains("LEG");
  }

  @Test
  void actors_ownSample_readsSynonymsDefaultsAndRestrictions(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("sample.actors.txt"), String.join("\n",
        "<!-- a comment", "block -->", "KOREA_  [KOR] # comment", "+SEOUL_ +SOUTH_KOREA", "",
        "JAMES_BYRNES_  ; CountryInfo.txt", "\t[USAELI 18970101-450703]", "\t[USAGOV 450703-470121]", "\t[USAELI]", ""));
    ActorLexicon lexicon = PetrarchDictionaries.actors(List.of(file));
    assertThat(lexicon.match(List.of("south", "korea"), 0).orElseThrow().entry().code()).isEqualTo("KOR");
    ActorEntry byrnes = lexicon.match(List.of("james", "byrnes"), 0).orElseThrow().entry();
    assertThat(byrnes.codeOn(LocalDate.of(1946, 1, 1))).contains("USAGOV");
    assertThat(byrnes.codeOn(LocalDate.of(1960, 1, 1))).contains("USAELI");
  }

  @Test
  void actors_malformedRestriction_namesFileAndLine(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.actors.txt"), "JAMES_BYRNES_\n\t[USAGOV 450733-470121]\n");
    assertThatThrownBy(() -> PetrarchDictionaries.actors(List.of(file)))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).oneLine()).contains("bad.actors.txt:2: bad date '450733'"));
  }

  @Test
  void actors_restrictionBeforeAnyActor_namesFileAndLine(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("orphan.actors.txt"), "# head\n\t[USAGOV 450703-470121]\n");
    assertThatThrownBy(() -> PetrarchDictionaries.actors(List.of(file)))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).oneLine()).endsWith("orphan.actors.txt:2: date restriction before any actor"));
  }

  @Test
  void agents_unclosedCode_namesFileAndLine(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.agents.txt"), "SOLDIER [~MIL]\nPOLICE [~COP\n");
    assertThatThrownBy(() -> PetrarchDictionaries.agents(file))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).oneLine()).contains("bad.agents.txt:2: unclosed '['"));
  }
}
