package org.parley.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.actors.ActorDictionary;
import org.parley.actors.NameReading;
import org.parley.model.Actor;
import org.parley.model.ActorNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley actor NAME}: how the actor dictionary reads a name, on a date. */
@Command(name = "actor", mixinStandardHelpOptions = true,
    description = "Show how a name resolves: actor code, display name, role, dates and source table.")
final class ActorCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "NAME", description = "a name as written (\"Kaja Kallas\", \"the Kremlin\")")
  String name;

  @Option(names = "--date", paramLabel = "D", description = "the article date (YYYY-MM-DD) that chooses a role;"
      + " default: the most recent")
  String date;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    LocalDate day;
    try {
      day = date == null ? null : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      spec.commandLine().getErr().println("parley actor: --date must be YYYY-MM-DD, got '" + date + "'");
      return 2;
    }
    ActorDictionary d = ActorDictionary.builtIn();
    List<NameReading> readings = d.explain(name, day);
    if (readings.isEmpty()) {
      out.println(clean(name) + ": not in the actor dictionary (see docs/actors.md to add it)");
      out.flush();
      return 1;
    }
    Actor a = d.lookup(name, day).orElseThrow();
    String display = ActorNames.of(a.code());
    out.println(clean(name) + (day == null ? "" : " on " + day) + " -> " + a.code() + "  " + clean(a.name())
        + (display != null && !display.equals(a.name()) ? "  [" + display + "]" : ""));
    for (NameReading r : readings) {
      out.printf(Locale.ROOT, "  %s %-10s %-26s %-22s %-10s %-10s %s%n", r.chosen() ? "*" : " ", r.code(),
          clean(r.name()), r.role() == null ? "-" : r.role(), r.from() == null ? "" : r.from(),
          r.to() == null ? "" : r.to(), r.source());
    }
    out.flush();
    return 0;
  }

  /** Names come from the user and from data files: control characters must not reach the terminal. */
  private static String clean(String s) {
    return s.replaceAll("\\p{Cntrl}", " ");
  }
}
