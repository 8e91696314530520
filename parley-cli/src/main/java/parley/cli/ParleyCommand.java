package parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parley}: the root command. Each subcommand is a class of its own. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    version = "parley 0.1.0",
    description = "Political event data from news articles: who did what to whom, when, and what they said.",
    subcommands = {
      CodeCommand.class,
      EvalCommand.class,
      IngestCommand.class,
      QueryCommand.class,
      StatsCommand.class,
      ExportCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ParleyCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.USAGE;
  }
}
