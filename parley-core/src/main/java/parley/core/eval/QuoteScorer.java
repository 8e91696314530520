package parley.core.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import parley.core.doc.ActorRef;
import parley.core.doc.Document;
import parley.core.doc.Quote;
import parley.core.doc.Span;

/**
 * Scores quote attribution. Each gold quote is found when a predicted quote overlaps its text; the
 * speaker is correct when the gold and predicted speaker words share a word (case-insensitive, not
 * counting "the", "a", "of"..., nor a possessive ending: "Trump's" shares "Trump"), when the gold speaker is the predicted actor code, or when the
 * predicted speaker was read from the very words the gold marks as the source: a gold "he" is
 * matched by a prediction that resolved that "he" to "Mr. Obama", since the gold does not say who
 * "he" is.
 */
public final class QuoteScorer {
  private static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "'s", "’s", "mr", "mrs",
      "ms", "dr", "in", "for", "to", "on", "at", "by");

  /**
   * A possessive ending, not part of the word: the gold source "Trump's" (of "Trump's tweet said")
   * names Trump, as "'s" on its own is no word either.
   */
  private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(['’]s|['’])$");

  private QuoteScorer() {}

  public static QuoteScore score(List<GoldDocument> gold, Function<GoldDocument, Document> annotate) {
    int total = 0;
    int found = 0;
    int correct = 0;
    int predicted = 0;
    int supported = 0;
    for (GoldDocument g : gold) {
      List<Quote> quotes = annotate.apply(g).quotes();
      predicted += quotes.size();
      supported += supported(g, quotes);
      for (GoldQuote q : g.quotes()) {
        total++;
        Optional<Quote> match = bestMatch(g.text(), q, quotes);
        if (match.isEmpty()) continue;
        found++;
        if (speakerAgrees(q, match.get().speaker())) correct++;
      }
    }
    return new QuoteScore(total, found, correct, predicted, supported);
  }

  /** How many predicted quotes overlap the text of some gold quote. */
  static int supported(GoldDocument g, List<Quote> predicted) {
    List<Span> gold = g.quotes().stream().flatMap(q -> GoldSpans.occurrences(g.text(), q.text(), q.span()).stream()).toList();
    return (int) predicted.stream().filter(p -> gold.stream().anyMatch(s -> s.overlaps(p.span()))).count();
  }

  /** Gold quotes missed or given another speaker, with what was predicted: for error analysis. */
  public static List<String> errors(GoldDocument g, Document predicted) {
    List<String> out = new java.util.ArrayList<>();
    for (GoldQuote q : g.quotes()) {
      Optional<Quote> match = bestMatch(g.text(), q, predicted.quotes());
      if (match.isPresent() && speakerAgrees(q, match.get().speaker())) continue;
      String got = match.map(m -> m.speaker().map(s -> "'" + s.text() + "'" + s.code().map(c -> " " + c).orElse(""))
          .orElse("(no speaker)")).orElse("MISSED");
      out.add(g.id() + " '" + q.speaker() + "' -> " + got + " | " + shorten(q.text()));
    }
    return out;
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() > 90 ? flat.substring(0, 87) + "..." : flat;
  }

  static Optional<Quote> bestMatch(String text, GoldQuote gold, List<Quote> predicted) {
    Quote best = null;
    int bestOverlap = 0;
    for (Span span : GoldSpans.occurrences(text, gold.text(), gold.span())) {
      for (Quote p : predicted) {
        int overlap = Math.min(span.end(), p.span().end()) - Math.max(span.start(), p.span().start());
        if (overlap > bestOverlap) {
          best = p;
          bestOverlap = overlap;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether a predicted speaker agrees with the gold speaker: its words, code or place in the text. */
  public static boolean speakerAgrees(GoldQuote gold, Optional<ActorRef> predicted) {
    boolean samePlace = gold.speakerSpan().isPresent() && predicted.isPresent()
        && gold.speakerSpan().get().overlaps(predicted.get().span());
    return samePlace || speakerAgrees(gold.speaker(), predicted);
  }

  /** Whether a predicted speaker agrees with the gold speaker's words (or code). */
  public static boolean speakerAgrees(String gold, Optional<ActorRef> predicted) {
    if (predicted.isEmpty()) return gold.isBlank();
    if (predicted.get().code().map(gold::equals).orElse(false)) return true;
    Set<String> goldWords = words(gold);
    goldWords.retainAll(words(predicted.get().text()));
    return !goldWords.isEmpty();
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+")) {
      String word = POSSESSIVE.matcher(w).replaceFirst("");
      if (!word.isEmpty() && !STOP.contains(word)) out.add(word);
    }
    return out;
  }
}
