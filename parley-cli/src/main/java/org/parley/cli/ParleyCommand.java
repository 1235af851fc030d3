package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} entry point: dispatches to subcommands. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
    description = "Turns news pages into evidence: who said what, to whom, about what, and when.",
    subcommands = {ExtractCommand.class, AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, QuotesCommand.class,
        EventsCommand.class, ActorsCommand.class, ActorCommand.class, ExportCommand.class, ServeCommand.class, DemoCommand.class,
        CommandLine.HelpCommand.class})
public final class ParleyCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Runs the CLI and exits with its code: 0 all done, 1 some inputs failed, 2 bad usage. */
  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new ParleyCommand());
    cl.setExitCodeExceptionMapper(e -> 2);
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("parley: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try 'parley " + ex.getCommandLine().getCommandName() + " --help'.");
      return 2;
    });
    return cl;
  }
}
