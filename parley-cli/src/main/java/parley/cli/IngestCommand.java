package parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code parley ingest}: not built yet. */
@Command(name = "ingest", description = "(coming soon)")
final class IngestCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("parley: ingest is not available yet");
    return ExitCodes.FAILURE;
  }
}
