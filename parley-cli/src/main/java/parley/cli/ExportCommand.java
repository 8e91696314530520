package parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code parley export}: not built yet. */
@Command(name = "export", description = "(coming soon)")
final class ExportCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("parley: export is not available yet");
    return ExitCodes.FAILURE;
  }
}
