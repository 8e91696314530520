package parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code parley stats}: not built yet. */
@Command(name = "stats", description = "(coming soon)")
final class StatsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("parley: stats is not available yet");
    return ExitCodes.FAILURE;
  }
}
