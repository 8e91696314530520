package parley.core.time;

import java.util.regex.Pattern;

/**
 * A date named as the day something takes effect or falls due: "the dividend is payable Jan. 2",
 * "an office created effective Feb. 1", "notes maturing March 15". Whatever the tense of the
 * clause ("cut its dividend", "created"), such a date is a schedule, so it is read ahead of the
 * story; the distance rule of {@link TimeValueResolver} still keeps one a few weeks back behind.
 */
final class TakingEffect {
  private static final Pattern WORD_BEFORE = Pattern.compile(
      "\\b(?:payable|effective|retroactive to|maturing|expiring|due)\\s+(?:on\\s+|as\\s+of\\s+)?$",
      Pattern.CASE_INSENSITIVE);

  private TakingEffect() {}

  /** Whether the words ending at {@code start} (within the sentence from {@code from}) name a date of effect. */
  static boolean before(String text, int from, int start) {
    return WORD_BEFORE.matcher(text).region(Math.max(from, start - 40), start).find();
  }
}
