package parley.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Tells the user how an ingest is going: a progress bar with articles/s on a terminal, otherwise
 * a plain line to stderr every N articles.
 */
interface IngestProgress {
  void stored(int documents, int events);

  void finish();

  static IngestProgress choose(PrintWriter err, int every) {
    return System.console() != null ? new Bar() : new Lines(err, every);
  }

  /** The terminal's progress bar (me.tongfei:progressbar), on stderr. */
  final class Bar implements IngestProgress {
    private final ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1)
        .setUnit(" articles", 1).showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
        .build();
    private long events;

    @Override
    public void stored(int documents, int newEvents) {
      events += newEvents;
      bar.stepBy(documents);
      bar.setExtraMessage(events + " events");
    }

    @Override
    public void finish() {
      bar.close();
    }
  }

  /** One log line every {@code every} articles. */
  final class Lines implements IngestProgress {
    private final PrintWriter err;
    private final int every;
    private final long start = System.nanoTime();
    private long documents;
    private long events;
    private long nextReport;

    Lines(PrintWriter err, int every) {
      this.err = err;
      this.every = Math.max(1, every);
      this.nextReport = this.every;
    }

    @Override
    public void stored(int newDocuments, int newEvents) {
      documents += newDocuments;
      events += newEvents;
      if (documents >= nextReport) {
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf("parley: ingest: %d articles, %d events stored (%.1f articles/s)%n", documents, events,
            documents / Math.max(seconds, 1e-9));
        err.flush();
        while (nextReport <= documents) nextReport += every;
      }
    }

    @Override
    public void finish() {
      // the command prints the summary
    }
  }
}
