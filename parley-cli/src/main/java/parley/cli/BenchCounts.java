package parley.cli;

import parley.core.doc.Document;
import parley.core.doc.Sentence;

/** What a bench run coded: articles, sentences (and how many were parsed), tokens, events, rejected inputs. */
record BenchCounts(long articles, long sentences, long parsed, long tokens, long events, long rejected) {

  /** Counts coded documents as the runner hands them on (one thread). */
  static final class Counter {
    private long articles;
    private long sentences;
    private long parsed;
    private long tokens;
    private long events;
    private long rejected;

    void add(Document doc) {
      articles++;
      sentences += doc.sentences().size();
      for (Sentence s : doc.sentences()) {
        tokens += s.size();
        if (!s.arcs().isEmpty()) parsed++;
      }
      events += doc.events().size();
    }

    void reject() {
      rejected++;
    }

    BenchCounts counts() {
      return new BenchCounts(articles, sentences, parsed, tokens, events, rejected);
    }
  }
}
