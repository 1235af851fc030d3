package org.parley.cli;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import org.parley.model.Attribution;
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

  @Option(names = "--attribution", defaultValue = "speech",
      description = "speech (said, told, according to; the default), belief (believes, wants, plans, is seen as) or all")
  String attribution;

  @Override
  void run(StoreReader r, PrintWriter out) throws StoreException {
    Attribution only = attributionFilter(attribution);
    Tabular<StoredQuote> table = new Tabular<StoredQuote>()
        .column("day", 10, StoredQuote::day)
        .column("speaker", 22, StoredQuote::speaker)
        .column("code", 8, StoredQuote::speakerCode)
        .column("kind", 8, StoredQuote::kind);
    if (only != Attribution.SPEECH) {
      table.column("attribution", 11, StoredQuote::attribution); // speech alone needs no column saying so
    }
    table.column("quote", 80, q -> q.highlight() != null ? q.highlight() : q.text())
        .column("url", 0, StoredQuote::url)
        .print(r.searchQuotes(new Queries.QuoteQuery(speaker, about, StoreOptions.parseDate(from, false, "--from"),
            StoreOptions.parseDate(to, true, "--to"), store.limit, null, only)), store.format, out);
  }

  /**
   * The attribution a quote listing keeps, from the option's value.
   *
   * @return speech or belief, or null for all
   * @throws IllegalArgumentException for any other value
   */
  static @Nullable Attribution attributionFilter(String value) {
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "speech" -> Attribution.SPEECH;
      case "belief" -> Attribution.BELIEF;
      case "all" -> null;
      default -> throw new IllegalArgumentException("--attribution must be speech, belief or all, not '" + value + "'");
    };
  }
}
