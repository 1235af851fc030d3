package org.parley.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    // "--format CSV" is what a user means by csv; option values that name things are not case-sensitive
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, ParleyCommand::commandList);
    cl.setParameterExceptionHandler((ex, a) -> usageError(ex));
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

  private static int usageError(CommandLine.ParameterException ex) {
    CommandLine where = ex.getCommandLine();
    PrintWriter err = where.getErr();
    err.println("parley: " + ex.getMessage());
    List<String> close = ex instanceof CommandLine.UnmatchedArgumentException u ? u.getSuggestions() : List.of();
    if (!close.isEmpty()) {
      err.println("Did you mean " + String.join(" or ", close.stream().map(s -> "'" + s + "'").toList()) + "?");
    } else if (where.getParent() == null && (where.getParseResult() == null || !where.getParseResult().hasSubcommand())) {
      // without a command (or with one that resembles none), the list of commands is the help needed
      err.println("Commands:");
      err.print(commandList(where.getHelp()));
    }
    err.println("Try '" + where.getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return 2;
  }

  /**
   * Each command with the first sentence of its description. Picocli's own list shows only the first line of a
   * description, which in a description written over several lines stops mid-sentence.
   */
  static String commandList(CommandLine.Help help) {
    Map<String, String> rows = new LinkedHashMap<>();
    for (Map.Entry<String, CommandLine.Help> e : help.subcommands().entrySet()) {
      CommandLine.Model.UsageMessageSpec usage = e.getValue().commandSpec().usageMessage();
      // a header, where a command has one (picocli's help does), is its one-line summary
      String[] text = usage.header().length > 0 ? usage.header() : usage.description();
      rows.put(e.getKey(), firstSentence(String.join(" ", text)));
    }
    return help.createTextTable(rows).toString();
  }

  /** The text up to and including its first full stop that ends a sentence, or all of it. */
  static String firstSentence(String text) {
    String s = text.strip().replaceAll("\\s+", " ");
    for (int i = s.indexOf('.'); i >= 0; i = s.indexOf('.', i + 1)) {
      if (i == s.length() - 1 || s.charAt(i + 1) == ' ' && Character.isUpperCase(nextLetter(s, i + 1))) {
        return s.substring(0, i + 1);
      }
    }
    return s;
  }

  private static char nextLetter(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return 'A';
  }
}
