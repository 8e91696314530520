package parley.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.read.InputException;

class RoleLexiconTest {
  private static final RoleLexicon ROLES = RoleLexicon.fromResource();

  @Test
  void role_singleLemmas() {
    assertThat(ROLES.role("minister")).contains("GOV");
    assertThat(ROLES.role("troops")).contains("MIL");
    assertThat(ROLES.role("soldier")).contains("MIL");
    assertThat(ROLES.role("police")).contains("COP");
    assertThat(ROLES.role("judge")).contains("JUD");
    assertThat(ROLES.role("rebel")).contains("REB");
    assertThat(ROLES.role("protester")).contains("OPP");
    assertThat(ROLES.role("lawmaker")).contains("LEG");
    assertThat(ROLES.role("journalist")).contains("MED");
    assertThat(ROLES.role("refugee")).contains("REF");
    assertThat(ROLES.role("table")).isEmpty();
  }

  @Test
  void match_multiWordRole_isLongest() {
    RoleMatch match = ROLES.match(List.of("foreign", "minister", "said"), 0).orElseThrow();
    assertThat(match).isEqualTo(new RoleMatch("GOV", 2));
    assertThat(ROLES.match(List.of("defense", "minister"), 0)).contains(new RoleMatch("GOVMIL", 2));
    assertThat(ROLES.match(List.of("opposition", "party"), 0)).contains(new RoleMatch("OPPPTY", 2));
    assertThat(ROLES.match(List.of("opposition", "said"), 0)).contains(new RoleMatch("OPP", 1));
    assertThat(ROLES.role("foreign")).isEmpty();
  }

  @Test
  void load_unknownRoleCode_namesFileAndLine(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("roles.txt"), "# roles\n\nsoldier  MIL\npilot  XYZ\n");
    assertThatThrownBy(() -> RoleLexicon.load(file))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).oneLine()).endsWith("roles.txt:4: unknown role code 'XYZ'"));
  }
}
