package parley.core.code;

import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO codebook's verbal counterparts of acts: an actor's stated intent to do an act is coded
 * as the matching "express intent" (03x) or "threaten" (13x) event, and an actor's stated refusal
 * of a cooperative act as the matching "reject" (12x) event. The act itself stays hypothetical.
 */
final class IntentCodes {
  private static final Map<String, String> INTENT = Map.ofEntries(
      Map.entry("04", "036"), Map.entry("045", "039"), Map.entry("05", "032"), Map.entry("057", "037"),
      Map.entry("06", "031"), Map.entry("061", "0311"), Map.entry("062", "0312"), Map.entry("063", "0313"),
      Map.entry("064", "0314"),
      Map.entry("07", "033"), Map.entry("071", "0331"), Map.entry("072", "0332"),
      Map.entry("073", "0333"), Map.entry("074", "0334"),
      Map.entry("08", "035"), Map.entry("081", "0351"), Map.entry("082", "0352"), Map.entry("083", "034"),
      Map.entry("0831", "0341"), Map.entry("0832", "0342"), Map.entry("0833", "0343"), Map.entry("0834", "0344"),
      Map.entry("084", "0353"), Map.entry("085", "0354"), Map.entry("086", "0355"), Map.entry("087", "0356"),
      Map.entry("14", "133"), Map.entry("15", "138"), Map.entry("16", "131"), Map.entry("161", "1313"),
      Map.entry("162", "1311"), Map.entry("163", "1312"), Map.entry("164", "134"), Map.entry("165", "135"),
      Map.entry("166", "136"), Map.entry("17", "137"), Map.entry("172", "132"), Map.entry("1721", "1321"),
      Map.entry("1722", "1322"), Map.entry("1723", "1323"), Map.entry("1724", "1324"), Map.entry("18", "1383"),
      Map.entry("19", "1384"), Map.entry("191", "1381"), Map.entry("192", "1382"), Map.entry("20", "1385"));
  private static final Map<String, String> REFUSAL = Map.of(
      "03", "120", "04", "125", "05", "120", "06", "121", "07", "122", "08", "124");

  private IntentCodes() {}

  /** The code for a stated intent to do {@code code}, if the codebook has one. */
  static Optional<String> intentTo(String code) {
    return lookup(INTENT, code);
  }

  /** The code for a stated refusal to do {@code code}, if the codebook has one. */
  static Optional<String> refusalOf(String code) {
    return lookup(REFUSAL, code);
  }

  private static Optional<String> lookup(Map<String, String> table, String code) {
    for (int length = Math.min(code.length(), 4); length >= 2; length--) {
      String mapped = table.get(code.substring(0, length));
      if (mapped != null) return Optional.of(mapped);
    }
    return Optional.empty();
  }
}
