package org.parley.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import org.parley.store.StoreReader;
import picocli.CommandLine.Mixin;

/** A command that reads the store: opens it read-only, turns bad input into one clear message and exit code 2. */
abstract class StoreCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  static final java.time.Duration QUERY_BUDGET = java.time.Duration.ofSeconds(60);

  abstract void run(StoreReader reader, PrintWriter out) throws StoreException;

  @Override
  public final Integer call() {
    PrintStream err = Console.err();
    PrintWriter out = Console.out();
    try (ParleyStore s = ParleyStore.openReadOnly(store.data); StoreReader r = s.reader()) {
      // a query that runs this long would be better narrowed than waited for
      org.parley.store.QueryDeadline.run(QUERY_BUDGET, () -> {
        run(r, out);
        return null;
      });
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("parley: " + e.getMessage());
      return 2;
    } catch (StoreException e) {
      err.println("parley: " + e.getMessage());
      return 1;
    }
  }
}
