package parley.benchmarks;

/** A short wire-style story written for the benchmarks (not taken from any article). */
final class WireText {
  private WireText() {}

  static final String STORY = """
      Neighbours agree to resume border talks

      OSLO, March 2 (Reuters) - Norway's foreign minister met Sweden's ambassador in Oslo on Monday \
      and the two governments agreed to resume talks on the disputed fishing zone next month.
      Japan urged China to return to negotiations over the islands, the Japanese foreign ministry \
      said, a day after Chinese coast guard vessels entered the area.
      Russian President Vladimir Putin accused NATO of provoking tension along its western border, \
      while German Chancellor Olaf Scholz called for calm.
      The European Union imposed new sanctions on Belarus on Tuesday, and Lithuania expelled two \
      Belarusian diplomats.
      South Korea's national security adviser visited Washington last week to discuss the alliance \
      with U.S. officials. He said Seoul would keep cooperating with Tokyo.
      Wheat futures fell two cents a bushel as traders expected a larger harvest in Kansas.
      """;

  /** The body sentences, lower-cased and split on spaces, as word lists for lexicon matching. */
  static java.util.List<java.util.List<String>> lowerWordLists() {
    java.util.List<java.util.List<String>> out = new java.util.ArrayList<>();
    for (String line : STORY.split("\n")) {
      if (line.isBlank()) continue;
      out.add(java.util.List.of(line.toLowerCase(java.util.Locale.ROOT)
          .replaceAll("([,.])(\\s|$)", " $1$2").replace("'s", " 's").trim().split("\\s+")));
    }
    return out;
  }
}
