package parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley query KIND}: asks the store; each kind is a subcommand of its own. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Query stored events: events, dyad, deadlines, actors.",
    subcommands = {QueryEventsCommand.class, QueryDyadCommand.class, QueryDeadlinesCommand.class,
        QueryActorsCommand.class})
final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
