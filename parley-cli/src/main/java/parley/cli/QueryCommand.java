package parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code parley query}: not built yet. */
@Command(name = "query", description = "(coming soon)")
final class QueryCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("parley: query is not available yet");
    return ExitCodes.FAILURE;
  }
}
