package org.parley.store.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.Attribution;
import org.parley.model.DatePrecision;
import org.parley.model.DateSource;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.Mention;
import org.parley.model.PublishedDate;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Span;
import org.parley.tables.ArticleRow;
import org.parley.tables.BadRowException;
import org.parley.tables.EventRow;
import org.parley.tables.QuoteRow;
import org.parley.tables.Tables;

/**
 * Reads Parquet tables back into analyses a store can add: the output of the Spark job ({@code DIR/articles/},
 * {@code DIR/quotes/}, {@code DIR/events/}, {@code DIR/failures/}, partitioned Hive-style by {@code date=…}) or of
 * {@code parley export … --format parquet} ({@code DIR/articles.parquet}, {@code DIR/quotes.parquet},
 * {@code DIR/events.parquet}). Only the articles table is required.
 *
 * <p>The tables hold what the store holds, not the whole analysis: an article comes back with its text, metadata,
 * quotes and events, with the ids they were written with, each at its offsets (quote, speaker, cue, trigger, actors,
 * sentence). Tables written before the offsets were kept (schema version 1) have none: their records are tied to
 * their sentence, found again in the text. An
 * article copied on several sites comes back once per extra URL as a copy ({@link Loaded#copyOf}), which a store
 * folds into the first. Quotes and events are grouped by article in memory (about 300 bytes each) before the
 * articles stream past; load very large outputs a month at a time.
 */
public final class ParquetImport {
  private static final Pattern CHILD_ID = Pattern.compile("(.+)#[qe](\\d+)");

  /** An analysis read back, and for copies, the id of the article it copies. */
  public record Loaded(Analysis analysis, @Nullable String copyOf) {}

  /** Where a loaded item goes. */
  @FunctionalInterface
  public interface Sink {
    void accept(Loaded item) throws IOException;
  }

  /** Where a row or file that cannot be read is reported; loading goes on with the rest. */
  @FunctionalInterface
  public interface FailureSink {
    void failure(String input, String reason) throws IOException;
  }

  private final Path dir;
  private final List<Path> articleFiles;
  private final List<Path> quoteFiles;
  private final List<Path> eventFiles;
  private final List<Path> failureFiles;

  private ParquetImport(Path dir) throws IOException {
    this.dir = dir;
    this.articleFiles = tableFiles(dir, "articles");
    this.quoteFiles = tableFiles(dir, "quotes");
    this.eventFiles = tableFiles(dir, "events");
    this.failureFiles = tableFiles(dir, "failures");
  }

  /**
   * Opens a directory of Parquet tables.
   *
   * @throws IOException when it is not a directory or holds no articles table
   */
  public static ParquetImport of(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": not a directory of Parquet tables");
    }
    ParquetImport in = new ParquetImport(dir);
    if (in.articleFiles.isEmpty()) {
      throw new IOException(dir + ": no articles table (expected " + dir.resolve("articles") + "/…parquet or "
          + dir.resolve("articles.parquet") + ")");
    }
    return in;
  }

  /** The number of article rows, from the files' footers (unreadable files count as none). */
  public long articleRows() {
    long n = 0;
    for (Path f : articleFiles) {
      try (ParquetRows rows = ParquetRows.open(f)) {
        n += rows.rowCount();
      } catch (IOException e) {
        // reported when the file is read
      }
    }
    return n;
  }

  /**
   * Reads every table: failures rows and unreadable files or rows go to {@code failures}, articles (with their quotes
   * and events) and their copies to {@code sink}, in the order of the files.
   *
   * @return the number of article rows read
   */
  public long load(Sink sink, FailureSink failures) throws IOException {
    Map<String, List<QuoteRow>> quotes = new HashMap<>();
    Map<String, List<EventRow>> events = new HashMap<>();
    for (Path f : quoteFiles) {
      read(f, failures, row -> {
        QuoteRow q = Tables.QUOTES.read(row);
        kindOf(q);
        quotes.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q);
      });
    }
    for (Path f : eventFiles) {
      read(f, failures, row -> {
        EventRow e = Tables.EVENTS.read(row);
        precisionOf(e);
        typeOf(e);
        events.computeIfAbsent(e.articleId(), k -> new ArrayList<>()).add(e);
      });
    }
    for (Path f : failureFiles) {
      read(f, failures, row -> failures.failure(str(row, "input", "?"),
          "failed in the Spark job (" + str(row, "stage", "?") + "): " + str(row, "reason", "no reason recorded")));
    }
    long[] count = {0};
    for (Path f : articleFiles) {
      read(f, failures, row -> {
        count[0]++;
        ArticleRow ar = Tables.ARTICLES.read(row);
        Article a = article(ar);
        List<QuoteRow> qs = quotes.remove(a.id());
        List<EventRow> es = events.remove(a.id());
        sink.accept(new Loaded(analysis(a, qs, es, failures), null));
        List<String> urls = ar.urls();
        List<String> sites = ar.sites();
        for (int k = 1; k < urls.size(); k++) {
          Article copy = new Article(a.id() + "~" + k, urls.get(k), urls.get(k), k < sites.size() ? sites.get(k) : null,
              a.title(), a.standfirst(), a.published(), a.authors(), a.language(), a.paragraphs(), List.of());
          sink.accept(new Loaded(new Analysis(copy, List.of(), List.of(), List.of(), List.of(), List.of()), a.id()));
        }
      });
    }
    for (String orphan : quotes.keySet()) {
      failures.failure(dir + " quotes of " + orphan, "no article " + orphan + " in the articles table");
    }
    for (String orphan : events.keySet()) {
      failures.failure(dir + " events of " + orphan, "no article " + orphan + " in the articles table");
    }
    return count[0];
  }

  private static void read(Path file, FailureSink failures, ParquetRows.RowHandler handler) throws IOException {
    long[] rowNo = {0};
    try (ParquetRows rows = ParquetRows.open(file)) {
      Map<String, Object> partition = partitionValues(file);
      rows.forEach(row -> {
        rowNo[0]++;
        partition.forEach(row::putIfAbsent);
        try {
          handler.row(row);
        } catch (BadRowException e) {
          failures.failure(file + " row " + rowNo[0], e.getMessage());
        } catch (IOException e) {
          throw new SinkFailed(e);
        }
      });
    } catch (SinkFailed e) {
      // the store (or whoever takes the rows) failed: that stops the load, it is not a bad file
      throw e.getCause();
    } catch (IOException e) {
      failures.failure(rowNo[0] == 0 ? file.toString() : file + " after row " + rowNo[0],
          "cannot read Parquet: " + e.getMessage());
    }
  }

  /** Carries a sink's failure past the reader's handling of bad files. */
  private static final class SinkFailed extends RuntimeException {
    SinkFailed(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /** Hive-style partition directories ({@code date=2019-03-04}) between the table directory and the file. */
  private static Map<String, Object> partitionValues(Path file) {
    Map<String, Object> values = new HashMap<>();
    for (Path p = file.getParent(); p != null && p.getFileName() != null; p = p.getParent()) {
      String name = p.getFileName().toString();
      int eq = name.indexOf('=');
      if (eq <= 0) {
        break;
      }
      String key = name.substring(0, eq);
      String value = name.substring(eq + 1);
      if (value.equals("__HIVE_DEFAULT_PARTITION__")) {
        continue;
      }
      if (key.equals("date")) {
        try {
          values.put(key, LocalDate.parse(value));
        } catch (DateTimeParseException e) {
          // not a day: leave the column out rather than guess
        }
      } else {
        values.put(key, value);
      }
    }
    return values;
  }

  private static List<Path> tableFiles(Path dir, String table) throws IOException {
    Path single = dir.resolve(table + ".parquet");
    if (Files.isRegularFile(single)) {
      return List.of(single);
    }
    Path tableDir = dir.resolve(table);
    if (!Files.isDirectory(tableDir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(tableDir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !hidden(tableDir.relativize(p)))
          .filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    }
  }

  /** Spark's and Hadoop's bookkeeping ({@code _SUCCESS}, {@code _temporary}, {@code .crc}) is not data. */
  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      String n = part.toString();
      if (n.startsWith("_") || n.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static Article article(ArticleRow row) {
    return new Article(row.articleId(), row.url() != null ? row.url() : row.articleId(), row.url(), row.site(),
        row.title(), row.standfirst(), published(row), row.authors(), row.language(),
        List.of(row.text().split("\n\n", -1)), List.of());
  }

  private static @Nullable PublishedDate published(ArticleRow row) {
    String raw = row.published();
    LocalDate day = row.date();
    OffsetDateTime time = null;
    if (raw != null) {
      try {
        time = OffsetDateTime.parse(raw);
      } catch (DateTimeParseException e) {
        // a bare day, or a form the export did not write: the day column stands
      }
      if (day == null) {
        try {
          day = time != null ? time.toLocalDate() : LocalDate.parse(raw.length() >= 10 ? raw.substring(0, 10) : raw);
        } catch (DateTimeParseException e) {
          day = null;
        }
      }
    }
    if (day == null) {
      return null;
    }
    return new PublishedDate(day, time, raw != null ? raw : day.toString(), DateSource.INPUT);
  }

  private static Analysis analysis(Article a, @Nullable List<QuoteRow> quoteRows, @Nullable List<EventRow> eventRows,
                                   FailureSink failures) throws IOException {
    String text = a.text();
    List<Span> sentences = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    for (QuoteRow q : ordered(quoteRows, QuoteRow::quoteId)) {
      Span sentence = sentenceOf(text, q.quoteId(), q.sentence(), q.sentenceSpan(), a, failures);
      if (sentence == null) {
        continue;
      }
      boolean placed = sentence.equals(q.sentenceSpan());
      Span span = placed && fits(q.quoteSpan(), text) ? q.quoteSpan() : find(text, q.quote(), sentence.start());
      Span speakerSpan = placed && fits(q.speakerSpan(), text) ? q.speakerSpan() : sentence;
      Mention speaker = q.speaker() == null && q.speakerCode() == null ? null
          : new Mention(speakerSpan, q.speaker() != null ? q.speaker() : q.speakerCode(),
              q.speakerCode() == null ? null : actor(q.speakerCode(), q.speaker()));
      sentences.add(sentence);
      quotes.add(new Quote(span != null ? span : sentence, q.quote(), kindOf(q), speaker, q.cue(),
          placed && fits(q.cueSpan(), text) ? q.cueSpan() : null, sentence, Attribution.ofLabel(q.attribution())));
    }
    List<Event> events = new ArrayList<>();
    for (EventRow e : ordered(eventRows, EventRow::eventId)) {
      Span sentence = sentenceOf(text, e.eventId(), e.sentence(), e.sentenceSpan(), a, failures);
      if (sentence == null) {
        continue;
      }
      boolean placed = sentence.equals(e.sentenceSpan());
      Mention source = mention(placed && fits(e.sourceSpan(), text) ? e.sourceSpan() : sentence, e.sourceCode(),
          e.sourceName());
      Mention target = e.targetCode() == null ? null
          : mention(placed && fits(e.targetSpan(), text) ? e.targetSpan() : sentence, e.targetCode(), e.targetName());
      DatePrecision precision = precisionOf(e);
      LocalDate date = precision == DatePrecision.ARTICLE ? null : e.date();
      sentences.add(sentence);
      events.add(new Event(typeOf(e), e.cameoCode(), e.goldstein(), source, target, date, precision, e.negated(), null,
          placed && fits(e.triggerSpan(), text) ? e.triggerSpan() : sentence, sentence, 1.0, e.rule()));
    }
    sentences.sort(Comparator.comparingInt(Span::start));
    return new Analysis(a, sentences.stream().distinct().toList(), List.of(), quotes, events, List.of());
  }

  /**
   * Where a quote's or event's sentence stands in its article's text: at its offsets when the row has them and the
   * text there is the sentence; else (a table written before offsets were kept) where the sentence is found again.
   * Null, a failure recorded, when it is in neither place.
   */
  private static @Nullable Span sentenceOf(String text, String rowId, String sentence, @Nullable Span at, Article a,
                                           FailureSink failures) throws IOException {
    if (fits(at, text) && text.regionMatches(at.start(), sentence, 0, sentence.length())
        && at.length() == sentence.length()) {
      return at;
    }
    Span span = find(text, sentence, 0);
    if (span == null) {
      failures.failure(rowId, "its sentence is not in the text of article " + a.id());
    }
    return span;
  }

  private static boolean fits(@Nullable Span span, String text) {
    return span != null && span.end() <= text.length();
  }

  /** The tables write kinds and precisions in lower case; a value the model does not know is a bad row. */
  private static QuoteKind kindOf(QuoteRow q) throws BadRowException {
    try {
      return QuoteKind.valueOf(q.kind().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRowException("unknown quote kind '" + q.kind() + "'");
    }
  }

  private static EventType typeOf(EventRow e) throws BadRowException {
    return EventType.find(e.ploverType())
        .orElseThrow(() -> new BadRowException("unknown event type '" + e.ploverType() + "'"));
  }

  private static DatePrecision precisionOf(EventRow e) throws BadRowException {
    try {
      return DatePrecision.valueOf(e.datePrecision().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException x) {
      throw new BadRowException("unknown date precision '" + e.datePrecision() + "'");
    }
  }

  /** Rows in the order of their ids' numbers ({@code …#q2} before {@code …#q10}), so ids come back the same. */
  private static <T> List<T> ordered(@Nullable List<T> rows, java.util.function.Function<T, String> id) {
    if (rows == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>(rows);
    out.sort(Comparator.comparingLong(r -> {
      Matcher m = CHILD_ID.matcher(id.apply(r));
      return m.matches() && m.group(2).length() < 10 ? Long.parseLong(m.group(2)) : Long.MAX_VALUE;
    }));
    return out;
  }

  private static @Nullable Span find(String text, String part, int from) {
    int at = text.indexOf(part, from);
    if (at < 0 && from > 0) {
      at = text.indexOf(part);
    }
    return at < 0 ? null : new Span(at, at + part.length());
  }

  private static Mention mention(Span span, String code, @Nullable String name) {
    boolean unresolved = code.equals(Tables.UNRESOLVED);
    return new Mention(span, name != null ? name : code, unresolved ? null : actor(code, name));
  }

  private static Actor actor(String code, @Nullable String name) {
    String country = Tables.countryOf(code);
    String sector = country == null ? null : Tables.sectorOf(code);
    return new Actor(code, name != null ? name : code, kindOf(code, name), country, sector);
  }

  /**
   * The tables keep an actor's code and name but not its kind; the store only uses the kind to tell a state's or
   * body's own name ("Estonia") from a person acting for it ("Kaja Kallas"), so a guess from the code's shape does.
   */
  static ActorKind kindOf(String code, @Nullable String name) {
    if (code.startsWith("IGO")) {
      return ActorKind.IGO;
    }
    if (code.startsWith("NGO")) {
      return ActorKind.ORGANIZATION;
    }
    if (code.length() == 3) {
      return ActorKind.STATE;
    }
    return name != null && PERSON_NAME.matcher(name).matches() ? ActorKind.PERSON : ActorKind.GROUP;
  }

  /** Two to four capitalised words, none of them a word that names a body rather than a person. */
  private static final Pattern PERSON_NAME = Pattern.compile(
      "(?!.*\\b(?:Ministry|Office|Government|Council|Army|Navy|Forces|Party|Parliament|Police|Guard|House|Street"
          + "|Department|Agency|Union|Republic|Kremlin|Commission|Court|Bank|Committee)\\b)"
          + "\\p{Lu}[\\p{L}'.-]+(?: \\p{Lu}[\\p{L}'.-]+){1,3}");

  private static String str(Map<String, Object> row, String column, String fallback) {
    Object v = row.get(column);
    return v == null ? fallback : v.toString();
  }
}
