package org.parley.cli;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import org.parley.store.ActorCount;
import org.parley.store.StoreException;
import org.parley.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley actors}: the actors that appear most. */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "List the actors that appear most, as event source, event target and quote speaker.")
final class ActorsCommand extends StoreCommand {
  /** The old name of {@code --limit}, kept for scripts that use it. */
  @Option(names = "--top", hidden = true)
  @Nullable Integer top;

  @Override
  void run(StoreReader r, PrintWriter out) throws StoreException {
    int n = top != null ? top : store.limit;
    if (n < 1 || n > 10_000) {
      throw new IllegalArgumentException((top != null ? "--top" : "--limit") + " must be between 1 and 10000");
    }
    new Tabular<ActorCount>()
        .column("code", 10, ActorCount::code)
        .column("name", 24, ActorCount::name)
        .column("source", 6, ActorCount::asSource)
        .column("target", 6, ActorCount::asTarget)
        .column("quotes", 6, ActorCount::quotes)
        .print(r.topActors(n), store.format, out);
  }
}
