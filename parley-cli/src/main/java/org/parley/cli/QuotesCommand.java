package org.parley.cli;

import java.io.PrintWriter;
import org.parley.store.Queries;
import org.parley.store.StoreException;
import org.parley.store.StoreReader;
import org.parley.store.StoredQuote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley quotes}: who said what. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "List stored quotes, newest first, by speaker (name or actor code) and topic.")
final class QuotesCommand extends StoreCommand {
  @Option(names = "--speaker", description = "a name (\"Saar\") or an actor code (ESTGOV; EST for the whole country)")
  String speaker;

  @Option(names = "--about", description = "words the quote should contain")
  String about;

  @Option(names = "--from", description = "on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
  String from;

  @Option(names = "--to", description = "on or before")
  String to;

  @Override
  void run(StoreReader r, PrintWriter out) throws StoreException {
    new Tabular<StoredQuote>()
        .column("day", 10, StoredQuote::day)
        .column("speaker", 22, StoredQuote::speaker)
        .column("code", 8, StoredQuote::speakerCode)
        .column("kind", 8, StoredQuote::kind)
        .column("quote", 80, q -> q.highlight() != null ? q.highlight() : q.text())
        .column("url", 0, StoredQuote::url)
        .print(r.searchQuotes(new Queries.QuoteQuery(speaker, about, StoreOptions.parseDate(from, false, "--from"),
            StoreOptions.parseDate(to, true, "--to"), store.limit)), store.format, out);
  }
}
