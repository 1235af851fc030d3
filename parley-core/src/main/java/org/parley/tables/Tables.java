package org.parley.tables;

import static org.parley.tables.Column.optional;
import static org.parley.tables.Column.required;
import static org.parley.tables.ColumnType.BOOLEAN;
import static org.parley.tables.ColumnType.DATE;
import static org.parley.tables.ColumnType.DOUBLE;
import static org.parley.tables.ColumnType.INT;
import static org.parley.tables.ColumnType.STRING;
import static org.parley.tables.ColumnType.STRING_LIST;
import static org.parley.tables.TableValues.bool;
import static org.parley.tables.TableValues.date;
import static org.parley.tables.TableValues.integer;
import static org.parley.tables.TableValues.list;
import static org.parley.tables.TableValues.number;
import static org.parley.tables.TableValues.optionalString;
import static org.parley.tables.TableValues.span;
import static org.parley.tables.TableValues.string;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ActorNames;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.Span;

/**
 * The published tables, and how an analysis becomes their rows. Changing a column here changes a published schema:
 * bump {@link #SCHEMA_VERSION} and update docs/export.md. New columns go last, optional, so older files still read.
 */
public final class Tables {
  private Tables() {}

  /** Written into each Parquet file's metadata as {@code parley.schema.version}; 2 added the offset columns. */
  public static final int SCHEMA_VERSION = 2;

  /** What an unresolved actor's code is. */
  public static final String UNRESOLVED = "---";

  /** {@code articles}. {@code url} and {@code site} are the first of {@code urls} and {@code sites}. */
  public static final Table<ArticleRow> ARTICLES = new Table<>("articles", List.of(
      required("article_id", STRING, ArticleRow::articleId),
      optional("date", DATE, ArticleRow::date),
      optional("published", STRING, ArticleRow::published),
      optional("title", STRING, ArticleRow::title),
      optional("standfirst", STRING, ArticleRow::standfirst),
      required("authors", STRING_LIST, ArticleRow::authors),
      optional("language", STRING, ArticleRow::language),
      optional("url", STRING, ArticleRow::url),
      optional("site", STRING, ArticleRow::site),
      required("urls", STRING_LIST, ArticleRow::urls),
      required("sites", STRING_LIST, ArticleRow::sites),
      required("text", STRING, ArticleRow::text)),
      r -> {
        List<String> urls = list(r, "urls");
        List<String> sites = list(r, "sites");
        String url = !urls.isEmpty() ? urls.get(0) : optionalString(r, "url");
        String site = !sites.isEmpty() ? sites.get(0) : optionalString(r, "site");
        return new ArticleRow(string(r, "article_id"), date(r, "date"), optionalString(r, "published"),
            optionalString(r, "title"), optionalString(r, "standfirst"), list(r, "authors"),
            optionalString(r, "language"), url, site, urls.isEmpty() && url != null ? List.of(url) : urls,
            sites.isEmpty() && site != null ? List.of(site) : sites, string(r, "text"));
      });

  /** {@code quotes}. */
  public static final Table<QuoteRow> QUOTES = new Table<>("quotes", withSpans(List.of(
      required("quote_id", STRING, QuoteRow::quoteId),
      required("article_id", STRING, QuoteRow::articleId),
      optional("date", DATE, QuoteRow::date),
      optional("speaker", STRING, QuoteRow::speaker),
      optional("speaker_code", STRING, QuoteRow::speakerCode),
      required("kind", STRING, QuoteRow::kind),
      required("attribution", STRING, QuoteRow::attribution),
      optional("cue", STRING, QuoteRow::cue),
      required("quote", STRING, QuoteRow::quote),
      required("sentence", STRING, QuoteRow::sentence),
      optional("url", STRING, QuoteRow::url),
      optional("site", STRING, QuoteRow::site)), spanColumns(
      List.of("quote", "sentence", "speaker", "cue"),
      List.of(QuoteRow::quoteSpan, QuoteRow::sentenceSpan, QuoteRow::speakerSpan, QuoteRow::cueSpan))),
      r -> new QuoteRow(string(r, "quote_id"), string(r, "article_id"), date(r, "date"),
          optionalString(r, "speaker"), optionalString(r, "speaker_code"), string(r, "kind"),
          r.get("attribution") == null ? "speech" : string(r, "attribution"), optionalString(r, "cue"),
          string(r, "quote"), string(r, "sentence"), optionalString(r, "url"), optionalString(r, "site"),
          span(r, "quote"), span(r, "sentence"), span(r, "speaker"), span(r, "cue")));

  /**
   * The events' offset columns, the last of {@link #EVENTS}: the evidence sentence, the predicate, the source's and the
   * target's mention. The events' CSV and PLOVER JSON lines carry these same columns, so all formats agree.
   */
  public static final List<Column<EventRow>> EVENT_OFFSETS = spanColumns(
      List.of("sentence", "trigger", "source", "target"),
      List.of(EventRow::sentenceSpan, EventRow::triggerSpan, EventRow::sourceSpan, EventRow::targetSpan));

  /** {@code events}. */
  public static final Table<EventRow> EVENTS = new Table<>("events", withSpans(List.of(
      required("event_id", STRING, EventRow::eventId),
      required("article_id", STRING, EventRow::articleId),
      optional("date", DATE, EventRow::date),
      required("date_precision", STRING, EventRow::datePrecision),
      required("source_code", STRING, EventRow::sourceCode),
      optional("source_name", STRING, EventRow::sourceName),
      optional("target_code", STRING, EventRow::targetCode),
      optional("target_name", STRING, EventRow::targetName),
      required("plover_type", STRING, EventRow::ploverType),
      required("cameo_code", STRING, EventRow::cameoCode),
      required("cameo_root", STRING, EventRow::cameoRoot),
      required("quad_class", INT, EventRow::quadClass),
      required("goldstein", DOUBLE, EventRow::goldstein),
      required("negated", BOOLEAN, EventRow::negated),
      required("sentence", STRING, EventRow::sentence),
      optional("url", STRING, EventRow::url),
      optional("site", STRING, EventRow::site),
      optional("rule", STRING, EventRow::rule)), EVENT_OFFSETS),
      r -> {
        String cameo = string(r, "cameo_code");
        return new EventRow(string(r, "event_id"), string(r, "article_id"), date(r, "date"),
            string(r, "date_precision"), string(r, "source_code"), optionalString(r, "source_name"),
            optionalString(r, "target_code"), optionalString(r, "target_name"), string(r, "plover_type"), cameo,
            r.get("cameo_root") == null ? cameoRoot(cameo) : string(r, "cameo_root"),
            r.get("quad_class") == null ? 0 : integer(r, "quad_class"), number(r, "goldstein"), bool(r, "negated"),
            string(r, "sentence"), optionalString(r, "url"), optionalString(r, "site"), optionalString(r, "rule"),
            span(r, "sentence"), span(r, "trigger"), span(r, "source"), span(r, "target"));
      });

  /** The columns, then the offset columns. */
  private static <T> List<Column<T>> withSpans(List<Column<T>> columns, List<Column<T>> offsets) {
    List<Column<T>> out = new ArrayList<>(columns);
    out.addAll(offsets);
    return out;
  }

  /** A {@code <name>_start} and {@code <name>_end} pair for each span. */
  private static <T> List<Column<T>> spanColumns(List<String> names, List<Function<T, @Nullable Span>> spans) {
    List<Column<T>> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Function<T, @Nullable Span> span = spans.get(i);
      out.add(optional(names.get(i) + "_start", INT, row -> {
        Span s = span.apply(row);
        return s == null ? null : s.start();
      }));
      out.add(optional(names.get(i) + "_end", INT, row -> {
        Span s = span.apply(row);
        return s == null ? null : s.end();
      }));
    }
    return List.copyOf(out);
  }

  /** Where an article says it was read from: its URL, else its origin. */
  public static String provenance(Article a) {
    return a.url() != null ? a.url() : a.origin();
  }

  /** The article's row, as read from the one place it was found. */
  public static ArticleRow article(Article a) {
    LocalDate day = a.published() == null ? null : a.published().day();
    List<String> sites = a.site() == null ? List.of() : List.of(a.site());
    return new ArticleRow(a.id(), day, a.published() == null ? null : a.published().iso(), a.title(),
        a.standfirst(), a.authors(), a.language(), provenance(a), a.site(), List.of(provenance(a)), sites,
        a.text());
  }

  /** The quotes' rows, numbered in the analysis' order. */
  public static List<QuoteRow> quotes(Analysis an) {
    Article a = an.article();
    LocalDate day = a.published() == null ? null : a.published().day();
    String text = a.text();
    List<QuoteRow> rows = new ArrayList<>(an.quotes().size());
    for (Quote q : an.quotes()) {
      Mention sp = q.speaker();
      String code = sp == null || sp.actor() == null || sp.actor().code().isEmpty() ? null : sp.actor().code();
      rows.add(new QuoteRow(a.id() + "#q" + rows.size(), a.id(), day, sp == null ? null : speakerName(sp), code,
          q.kind().name().toLowerCase(Locale.ROOT), q.attribution().label(), q.cue(), q.text(),
          textOf(text, q.sentence()), provenance(a), a.site(), q.span(), q.sentence(),
          sp == null ? null : sp.span(), q.cueSpan()));
    }
    return rows;
  }

  /** The events' rows, numbered in the analysis' order; an undated event takes the publication day. */
  public static List<EventRow> events(Analysis an) {
    Article a = an.article();
    LocalDate published = a.published() == null ? null : a.published().day();
    String text = a.text();
    List<EventRow> rows = new ArrayList<>(an.events().size());
    for (Event e : an.events()) {
      Mention target = e.target();
      rows.add(new EventRow(a.id() + "#e" + rows.size(), a.id(), e.date() != null ? e.date() : published,
          e.precision().name().toLowerCase(Locale.ROOT), codeOf(e.source()), actorName(e.source()),
          target == null ? null : codeOf(target), target == null ? null : actorName(target), e.type(),
          e.cameoCode(), e.cameoRoot(), e.quadClass(), e.goldstein(), e.negated(), textOf(text, e.sentence()),
          provenance(a), a.site(), e.rule(), e.sentence(), e.trigger(), e.source().span(),
          target == null ? null : target.span()));
    }
    return rows;
  }

  /**
   * How a speaker is named: a person as the dictionary knows them ("Kristjan Saar" for "Saar"), a pronoun by the
   * actor it stands for ("Estonia (government)" for the "it" of "it said"), anything else as the text names it ("the
   * ministry").
   */
  public static String speakerName(Mention m) {
    Actor actor = m.actor();
    if (actor != null && actor.kind() == ActorKind.PERSON) {
      return actor.name();
    }
    if (actor != null && PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT))) {
      String display = ActorNames.of(actor.code());
      return display != null ? display : actor.name().isBlank() ? m.text() : actor.name();
    }
    return m.text();
  }

  private static final java.util.Set<String> PRONOUNS = java.util.Set.of("it", "they", "them", "he", "she", "him",
      "her", "we", "its", "their");

  /**
   * How an event's actor is named: the resolved actor's own name ("Philippines", "Kristjan Saar"), not the words
   * that referred to it ("they"); the words when unresolved.
   */
  public static String actorName(Mention m) {
    Actor actor = m.actor();
    return actor != null && !actor.name().isBlank() ? actor.name() : m.text();
  }

  /** An actor's code, {@link #UNRESOLVED} when there is no actor. */
  public static String codeOf(Mention m) {
    return m.actor() == null ? UNRESOLVED : m.actor().code();
  }

  /**
   * The country part of a CAMEO actor code, or null for international bodies ({@code IGO…}), NGOs, unresolved actors
   * and codes that do not start with three letters.
   */
  public static @Nullable String countryOf(@Nullable String code) {
    if (code == null || code.length() < 3 || code.startsWith("IGO") || code.startsWith("NGO")
        || !code.substring(0, 3).chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return null;
    }
    return code.substring(0, 3);
  }

  /** The sector part of a CAMEO actor code ("GOV" of "ESTGOV"), or null when the code is the country alone. */
  public static @Nullable String sectorOf(String code) {
    return code.length() > 3 ? code.substring(3) : null;
  }

  /** The CAMEO root: the first two digits. */
  public static String cameoRoot(String cameoCode) {
    return cameoCode.length() >= 2 ? cameoCode.substring(0, 2) : cameoCode;
  }

  /** The text of a span, clipped to the text. */
  public static String textOf(String text, Span span) {
    int end = Math.min(span.end(), text.length());
    return text.substring(Math.min(span.start(), end), end);
  }
}
