package org.parley.cli;

import java.io.PrintWriter;
import java.util.List;
import org.parley.store.Queries;
import org.parley.store.StoreException;
import org.parley.store.StoreReader;
import org.parley.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley search}: full-text search over stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search stored articles by words (\"quotes\" for a phrase, -word to exclude), site and date.",
        "Matches are marked [[like this]] in the snippet."})
final class SearchCommand extends StoreCommand {
  @Parameters(arity = "0..1", paramLabel = "TEXT", description = "words to find (omit to list the newest)")
  String text;

  @Option(names = "--site", description = "only this site")
  String site;

  @Option(names = "--from", description = "published on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
  String from;

  @Option(names = "--to", description = "published on or before")
  String to;

  @Override
  void run(StoreReader r, PrintWriter out) throws StoreException {
    List<StoredArticle> hits = r.searchArticles(new Queries.ArticleQuery(text, site,
        StoreOptions.parseDate(from, false, "--from"), StoreOptions.parseDate(to, true, "--to"), store.limit));
    new Tabular<StoredArticle>()
        .column("day", 10, StoredArticle::day)
        .column("site", 18, a -> a.sites().isEmpty() ? null : a.sites().get(0))
        .column("title", 48, StoredArticle::title)
        .column("snippet", 64, a -> a.highlight() != null ? a.highlight() : a.standfirst())
        .column("id", 0, StoredArticle::id)
        .print(hits, store.format, out);
  }
}
