package parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code parley eval}: not built yet. */
@Command(name = "eval", description = "(coming soon)")
final class EvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("parley: eval is not available yet");
    return ExitCodes.FAILURE;
  }
}
