package org.parley.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.Span;

/**
 * The rows of the four tables, and how an analysis becomes them. The columns and their meaning are those of
 * {@code parley export} (docs/export.md), which maps the store's records the same way: a change there is a change
 * here.
 */
final class Tables {
  private Tables() {}

  /** A row of {@code articles}. */
  record ArticleRow(String articleId, @Nullable LocalDate date, @Nullable String published, @Nullable String title,
                    @Nullable String standfirst, List<String> authors, @Nullable String language,
                    @Nullable String url, @Nullable String site, List<String> urls, List<String> sites,
                    String text) implements Serializable {
    ArticleRow {
      authors = List.copyOf(authors);
      urls = List.copyOf(urls);
      sites = List.copyOf(sites);
    }

    /** The same story read from more places: syndicated copies fold their URL and site into the first one. */
    ArticleRow withProvenance(List<String> allUrls, List<String> allSites) {
      return new ArticleRow(articleId, date, published, title, standfirst, authors, language,
          allUrls.isEmpty() ? null : allUrls.get(0), allSites.isEmpty() ? null : allSites.get(0), allUrls, allSites,
          text);
    }
  }

  /** A row of {@code quotes}. */
  record QuoteRow(String quoteId, String articleId, @Nullable LocalDate date, @Nullable String speaker,
                  @Nullable String speakerCode, String kind, String attribution, @Nullable String cue, String quote,
                  String sentence, @Nullable String url, @Nullable String site) implements Serializable {}

  /** A row of {@code events}. */
  record EventRow(String eventId, String articleId, @Nullable LocalDate date, String datePrecision,
                  String sourceCode, @Nullable String sourceName, @Nullable String targetCode,
                  @Nullable String targetName, String ploverType, String cameoCode, String cameoRoot, int quadClass,
                  double goldstein, boolean negated, String sentence, @Nullable String url, @Nullable String site,
                  @Nullable String rule)
      implements Serializable {}

  /**
   * A row of {@code failures}: an input, record or page that produced nothing.
   *
   * @param input the file, or the file and record offset ({@code file#offset})
   * @param stage {@code read} (the WARC), {@code extract} (the page) or {@code analyze}
   * @param reason why
   */
  record FailureRow(String input, String stage, String reason) implements Serializable {}

  /** Where an article says it was read from: its URL, else its origin (as the store records it). */
  static String provenance(Article a) {
    return a.url() != null ? a.url() : a.origin();
  }

  static ArticleRow article(Article a) {
    LocalDate day = a.published() == null ? null : a.published().day();
    List<String> sites = a.site() == null ? List.of() : List.of(a.site());
    return new ArticleRow(a.id(), day, a.published() == null ? null : a.published().iso(), a.title(),
        a.standfirst(), a.authors(), a.language(), provenance(a), a.site(), List.of(provenance(a)), sites,
        a.text());
  }

  static List<QuoteRow> quotes(Analysis an) {
    Article a = an.article();
    LocalDate day = a.published() == null ? null : a.published().day();
    String text = a.text();
    List<Quote> quotes = an.quotes();
    QuoteRow[] rows = new QuoteRow[quotes.size()];
    for (int i = 0; i < rows.length; i++) {
      Quote q = quotes.get(i);
      Mention sp = q.speaker();
      String speaker = null;
      String code = null;
      if (sp != null) {
        speaker = nameOf(sp);
        Actor actor = sp.actor();
        code = actor != null && !actor.code().isEmpty() ? actor.code() : null;
      }
      rows[i] = new QuoteRow(a.id() + "#q" + i, a.id(), day, speaker, code,
          q.kind().name().toLowerCase(Locale.ROOT), q.attribution().label(), q.cue(), q.text(),
          textOf(text, q.sentence()), provenance(a),
          a.site());
    }
    return List.of(rows);
  }

  static List<EventRow> events(Analysis an) {
    Article a = an.article();
    LocalDate published = a.published() == null ? null : a.published().day();
    String text = a.text();
    List<Event> events = an.events();
    EventRow[] rows = new EventRow[events.size()];
    for (int i = 0; i < rows.length; i++) {
      Event e = events.get(i);
      Mention target = e.target();
      rows[i] = new EventRow(a.id() + "#e" + i, a.id(), e.date() != null ? e.date() : published,
          e.precision().name().toLowerCase(Locale.ROOT), codeOf(e.source()), nameOf(e.source()),
          target == null ? null : codeOf(target), target == null ? null : nameOf(target), e.type(), e.cameoCode(),
          e.cameoRoot(), e.quadClass(), e.goldstein(), e.negated(), textOf(text, e.sentence()),
          provenance(a), a.site(), e.rule());
    }
    return List.of(rows);
  }

  /** A person is named as the dictionary knows them; anything else as the text names it ("the ministry"). */
  private static String nameOf(Mention m) {
    Actor actor = m.actor();
    return actor != null && actor.kind() == ActorKind.PERSON ? actor.name() : m.text();
  }

  private static String codeOf(Mention m) {
    return m.actor() == null ? "---" : m.actor().code();
  }

  private static String textOf(String text, Span span) {
    int end = Math.min(span.end(), text.length());
    return text.substring(Math.min(span.start(), end), end);
  }
}
