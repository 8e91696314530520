package parley.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import parley.core.read.InputException;
import parley.store.StoreException;

/** Entry point: runs {@link ParleyCommand}; expected errors print one line, bugs a stack trace only with --debug. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
        System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    CommandLine cli = new CommandLine(new ParleyCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof InputException input) {
        err.println("parley: " + input.oneLine());
      } else if (e instanceof StoreException store) {
        err.println("parley: " + store.getMessage());
      } else if (debug) {
        e.printStackTrace(err);
      } else {
        err.println("parley: " + e.getClass().getSimpleName() + ": " + e.getMessage() + " (run with --debug for details)");
      }
      return ExitCodes.of(e);
    });
    String[] rest = java.util.Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
    return cli.execute(rest);
  }
}
