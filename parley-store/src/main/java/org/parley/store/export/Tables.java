package org.parley.store.export;

import static org.parley.store.export.Column.optional;
import static org.parley.store.export.Column.required;
import static org.parley.store.export.ColumnType.BOOLEAN;
import static org.parley.store.export.ColumnType.DATE;
import static org.parley.store.export.ColumnType.DOUBLE;
import static org.parley.store.export.ColumnType.INT;
import static org.parley.store.export.ColumnType.STRING;
import static org.parley.store.export.ColumnType.STRING_LIST;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.store.StoredArticle;
import org.parley.store.StoredEvent;
import org.parley.store.StoredQuote;

/**
 * The column lists of every export. Changing a name or type here changes a published schema: update
 * docs/export.md and the Spark job (which writes the same Parquet tables) with it.
 */
final class Tables {
  private Tables() {}

  /** Events as CSV: GDELT 2.0 event-table names where GDELT has the column, Parley's own names after them. */
  static final List<Column<StoredEvent>> EVENT_CSV = List.of(
      required("EventId", STRING, StoredEvent::id),
      optional("SQLDATE", INT, e -> e.day() == null ? null : sqlDate(e.day())),
      optional("MonthYear", INT, e -> e.day() == null ? null : e.day().getYear() * 100 + e.day().getMonthValue()),
      optional("Year", INT, e -> e.day() == null ? null : e.day().getYear()),
      optional("Date", DATE, StoredEvent::day),
      required("DatePrecision", STRING, StoredEvent::precision),
      required("Actor1Code", STRING, StoredEvent::source),
      optional("Actor1Name", STRING, StoredEvent::sourceName),
      optional("Actor1CountryCode", STRING, e -> countryOf(e.source())),
      optional("Actor2Code", STRING, StoredEvent::target),
      optional("Actor2Name", STRING, StoredEvent::targetName),
      optional("Actor2CountryCode", STRING, e -> countryOf(e.target())),
      required("EventCode", STRING, StoredEvent::cameoCode),
      required("EventBaseCode", STRING, e -> prefix(e.cameoCode(), 3)),
      required("EventRootCode", STRING, StoredEvent::cameoRoot),
      required("QuadClass", INT, StoredEvent::quadClass),
      required("GoldsteinScale", DOUBLE, StoredEvent::goldstein),
      required("PloverType", STRING, StoredEvent::type),
      required("Negated", BOOLEAN, StoredEvent::negated),
      optional("SOURCEURL", STRING, StoredEvent::url),
      optional("Site", STRING, StoredEvent::site),
      required("Evidence", STRING, StoredEvent::sentence),
      required("ArticleId", STRING, StoredEvent::articleId));

  /** Events as Parquet: snake_case, typed. The Spark job writes this same table. */
  static final List<Column<StoredEvent>> EVENT_PARQUET = List.of(
      required("event_id", STRING, StoredEvent::id),
      required("article_id", STRING, StoredEvent::articleId),
      optional("date", DATE, StoredEvent::day),
      required("date_precision", STRING, StoredEvent::precision),
      required("source_code", STRING, StoredEvent::source),
      optional("source_name", STRING, StoredEvent::sourceName),
      optional("target_code", STRING, StoredEvent::target),
      optional("target_name", STRING, StoredEvent::targetName),
      required("plover_type", STRING, StoredEvent::type),
      required("cameo_code", STRING, StoredEvent::cameoCode),
      required("cameo_root", STRING, StoredEvent::cameoRoot),
      required("quad_class", INT, StoredEvent::quadClass),
      required("goldstein", DOUBLE, StoredEvent::goldstein),
      required("negated", BOOLEAN, StoredEvent::negated),
      required("sentence", STRING, StoredEvent::sentence),
      optional("url", STRING, StoredEvent::url),
      optional("site", STRING, StoredEvent::site),
      optional("rule", STRING, StoredEvent::rule));

  /** Quotes, in every format. */
  static final List<Column<StoredQuote>> QUOTES = List.of(
      required("quote_id", STRING, StoredQuote::id),
      required("article_id", STRING, StoredQuote::articleId),
      optional("date", DATE, StoredQuote::day),
      optional("speaker", STRING, StoredQuote::speaker),
      optional("speaker_code", STRING, StoredQuote::speakerCode),
      required("kind", STRING, StoredQuote::kind),
      required("attribution", STRING, StoredQuote::attribution),
      optional("cue", STRING, StoredQuote::cue),
      required("quote", STRING, StoredQuote::text),
      required("sentence", STRING, StoredQuote::sentence),
      optional("url", STRING, StoredQuote::url),
      optional("site", STRING, StoredQuote::site));

  /** Articles, in every format. {@code url} and {@code site} are the first of {@code urls} and {@code sites}. */
  static final List<Column<StoredArticle>> ARTICLES = List.of(
      required("article_id", STRING, StoredArticle::id),
      optional("date", DATE, StoredArticle::day),
      optional("published", STRING, StoredArticle::published),
      optional("title", STRING, StoredArticle::title),
      optional("standfirst", STRING, StoredArticle::standfirst),
      required("authors", STRING_LIST, StoredArticle::authors),
      optional("language", STRING, StoredArticle::language),
      optional("url", STRING, a -> a.urls().isEmpty() ? null : a.urls().get(0)),
      optional("site", STRING, a -> a.sites().isEmpty() ? null : a.sites().get(0)),
      required("urls", STRING_LIST, StoredArticle::urls),
      required("sites", STRING_LIST, StoredArticle::sites),
      required("text", STRING, StoredArticle::text));

  /** GDELT's SQLDATE: the day as the number YYYYMMDD. */
  static int sqlDate(LocalDate day) {
    return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
  }

  /** The country part of a CAMEO actor code, or null for international bodies and unresolved actors. */
  static @Nullable String countryOf(@Nullable String code) {
    if (code == null || code.length() < 3 || code.startsWith("IGO") || code.startsWith("NGO")
        || !code.substring(0, 3).chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return null;
    }
    return code.substring(0, 3);
  }

  /** The sector part of a CAMEO actor code ("GOV" of "ESTGOV"), or null when the code is the country alone. */
  static @Nullable String sectorOf(String code) {
    return code.length() > 3 ? code.substring(3) : null;
  }

  private static String prefix(String s, int n) {
    return s.length() > n ? s.substring(0, n) : s;
  }
}
