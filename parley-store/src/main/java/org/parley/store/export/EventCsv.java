package org.parley.store.export;

import static org.parley.tables.Column.optional;
import static org.parley.tables.Column.required;
import static org.parley.tables.ColumnType.BOOLEAN;
import static org.parley.tables.ColumnType.DATE;
import static org.parley.tables.ColumnType.DOUBLE;
import static org.parley.tables.ColumnType.INT;
import static org.parley.tables.ColumnType.STRING;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.parley.tables.Column;
import org.parley.tables.EventRow;
import org.parley.tables.Tables;

/**
 * The GDELT-style CSV columns of events. Every other export writes the columns of the published tables
 * ({@link Tables}); this one renames and derives them from the same rows. A change here is a change of a published
 * format: update docs/export.md with it.
 */
final class EventCsv {
  private EventCsv() {}

  /**
   * Events as CSV: GDELT 2.0 event-table names where GDELT has the column, Parley's own names after them, then the
   * offset columns of the published table under its names.
   */
  static final List<Column<EventRow>> COLUMNS = Stream.concat(Stream.<Column<EventRow>>of(
      required("EventId", STRING, EventRow::eventId),
      optional("SQLDATE", INT, e -> e.date() == null ? null : sqlDate(e.date())),
      optional("MonthYear", INT, e -> e.date() == null ? null : e.date().getYear() * 100 + e.date().getMonthValue()),
      optional("Year", INT, e -> e.date() == null ? null : e.date().getYear()),
      optional("Date", DATE, EventRow::date),
      required("DatePrecision", STRING, EventRow::datePrecision),
      required("Actor1Code", STRING, EventRow::sourceCode),
      optional("Actor1Name", STRING, EventRow::sourceName),
      optional("Actor1CountryCode", STRING, e -> Tables.countryOf(e.sourceCode())),
      optional("Actor2Code", STRING, EventRow::targetCode),
      optional("Actor2Name", STRING, EventRow::targetName),
      optional("Actor2CountryCode", STRING, e -> Tables.countryOf(e.targetCode())),
      required("EventCode", STRING, EventRow::cameoCode),
      required("EventBaseCode", STRING, e -> prefix(e.cameoCode(), 3)),
      required("EventRootCode", STRING, EventRow::cameoRoot),
      required("QuadClass", INT, EventRow::quadClass),
      required("GoldsteinScale", DOUBLE, EventRow::goldstein),
      required("PloverType", STRING, EventRow::ploverType),
      required("Negated", BOOLEAN, EventRow::negated),
      optional("SOURCEURL", STRING, EventRow::url),
      optional("Site", STRING, EventRow::site),
      required("Evidence", STRING, EventRow::sentence),
      required("ArticleId", STRING, EventRow::articleId)), Tables.EVENT_OFFSETS.stream()).toList();

  /** GDELT's SQLDATE: the day as the number YYYYMMDD. */
  static int sqlDate(LocalDate day) {
    return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
  }

  private static String prefix(String s, int n) {
    return s.length() > n ? s.substring(0, n) : s;
  }
}
