package parley.core.code;

import java.util.Set;

/** Nouns that name a time, not an actor: "on Wednesday", "last week", "in March". */
final class TimeWords {
  private static final Set<String> WORDS = Set.of("day", "week", "month", "year", "today", "yesterday",
      "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
      "afternoon", "evening", "night", "weekend", "time", "decade", "hour", "minute", "moment", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "spring", "summer", "autumn", "winter", "century", "period", "date", "noon", "midnight",
      "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.");

  private TimeWords() {}

  static boolean isTime(DependencyTree tree, int token) {
    String rel = tree.relation(token);
    return WORDS.contains(tree.lemma(token)) || WORDS.contains(tree.token(token).lower()) || rel.endsWith("tmod") || rel.equals("obl:npmod")
        || tree.token(token).lower().matches("\\d{1,2}(st|nd|rd|th)");
  }
}
