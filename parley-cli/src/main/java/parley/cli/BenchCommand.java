package parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code parley bench}: not built yet. */
@Command(name = "bench", description = "(coming soon)")
final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("parley: bench is not available yet");
    return ExitCodes.FAILURE;
  }
}
