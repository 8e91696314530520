package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.store.Fixtures.document;
import static parley.store.Fixtures.story;

import org.junit.jupiter.api.Test;

class KnownDocumentsTest {
  @Test
  void add_newDocument_isNewOnceThenKnown() {
    KnownDocuments known = new KnownDocuments();
    assertThat(known.add(document("a", story(1), "2020-01-01", "wire"))).isTrue();
    assertThat(known.add(document("a", story(1), "2020-01-01", "wire"))).isFalse();
    assertThat(known.size()).isEqualTo(1);
  }

  @Test
  void add_sameIdOtherText_orSameTextOtherId_isNotNew() {
    KnownDocuments known = new KnownDocuments();
    known.add(document("a", story(1), "2020-01-01", "wire"));
    assertThat(known.add(document("a", story(2), "2020-01-01", "wire"))).isFalse();
    assertThat(known.add(document("b", story(1) + "\n\n", "2020-01-01", "wire"))).isFalse();
    assertThat(known.add(document("c", story(3), "2020-01-01", "wire"))).isTrue();
  }

  @Test
  void add_manyDocuments_growsAndKeepsEveryOne() {
    KnownDocuments known = new KnownDocuments();
    for (int i = 0; i < 20_000; i++) assertThat(known.add(document("d" + i, "Text number " + i + ".", "2020-01-01", "wire"))).isTrue();
    assertThat(known.size()).isEqualTo(20_000);
    for (int i = 0; i < 20_000; i += 997) assertThat(known.knows(document("d" + i, "other", "2020-01-01", "wire"))).isTrue();
    assertThat(known.knows(document("d20000", "Text number 20000.", "2020-01-01", "wire"))).isFalse();
  }
}
