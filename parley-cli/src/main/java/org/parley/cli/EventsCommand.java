package org.parley.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.parley.store.DyadPoint;
import org.parley.store.Queries;
import org.parley.store.StoreException;
import org.parley.store.StoreReader;
import org.parley.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley events}: who did what to whom, or a dyad's time series. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"List stored events, newest first, by source, target, PLOVER type, date and evidence words;",
        "or, with --dyad A,B, the counts and mean Goldstein score per period in each direction."})
final class EventsCommand extends StoreCommand {
  @Option(names = "--source", description = "source actor code (RUS matches RUSGOV, RUSMIL…)")
  String source;

  @Option(names = "--target", description = "target actor code")
  String target;

  @Option(names = "--type", completionCandidates = EventTypes.class,
      description = "PLOVER type, in any case: ${COMPLETION-CANDIDATES} (STATEMENT: a public statement, CAMEO 01)")
  String type;

  @Option(names = "--text", description = "words the evidence sentence should contain")
  String text;

  @Option(names = "--from", description = "on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
  String from;

  @Option(names = "--to", description = "on or before")
  String to;

  @Option(names = "--dyad", description = "two actor codes, A,B: print the A→B and B→A series instead")
  String dyad;

  @Option(names = "--by", defaultValue = "month", description = "dyad buckets: day, week or month (default: ${DEFAULT-VALUE})")
  String by;

  @Override
  void run(StoreReader r, PrintWriter out) throws StoreException {
    var fromDay = StoreOptions.parseDate(from, false, "--from");
    var toDay = StoreOptions.parseDate(to, true, "--to");
    String storedType = EventTypes.check(type);
    if (dyad != null) {
      String[] ab = dyad.split(",");
      if (ab.length != 2 || ab[0].isBlank() || ab[1].isBlank()) {
        throw new IllegalArgumentException("--dyad takes two actor codes separated by a comma, e.g. RUS,USA");
      }
      Queries.Granularity g;
      try {
        g = Queries.Granularity.valueOf(by.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--by must be day, week or month, not '" + by + "'");
      }
      List<DyadPoint> series = r.dyad(ab[0].strip().toUpperCase(Locale.ROOT), ab[1].strip().toUpperCase(Locale.ROOT),
          g, fromDay, toDay);
      new Tabular<DyadPoint>()
          .column("period", 10, DyadPoint::period)
          .column("direction", 14, p -> p.source() + " → " + p.target())
          .column("events", 6, DyadPoint::count)
          .column("goldstein", 9, DyadPoint::meanGoldstein)
          .column("types", 0, p -> p.byType().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
              .map(e -> e.getKey() + ":" + e.getValue()).toList())
          .print(series, store.format, out);
      return;
    }
    List<StoredEvent> events = r.searchEvents(new Queries.EventQuery(source, target, storedType, fromDay, toDay, text,
        store.limit));
    new Tabular<StoredEvent>()
        .column("date", 10, StoredEvent::day)
        .column("source", 9, StoredEvent::source)
        .column("type", 9, e -> (e.negated() ? "¬" : "") + e.type())
        .column("cameo", 5, StoredEvent::cameoCode)
        .column("target", 9, StoredEvent::target)
        .column("evidence", 80, e -> e.highlight() != null ? e.highlight() : e.sentence())
        .column("url", 0, StoredEvent::url)
        .print(events, store.format, out);
  }
}
