package org.parley.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.jspecify.annotations.Nullable;

/**
 * Runs searches and turns their hits into stored records: pages of ranked hits, marked when asked, and whole result
 * sets streamed oldest first.
 */
final class RecordLoader {
  private final IndexSearcher searcher;
  private final HitHighlighter highlighter;

  RecordLoader(IndexSearcher searcher) {
    this.searcher = searcher;
    this.highlighter = new HitHighlighter(searcher);
  }

  /**
   * One page of articles: by relevance when the query has text, newest first otherwise.
   *
   * @param text the query's text clause, which alone can mark words of the text (the filters match every hit
   *     anyway), or null to mark what the whole query matches
   */
  List<StoredArticle> articles(Query query, @Nullable Query text, int limit, int offset) throws IOException {
    TopDocs top = slice(text != null ? searcher.search(query, limit) : searcher.search(query, limit, newestFirst()),
        offset);
    return records(top, Fields.TEXT, text != null ? text : query, DocumentMapper::toArticle);
  }

  /** One page of quotes, newest first or in index order, their text marked when {@code highlight} is given. */
  List<StoredQuote> quotes(Query q, int limit, int offset, @Nullable Query highlight, boolean newest)
      throws IOException {
    return records(ranked(q, limit, offset, newest), Fields.TEXT, highlight, DocumentMapper::toQuote);
  }

  /** One page of events, newest first or in index order, their sentence marked when {@code highlight} is given. */
  List<StoredEvent> events(Query q, int limit, int offset, @Nullable Query highlight, boolean newest)
      throws IOException {
    return records(ranked(q, limit, offset, newest), Fields.SENTENCE, highlight, DocumentMapper::toEvent);
  }

  /** The events of the given hits, in the hits' order. */
  List<StoredEvent> events(ScoreDoc[] hits) throws IOException {
    List<StoredEvent> events = new ArrayList<>();
    for (Document d : documents(hits)) {
      events.add(DocumentMapper.toEvent(d, null));
    }
    return events;
  }

  /** One article by id, when stored. */
  @Nullable StoredArticle article(String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.UID, Fields.KIND_ARTICLE + ":" + id)), 1);
    return top.scoreDocs.length == 0 ? null : DocumentMapper.toArticle(document(top.scoreDocs[0]), null);
  }

  /** Calls {@code sink} with every record matching the query, oldest first and undated ones last. */
  <T> void forEach(Query query, Function<Document, T> mapper, Consumer<T> sink) throws IOException {
    ScoreDoc after = null;
    SortField byDay = new SortField(Fields.DAY, SortField.Type.LONG);
    // Undated records last, not first as day 0 (1970) would put them.
    byDay.setMissingValue(Long.MAX_VALUE);
    Sort sort = new Sort(byDay, SortField.FIELD_DOC);
    while (true) {
      TopDocs top = after == null ? searcher.search(query, 1000, sort) : searcher.searchAfter(after, query, 1000, sort);
      if (top.scoreDocs.length == 0) {
        return;
      }
      for (Document d : documents(top.scoreDocs)) {
        sink.accept(mapper.apply(d));
      }
      after = top.scoreDocs[top.scoreDocs.length - 1];
    }
  }

  Document document(ScoreDoc sd) throws IOException {
    return searcher.storedFields().document(sd.doc);
  }

  private TopDocs ranked(Query q, int limit, int offset, boolean newest) throws IOException {
    return slice(newest ? searcher.search(q, limit, newestFirst()) : searcher.search(q, limit, docOrder()), offset);
  }

  private <T> List<T> records(TopDocs top, String field, @Nullable Query highlight,
                              BiFunction<Document, @Nullable String, T> mapper) throws IOException {
    Document[] docs = documents(top.scoreDocs);
    String[] hl = highlight == null ? null : highlighter.highlight(field, highlight, top, docs);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      out.add(mapper.apply(docs[i], hl == null ? null : hl[i]));
    }
    return out;
  }

  /**
   * The hits' stored documents, in the hits' order. Stored fields are compressed in blocks of neighbouring documents:
   * loading in doc-id order through one StoredFields decompresses each block once, where rank order would jump
   * between blocks and a StoredFields per document would decompress a block per document.
   */
  private Document[] documents(ScoreDoc[] hits) throws IOException {
    Integer[] byDoc = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
    StoredFields stored = searcher.storedFields();
    Document[] docs = new Document[hits.length];
    for (int i : byDoc) {
      docs[i] = stored.document(hits[i].doc);
    }
    return docs;
  }

  /** Keeps the hits from {@code offset} on, so that only the page shown is loaded and highlighted. */
  private static TopDocs slice(TopDocs top, int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    if (offset == 0) {
      return top;
    }
    int from = Math.min(offset, top.scoreDocs.length);
    return new TopDocs(top.totalHits, Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length));
  }

  private static Sort newestFirst() {
    return new Sort(new SortField(Fields.DAY, SortField.Type.LONG, true), SortField.FIELD_DOC);
  }

  private static Sort docOrder() {
    return new Sort(SortField.FIELD_DOC);
  }
}
