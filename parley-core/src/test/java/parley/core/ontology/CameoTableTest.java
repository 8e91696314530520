package parley.core.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import parley.core.doc.EventType;

class CameoTableTest {
  private static final CameoTable TABLE = CameoTable.fromResource();

  @Test
  void type_imposeSanctions_isCoerceInMaterialConflict() {
    EventType type = TABLE.type("163").orElseThrow();
    assertThat(type.goldstein()).isEqualTo(-8.0);
    assertThat(type.quad()).isEqualTo(4);
    assertThat(type.plover()).isEqualTo("COERCE");
    assertThat(type.root()).isEqualTo("16");
  }

  @Test
  void type_appealToMeet_isRequestInVerbalCooperation() {
    EventType type = TABLE.type("026").orElseThrow();
    assertThat(type.goldstein()).isEqualTo(4.0);
    assertThat(type.quad()).isEqualTo(1);
    assertThat(type.plover()).isEqualTo("REQUEST");
  }

  @Test
  void type_quadAndPlover_followTheRoot() {
    assertThat(TABLE.type("0874").orElseThrow()).extracting(EventType::quad, EventType::plover)
        .containsExactly(2, "YIELD");
    assertThat(TABLE.type("042").orElseThrow()).extracting(EventType::quad, EventType::plover)
        .containsExactly(1, "CONSULT");
    assertThat(TABLE.type("112").orElseThrow()).extracting(EventType::quad, EventType::plover)
        .containsExactly(3, "ACCUSE");
    assertThat(TABLE.type("190").orElseThrow()).extracting(EventType::goldstein, EventType::plover)
        .containsExactly(-10.0, "ASSAULT");
    assertThat(TABLE.type("173").orElseThrow().plover()).isEqualTo("COERCE");
  }

  @Test
  void type_publicStatement_hasNoPloverCategory() {
    assertThat(TABLE.type("010").orElseThrow().plover()).isEmpty();
  }

  @Test
  void type_codeWithoutPublishedGoldstein_takesItsParents() {
    assertThat(TABLE.type("1951").orElseThrow().goldstein()).isEqualTo(-10.0);
  }

  @Test
  void contains_knowsRootsAndRejectsUnknownCodes() {
    assertThat(TABLE.contains("01")).isTrue();
    assertThat(TABLE.contains("2042")).isTrue();
    assertThat(TABLE.contains("21")).isFalse();
    assertThat(TABLE.type("999")).isEmpty();
  }

  @Test
  void all_coversEveryRootAndEveryCode() {
    assertThat(TABLE.all()).hasSizeGreaterThan(300);
    assertThat(TABLE.all()).extracting(EventType::root).containsAll(java.util.List.of("01", "10", "20"));
    assertThat(TABLE.all()).allSatisfy(t -> assertThat(t.name()).isNotBlank());
  }
}
