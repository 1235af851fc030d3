package org.parley.cli;

import java.io.PrintStream;
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

  @CommandLine.Option(names = "--stacktrace", scope = CommandLine.ScopeType.INHERIT,
      description = "on an error, print its stack trace after the one-line message")
  boolean stacktrace;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Runs the CLI and exits with its code: 0 all done, 1 some inputs failed or an error, 2 bad usage. */
  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new ParleyCommand());
    // 2 is for bad usage only: anything else that goes wrong, a bug included, is a failure
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("parley: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try 'parley " + ex.getCommandLine().getCommandName() + " --help'.");
      return 2;
    });
    cl.setExecutionExceptionHandler(ParleyCommand::failed);
    return cl;
  }

  /** An error out of a command: one line naming what failed and why; the stack trace only on request. */
  private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
    PrintStream err = Console.err();
    err.println("parley " + command.getCommandName() + ": " + ErrorLine.of(e)
        + (stacktraceWanted(parsed) ? "" : ErrorLine.isBug(e) ? " (a bug: --stacktrace shows where)" : ""));
    if (stacktraceWanted(parsed)) {
      e.printStackTrace(err);
    }
    err.flush();
    return 1;
  }

  private static boolean stacktraceWanted(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--stacktrace")) {
        return true;
      }
    }
    return false;
  }
}
