package parley.core.time;

import java.util.regex.Pattern;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * A four-digit number that counts things is no year: "sent 2000 troops", "bought 1500 shares",
 * "1800 people fled". The number is followed by a plural noun of countable people or things (a
 * noun a year does not modify: "the 1990 elections" and "1987 earnings" stay years), and no
 * preposition of time comes before it ("in 1999 troops entered the town" names a year). Stateless.
 */
final class CountedQuantities {
  /** People and things counted by the unit, perhaps after one modifier ("2000 U.S. troops", "1500 armed men"). */
  private static final Pattern COUNTED_NOUN = Pattern.compile("\\s+(?:(?:[A-Z][\\w.-]*|[a-z]+ed|more|extra|additional|new|foreign|local|other)\\s+)?(?i:"
      + "(?:troops|soldiers|marines|police(?:men)?|officers|fighters|rebels|militants|guerrillas|insurgents"
      + "|people|persons|men|women|children|civilians|residents|refugees|migrants|protesters|demonstrators"
      + "|prisoners|detainees|inmates|hostages|students|workers|employees|staff|jobs|members|delegates"
      + "|voters|votes|families|households|homes|houses|buildings|vehicles|cars|trucks|tanks|aircraft"
      + "|planes|ships|missiles|rockets|shells|weapons|guns|rifles|shares|tonnes|tons|barrels|bales"
      + "|bushels|acres|hectares|miles|kilometres|kilometers|km|metres|meters|feet|dollars|pounds|euros"
      + "|points|deaths|casualties|victims|villages|companies|firms|banks|stores|units|seats|beds))\\b");
  /** Prepositions that put a year in time: "in 1999", "since 2001", "by 2030". */
  private static final Pattern TIME_PREPOSITION = Pattern.compile(
      "(?i)in|since|by|until|till|during|as of|before|after|through");

  private CountedQuantities() {}

  static boolean isCount(Candidate c, CharSequence text) {
    if (c.kind() != Kind.YEAR || c.group("fiscal") != null || c.group("edge") != null
        || c.group("split") != null || !Character.isDigit(text.charAt(c.end() - 1))) {
      return false;
    }
    String prep = c.group("prep");
    if (prep != null && TIME_PREPOSITION.matcher(prep).matches()) return false;
    // news style spells out a count that opens a sentence: "NOTE: 1985 shares adjusted" names a year
    int before = c.start() - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) before--;
    if (before < 0 || ".:;!?".indexOf(text.charAt(before)) >= 0) return false;
    return COUNTED_NOUN.matcher(text).region(c.end(), text.length()).lookingAt();
  }
}
