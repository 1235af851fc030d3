package org.parley.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.parley.model.Attribution;

/**
 * Turns the typed queries of {@link Queries} into Lucene queries over one view of the store: the view is needed to
 * find every stored spelling of a site.
 */
final class RecordQueries {
  private final IndexReader reader;

  RecordQueries(IndexReader reader) {
    this.reader = reader;
  }

  Query articles(Queries.ArticleQuery q) {
    BooleanQuery.Builder b = kind(Fields.KIND_ARTICLE);
    Query text = articleText(q);
    if (text != null) {
      b.add(text, BooleanClause.Occur.MUST);
    }
    if (q.site() != null) {
      b.add(site(q.site()), BooleanClause.Occur.FILTER);
    }
    dateFilter(b, q.from(), q.to());
    return b.build();
  }

  Query quotes(Queries.QuoteQuery q) {
    BooleanQuery.Builder b = kind(Fields.KIND_QUOTE);
    if (q.speaker() != null && !q.speaker().isBlank()) {
      b.add(speaker(q.speaker().strip()), BooleanClause.Occur.MUST);
    }
    Query topic = quoteTopic(q);
    if (topic != null) {
      b.add(topic, BooleanClause.Occur.MUST);
    }
    if (q.site() != null && !q.site().isBlank()) {
      b.add(site(q.site()), BooleanClause.Occur.FILTER);
    }
    Term belief = new Term(Fields.QUOTE_ATTRIBUTION, Attribution.BELIEF.label());
    if (q.attribution() == Attribution.BELIEF) {
      b.add(new TermQuery(belief), BooleanClause.Occur.FILTER);
    } else if (q.attribution() == Attribution.SPEECH) {
      // Not "is speech": quotes stored before the field existed have none, and they were all taken as speech.
      b.add(new TermQuery(belief), BooleanClause.Occur.MUST_NOT);
    }
    dateFilter(b, q.from(), q.to());
    return b.build();
  }

  Query events(Queries.EventQuery q) {
    BooleanQuery.Builder b = kind(Fields.KIND_EVENT);
    if (q.source() != null && !q.source().isBlank()) {
      b.add(actor(q.source().strip(), Fields.SOURCE, Fields.SOURCE_CC), BooleanClause.Occur.FILTER);
    }
    if (q.target() != null && !q.target().isBlank()) {
      b.add(actor(q.target().strip(), Fields.TARGET, Fields.TARGET_CC), BooleanClause.Occur.FILTER);
    }
    if (q.type() != null && !q.type().isBlank()) {
      b.add(new TermQuery(new Term(Fields.TYPE, q.type().strip().toUpperCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
    }
    if (q.actor() != null && !q.actor().isBlank()) {
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      either.add(actor(q.actor().strip(), Fields.SOURCE, Fields.SOURCE_CC), BooleanClause.Occur.SHOULD);
      either.add(actor(q.actor().strip(), Fields.TARGET, Fields.TARGET_CC), BooleanClause.Occur.SHOULD);
      b.add(either.build(), BooleanClause.Occur.FILTER);
    }
    if (q.site() != null && !q.site().isBlank()) {
      b.add(site(q.site()), BooleanClause.Occur.FILTER);
    }
    Query text = eventText(q);
    if (text != null) {
      b.add(text, BooleanClause.Occur.MUST);
    }
    dateFilter(b, q.from(), q.to());
    return b.build();
  }

  /** The text clause of an article query, which alone can mark words of a hit; null when the query has no text. */
  static @Nullable Query articleText(Queries.ArticleQuery q) {
    return textOrNone(q.text(), Fields.TEXT, Fields.TITLE);
  }

  /** The topic clause of a quote query, for marking the quotes' text; null when the query has no topic. */
  static @Nullable Query quoteTopic(Queries.QuoteQuery q) {
    return textOrNone(q.about(), Fields.TEXT, Fields.SENTENCE);
  }

  /** The text clause of an event query, for marking the events' sentences; null when the query has no text. */
  static @Nullable Query eventText(Queries.EventQuery q) {
    return textOrNone(q.text(), Fields.SENTENCE);
  }

  /**
   * The events of several articles, optionally only those whose source is an actor.
   *
   * @param articleIds at most 1000 article ids
   * @param source an actor code as in {@link Queries.EventQuery#source()}, or null for any source
   */
  static Query eventsOf(Collection<String> articleIds, @Nullable String source) {
    if (articleIds.size() > 1000) {
      throw new IllegalArgumentException("at most 1000 articles at once, got " + articleIds.size());
    }
    List<BytesRef> ids = new ArrayList<>();
    for (String id : articleIds) {
      ids.add(new BytesRef(id));
    }
    BooleanQuery.Builder b = kind(Fields.KIND_EVENT);
    b.add(new TermInSetQuery(Fields.ARTICLE, ids), BooleanClause.Occur.FILTER);
    if (source != null && !source.isBlank()) {
      b.add(actor(source.strip(), Fields.SOURCE, Fields.SOURCE_CC), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** The records of one kind ("article", "quote", "event"), as a builder to add filters to. */
  static BooleanQuery.Builder kind(String kind) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER);
    return b;
  }

  static Query byArticle(String kind, String articleId) {
    return kind(kind).add(new TermQuery(new Term(Fields.ARTICLE, articleId)), BooleanClause.Occur.FILTER).build();
  }

  /** Every stored spelling of the site asked for ({@link SiteNames}); a site never stored matches nothing. */
  private Query site(String site) {
    String key = SiteNames.key(site);
    Set<String> spellings = new TreeSet<>(List.of(site));
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(Fields.SITE);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          String stored = t.utf8ToString();
          if (SiteNames.key(stored).equals(key)) {
            spellings.add(stored);
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (spellings.size() == 1) {
      return new TermQuery(new Term(Fields.SITE, site));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    spellings.forEach(s -> any.add(new TermQuery(new Term(Fields.SITE, s)), BooleanClause.Occur.SHOULD));
    return new ConstantScoreQuery(any.build());
  }

  private static @Nullable Query textOrNone(@Nullable String text, String... fields) {
    return text == null || text.isBlank() ? null : text(text, fields);
  }

  private static Query text(String text, String... fields) {
    Map<String, Float> weights = new LinkedHashMap<>();
    for (String f : fields) {
      weights.put(f, 1f);
    }
    SimpleQueryParser p = new SimpleQueryParser(ParleyStore.ANALYZER, weights);
    p.setDefaultOperator(BooleanClause.Occur.MUST);
    Query q = p.parse(text);
    if (q == null) {
      return new MatchAllDocsQuery();
    }
    QueryCost.check(q);
    return q;
  }

  private static Query speaker(String speaker) {
    if (speaker.matches("[A-Z]{3}[A-Z]*")) {
      return speakerCode(speaker);
    }
    if (speaker.matches("[A-Za-z]{3,}")) {
      // one word not in capitals: "est" is the code EST typed in lower case, "Saar" a name; match either
      return new BooleanQuery.Builder()
          .add(speakerCode(speaker.toUpperCase(Locale.ROOT)), BooleanClause.Occur.SHOULD)
          .add(text(speaker, Fields.SPEAKER), BooleanClause.Occur.SHOULD)
          .build();
    }
    return text(speaker, Fields.SPEAKER);
  }

  private static Query speakerCode(String code) {
    return new TermQuery(new Term(code.length() == 3 ? Fields.SPEAKER_CC : Fields.SPEAKER_CODE, code));
  }

  private static Query actor(String code, String field, String ccField) {
    String c = code.toUpperCase(Locale.ROOT);
    return c.length() == 3 ? new TermQuery(new Term(ccField, c)) : new TermQuery(new Term(field, c));
  }

  private static void dateFilter(BooleanQuery.Builder b, @Nullable LocalDate from, @Nullable LocalDate to) {
    if (from != null || to != null) {
      long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
      long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
      b.add(LongPoint.newRangeQuery(Fields.DAY, lo, hi), BooleanClause.Occur.FILTER);
    }
  }
}
