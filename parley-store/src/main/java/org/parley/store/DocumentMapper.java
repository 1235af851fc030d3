package org.parley.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.parley.dedup.Fingerprints;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Span;
import org.parley.tables.EventRow;
import org.parley.tables.QuoteRow;
import org.parley.tables.Tables;

/** Maps analyses to Lucene documents and stored documents back to records. */
final class DocumentMapper {
  private DocumentMapper() {}

  /**
   * Analysed, stored text whose matches are never ranked: quotes and events are listed newest first, so the
   * sentence and speaker fields need no length norms. Without them, writing and merging segments does not look up a
   * norm for every posting (sparse norms cost a scan per term in small segments).
   */
  static final org.apache.lucene.document.FieldType UNSCORED_TEXT = unscoredText();

  private static org.apache.lucene.document.FieldType unscoredText() {
    org.apache.lucene.document.FieldType t = new org.apache.lucene.document.FieldType(TextField.TYPE_STORED);
    t.setOmitNorms(true);
    t.freeze();
    return t;
  }

  /**
   * The article's document.
   *
   * @param text the article's text, {@code a.text()} (which joins the paragraphs again on every call)
   */
  static Document article(Article a, String text, List<String> urls, List<String> sites,
                          Fingerprints.Fingerprint fingerprint) {
    Document d = base(Fields.KIND_ARTICLE, a.id(), a.id());
    // Only an article is looked up by its uid (to fold a copy into it); quotes and events never are.
    d.add(new StringField(Fields.UID, Fields.KIND_ARTICLE + ":" + a.id(), Field.Store.NO));
    for (String u : urls) {
      d.add(new StoredField(Fields.URL, u));
    }
    for (String s : sites) {
      d.add(new StringField(Fields.SITE, s, Field.Store.YES));
      d.add(facet(Fields.F_SITE, s));
    }
    if (a.title() != null) {
      d.add(new TextField(Fields.TITLE, a.title(), Field.Store.YES));
    }
    if (a.standfirst() != null) {
      d.add(new StoredField(Fields.STANDFIRST, a.standfirst()));
    }
    d.add(new TextField(Fields.TEXT, text, Field.Store.YES));
    if (a.published() != null) {
      d.add(new StoredField(Fields.PUBLISHED, a.published().iso()));
      addDay(d, a.published().day());
    }
    for (String author : a.authors()) {
      d.add(new StoredField(Fields.AUTHORS, author));
    }
    if (a.language() != null) {
      d.add(new StoredField(Fields.LANGUAGE, a.language()));
    }
    d.add(new StoredFingerprint(a.id(), fingerprint).field());
    return d;
  }

  /** A quote's document, from its row of the published table (so the store and the tables name speakers alike). */
  static Document quote(QuoteRow row) {
    Document d = base(Fields.KIND_QUOTE, row.quoteId(), row.articleId());
    d.add(new TextField(Fields.TEXT, row.quote(), Field.Store.YES));
    d.add(new StoredField(Fields.QUOTE_KIND, row.kind()));
    d.add(new StringField(Fields.QUOTE_ATTRIBUTION, row.attribution(), Field.Store.YES));
    if (row.speaker() != null) {
      d.add(new Field(Fields.SPEAKER, row.speaker(), UNSCORED_TEXT));
    }
    if (row.speakerCode() != null) {
      d.add(new StringField(Fields.SPEAKER_CODE, row.speakerCode(), Field.Store.YES));
      d.add(new StringField(Fields.SPEAKER_CC, countryPart(row.speakerCode()), Field.Store.NO));
      d.add(facet(Fields.F_ACTOR, row.speakerCode()));
    }
    if (row.cue() != null) {
      d.add(new StoredField(Fields.CUE, row.cue()));
    }
    d.add(new Field(Fields.SENTENCE, row.sentence(), UNSCORED_TEXT));
    addProvenance(d, row.url(), row.site());
    if (row.date() != null) {
      addDay(d, row.date());
    }
    addSpan(d, Fields.QUOTE_SPAN, row.quoteSpan());
    addSpan(d, Fields.SENTENCE_SPAN, row.sentenceSpan());
    addSpan(d, Fields.SPEAKER_SPAN, row.speakerSpan());
    addSpan(d, Fields.CUE_SPAN, row.cueSpan());
    return d;
  }

  /** An event's document, from its row of the published table and the event itself (for its source's kind). */
  static Document event(EventRow row, Event e) {
    Document d = base(Fields.KIND_EVENT, row.eventId(), row.articleId());
    d.add(new StringField(Fields.TYPE, row.ploverType(), Field.Store.YES));
    d.add(facet(Fields.F_TYPE, row.ploverType()));
    d.add(new StoredField(Fields.CAMEO, row.cameoCode()));
    d.add(new StoredField(Fields.QUAD, row.quadClass()));
    d.add(new StoredField(Fields.GOLDSTEIN, row.goldstein()));
    d.add(new DoubleDocValuesField(Fields.GOLDSTEIN, row.goldstein()));
    addActor(d, Fields.SOURCE, Fields.SOURCE_CC, Fields.SOURCE_NAME, row.sourceCode(), row.sourceName());
    if (row.targetCode() != null) {
      addActor(d, Fields.TARGET, Fields.TARGET_CC, Fields.TARGET_NAME, row.targetCode(), row.targetName());
    }
    if (e.source().actor() != null && e.source().actor().kind() != org.parley.model.ActorKind.PERSON) {
      // Marks events whose source name is the actor's own name ("Russia"), not a person holding its office.
      d.add(new StringField(Fields.SOURCE_NAMED, "yes", Field.Store.NO));
    }
    if (row.date() != null) {
      addDay(d, row.date());
    }
    d.add(new StoredField(Fields.PRECISION, row.datePrecision()));
    d.add(new StoredField(Fields.NEGATED, Boolean.toString(row.negated())));
    if (row.rule() != null) {
      d.add(new StoredField(Fields.RULE, row.rule()));
    }
    d.add(new Field(Fields.SENTENCE, row.sentence(), UNSCORED_TEXT));
    addProvenance(d, row.url(), row.site());
    addSpan(d, Fields.SENTENCE_SPAN, row.sentenceSpan());
    addSpan(d, Fields.TRIGGER_SPAN, row.triggerSpan());
    addSpan(d, Fields.SOURCE_SPAN, row.sourceSpan());
    addSpan(d, Fields.TARGET_SPAN, row.targetSpan());
    return d;
  }

  /** A span as two stored ints, {@code <name>_start} and {@code <name>_end}, as the tables name them. */
  private static void addSpan(Document d, String name, @Nullable Span span) {
    if (span != null) {
      d.add(new StoredField(name + "_start", span.start()));
      d.add(new StoredField(name + "_end", span.end()));
    }
  }

  /** The span stored under {@code name}, or null for a record stored before offsets were kept. */
  private static @Nullable Span span(Document d, String name) {
    IndexableField start = d.getField(name + "_start");
    IndexableField end = d.getField(name + "_end");
    if (start == null || end == null || start.numericValue() == null || end.numericValue() == null) {
      return null;
    }
    int s = start.numericValue().intValue();
    int e = end.numericValue().intValue();
    return s >= 0 && e >= s ? new Span(s, e) : null;
  }

  /**
   * The fields every kind has. Only fields some query filters on are indexed; the others are stored, since each
   * indexed value costs time on every add (since format 2, see {@link ParleyStore#FORMAT}).
   */
  private static Document base(String kind, String id, String articleId) {
    Document d = new Document();
    d.add(new StringField(Fields.KIND, kind, Field.Store.NO));
    d.add(new StoredField(Fields.ID, id));
    d.add(new StringField(Fields.ARTICLE, articleId, Field.Store.YES));
    return d;
  }

  private static void addActor(Document d, String field, String ccField, String nameField, String code,
                               @Nullable String name) {
    d.add(new StringField(field, code, Field.Store.YES));
    d.add(new StringField(ccField, countryPart(code), Field.Store.NO));
    if (name != null) {
      d.add(new StoredField(nameField, name));
    }
    d.add(facet(Fields.F_ACTOR, code));
  }

  private static void addProvenance(Document d, @Nullable String url, @Nullable String site) {
    if (url != null) {
      d.add(new StoredField(Fields.URL, url));
    }
    if (site != null) {
      d.add(new StringField(Fields.SITE, site, Field.Store.YES));
      d.add(facet(Fields.F_SITE, site));
    }
  }

  /**
   * A facet value as {@link FacetsConfig#build} would index it for {@link ParleyStore#FACETS} (a flat dimension,
   * no drill-down terms): one sorted-set doc value holding the dimension and value. Documents are added as they are,
   * without {@code build}, which copies every document to find its facet fields.
   */
  static SortedSetDocValuesField facet(String dim, String value) {
    return new SortedSetDocValuesField(ParleyStore.FACETS.getDimConfig(dim).indexFieldName,
        new BytesRef(FacetsConfig.pathToString(dim, new String[] {value})));
  }

  static void addDay(Document d, LocalDate day) {
    long epochDay = day.toEpochDay();
    d.add(new LongPoint(Fields.DAY, epochDay));
    d.add(new NumericDocValuesField(Fields.DAY, epochDay));
    d.add(new StoredField(Fields.DAY, epochDay));
    d.add(facet(Fields.F_MONTH, day.toString().substring(0, 7)));
  }

  /**
   * What a three-letter actor query matches on: the code's country ({@link Tables#countryOf}), or the whole code
   * when it has none (international bodies, unresolved actors), so "RUS" finds RUSGOV and "IGO" finds no body.
   */
  static String countryPart(String code) {
    String country = Tables.countryOf(code);
    return country != null && code.length() > 3 ? country : code;
  }

  static StoredArticle toArticle(Document d, @Nullable String highlight) {
    return new StoredArticle(d.get(Fields.ID), values(d, Fields.URL), values(d, Fields.SITE), d.get(Fields.TITLE),
        d.get(Fields.STANDFIRST), d.get(Fields.PUBLISHED), day(d), values(d, Fields.AUTHORS), d.get(Fields.LANGUAGE),
        d.get(Fields.TEXT), highlight);
  }

  static StoredQuote toQuote(Document d, @Nullable String highlight) {
    return new StoredQuote(d.get(Fields.ID), d.get(Fields.ARTICLE), d.get(Fields.TEXT), d.get(Fields.QUOTE_KIND),
        org.parley.model.Attribution.ofLabel(d.get(Fields.QUOTE_ATTRIBUTION)).label(), d.get(Fields.SPEAKER), d.get(Fields.SPEAKER_CODE), d.get(Fields.CUE), d.get(Fields.SENTENCE), day(d),
        d.get(Fields.URL), d.get(Fields.SITE), highlight, span(d, Fields.QUOTE_SPAN), span(d, Fields.SENTENCE_SPAN),
        span(d, Fields.SPEAKER_SPAN), span(d, Fields.CUE_SPAN));
  }

  static StoredEvent toEvent(Document d, @Nullable String highlight) {
    IndexableField g = d.getField(Fields.GOLDSTEIN);
    IndexableField q = d.getField(Fields.QUAD);
    return new StoredEvent(d.get(Fields.ID), d.get(Fields.ARTICLE), d.get(Fields.TYPE), d.get(Fields.CAMEO),
        q == null ? 0 : q.numericValue().intValue(), g == null ? 0.0 : g.numericValue().doubleValue(),
        d.get(Fields.SOURCE), d.get(Fields.SOURCE_NAME), d.get(Fields.TARGET), d.get(Fields.TARGET_NAME), day(d),
        d.get(Fields.PRECISION), Boolean.parseBoolean(d.get(Fields.NEGATED)), d.get(Fields.SENTENCE),
        d.get(Fields.URL), d.get(Fields.SITE), highlight, d.get(Fields.RULE), span(d, Fields.SENTENCE_SPAN),
        span(d, Fields.TRIGGER_SPAN), span(d, Fields.SOURCE_SPAN), span(d, Fields.TARGET_SPAN));
  }

  private static @Nullable LocalDate day(Document d) {
    IndexableField f = d.getField(Fields.DAY);
    return f == null || f.numericValue() == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue());
  }

  static List<String> values(Document d, String field) {
    return new ArrayList<>(Arrays.asList(d.getValues(field)));
  }
}
