package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The one-pass content hash and MinHash give what the first, regex-based versions gave: stored
 * hashes and signatures must stay comparable with new ones.
 */
class FingerprintTest {
  @Property(tries = 500)
  void signatureAsSplittingAtNonWordRuns(@ForAll @StringLength(max = 200)
      @Chars({' ', '.', ',', '-', '\'', '\n', '\t', 'A', 'b', 'z', '7', 'É', 'ß', 'İ', 'ⅷ', '²', '٣', '中', '\u00A0'})
      @CharRange(from = '\uD800', to = '\uD801') @CharRange(from = '\uDC00', to = '\uDC01') String text) {
    assertThat(signatureOrNull(MinHash.signature(text))).isEqualTo(signatureOrNull(referenceSignature(text)));
  }

  @Property(tries = 500)
  void hashAsCollapsingWithARegex(@ForAll @StringLength(max = 80)
      @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u001C', '\u00A0', '\u2003', 'a', 'É', '中'}) String text) {
    assertThat(ContentHash.normal(text)).isEqualTo(Pattern.compile("\\s+").matcher(text.strip()).replaceAll(" "));
  }

  @Test
  void sameStoryWithOtherSpacingHashesTheSame() {
    assertThat(ContentHash.of("  The envoys met\r\n\tin Oslo. ")).isEqualTo(ContentHash.of("The envoys met in Oslo."));
    assertThat(ContentHash.of("The envoys met in Oslo.")).isNotEqualTo(ContentHash.of("The envoys met in Bergen."));
  }

  @Test
  void signatureOfAccentedAndNumberedWordsMatchesTheReference() {
    String text = "Señor Müller's 2nd visit: talks resumed on 12 March, the ministry said.";
    assertThat(MinHash.signature(text).orElseThrow()).isEqualTo(referenceSignature(text).orElseThrow());
    assertThat(MinHash.signature("only four words here")).isEmpty();
  }

  private static long[] signatureOrNull(Optional<long[]> signature) {
    return signature.orElse(null);
  }

  /** The first implementation: split at runs of non-letters, FNV-1a of each word's UTF-8 bytes. */
  private static Optional<long[]> referenceSignature(String text) {
    String[] words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty()).toArray(String[]::new);
    if (words.length < MinHash.SHINGLE) return Optional.empty();
    long[] hashes = new long[words.length + 1];
    hashes[0] = words.length;
    for (int i = 0; i < words.length; i++) {
      long h = 0xcbf29ce484222325L;
      for (byte b : words[i].getBytes(StandardCharsets.UTF_8)) {
        h ^= b;
        h *= 0x100000001b3L;
      }
      hashes[i + 1] = h;
    }
    long[] fromHashes = MinHash.signatureOfWordHashes(hashes).orElseThrow();
    return Optional.of(fromHashes);
  }
}
