package org.parley.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/** Marks a query's matches ("[[word]]") in one field of a page of hits whose documents are already loaded. */
final class HitHighlighter {
  private static final String HL_OPEN = "[[";
  private static final String HL_CLOSE = "]]";
  private static final int HL_MAX_LENGTH = 100_000;
  /** Whether one-sentence texts are marked without the highlighter; tests turn it off to compare both ways. */
  static volatile boolean sentenceShortcut = true;

  private final IndexSearcher searcher;

  HitHighlighter(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * The hits' {@code field} with the query's matches marked, from the documents already loaded for the hits: the
   * highlighter would otherwise load and decompress every hit's stored fields a second time.
   */
  @Nullable String[] highlight(String field, Query q, TopDocs top, Document[] docs) throws IOException {
    if (top.scoreDocs.length == 0) {
      return null;
    }
    String[] out = new String[docs.length];
    // Texts of one sentence are marked directly; the highlighter takes the rest (long texts, phrases, wildcards).
    SentenceHighlighter quick = sentenceShortcut
        ? SentenceHighlighter.of(ParleyStore.ANALYZER, field, q, HL_OPEN, HL_CLOSE, HL_MAX_LENGTH) : null;
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      out[i] = quick == null ? null : quick.highlight(docs[i].get(field));
      if (out[i] == null) {
        rest.add(i);
      }
    }
    if (rest.isEmpty()) {
      return out;
    }
    Map<Integer, String> loaded = new HashMap<>();
    ScoreDoc[] hits = new ScoreDoc[rest.size()];
    for (int k = 0; k < hits.length; k++) {
      int i = rest.get(k);
      hits[k] = top.scoreDocs[i];
      loaded.put(hits[k].doc, docs[i].get(field));
    }
    UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(searcher, ParleyStore.ANALYZER)
        .withFormatter(new DefaultPassageFormatter(HL_OPEN, HL_CLOSE, "…", false))
        .withMaxLength(HL_MAX_LENGTH);
    String[] marked = new LoadedValuesHighlighter(b, field, loaded)
        .highlight(field, q, new TopDocs(top.totalHits, hits), 2);
    for (int k = 0; k < hits.length; k++) {
      out[rest.get(k)] = marked[k];
    }
    return out;
  }

  /** A highlighter that takes one field's values from documents already loaded, as its own loader would read them. */
  private static final class LoadedValuesHighlighter extends UnifiedHighlighter {
    private final String field;
    private final Map<Integer, String> loaded;

    LoadedValuesHighlighter(UnifiedHighlighter.Builder b, String field, Map<Integer, String> loaded) {
      super(b);
      this.field = field;
      this.loaded = loaded;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
        throws IOException {
      if (fields.length != 1 || !fields[0].equals(field)) {
        return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
      }
      // The same contract as the stored-fields loader: values cut to the maximum length, null when absent, and
      // batches that stop once they hold more than the threshold's characters.
      List<CharSequence[]> out = new ArrayList<>();
      long chars = 0;
      do {
        int doc = docIter.nextDoc();
        if (doc == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
        String v = loaded.get(doc);
        if (v == null && !loaded.containsKey(doc)) {
          throw new IllegalStateException("document " + doc + " was not loaded for highlighting");
        }
        String cut = v == null ? null : v.substring(0, Math.min(getMaxLength(), v.length()));
        out.add(new CharSequence[] {cut});
        chars += cut == null ? 0 : cut.length();
      } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
      return out;
    }
  }
}
