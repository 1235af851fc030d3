package org.parley.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.parley.model.ActorNames;

/** Counts the resolved actor codes of the store, as event source, event target and quote speaker. */
final class ActorRanking {
  private final IndexSearcher searcher;

  ActorRanking(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** The {@code n} actors that appear most, with a name for each. */
  List<ActorCount> top(int n) throws IOException {
    Map<String, int[]> counts = counts();
    List<Map.Entry<String, int[]>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort((x, y) -> {
      int tx = x.getValue()[0] + x.getValue()[1] + x.getValue()[2];
      int ty = y.getValue()[0] + y.getValue()[1] + y.getValue()[2];
      return tx != ty ? Integer.compare(ty, tx) : x.getKey().compareTo(y.getKey());
    });
    List<ActorCount> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : ranked.subList(0, Math.min(n, ranked.size()))) {
      int[] c = e.getValue();
      String display = ActorNames.of(e.getKey());
      out.add(new ActorCount(e.getKey(), display != null ? display : nameOf(e.getKey()), c[0], c[1], c[2]));
    }
    return out;
  }

  /** Every code with the events and quotes it appears in. */
  Map<String, Integer> totals() throws IOException {
    Map<String, Integer> out = new HashMap<>();
    counts().forEach((code, c) -> out.put(code, c[0] + c[1] + c[2]));
    return out;
  }

  /** Per code: {as source, as target, as speaker}. */
  private Map<String, int[]> counts() throws IOException {
    Map<String, int[]> counts = new HashMap<>();
    countCodes(Fields.SOURCE, counts, 0);
    countCodes(Fields.TARGET, counts, 1);
    countCodes(Fields.SPEAKER_CODE, counts, 2);
    return counts;
  }

  private void countCodes(String field, Map<String, int[]> counts, int slot) throws IOException {
    // Codes are few and records many: walking the field's terms counts each code's postings directly.
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      BytesRef t;
      while ((t = te.next()) != null) {
        String code = t.utf8ToString();
        if (code.equals("---") || code.startsWith("UNK")) {
          continue; // unresolved actors are not an actor to rank
        }
        PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
        Bits live = leaf.reader().getLiveDocs();
        int count = 0;
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
          if (live == null || live.get(d)) {
            count++;
          }
        }
        counts.computeIfAbsent(code, k -> new int[3])[slot] += count;
      }
    }
  }

  private String nameOf(String code) throws IOException {
    // An actor's own name ("Russia") where one was recorded, else whoever spoke or acted under the code.
    BooleanQuery.Builder named = RecordQueries.kind(Fields.KIND_EVENT);
    named.add(new TermQuery(new Term(Fields.SOURCE, code)), BooleanClause.Occur.FILTER);
    named.add(new TermQuery(new Term(Fields.SOURCE_NAMED, "yes")), BooleanClause.Occur.FILTER);
    TopDocs own = searcher.search(named.build(), 1);
    if (own.scoreDocs.length > 0) {
      String name = document(own).get(Fields.SOURCE_NAME);
      if (name != null) {
        return name;
      }
    }
    for (String[] f : new String[][] {{Fields.SOURCE, Fields.SOURCE_NAME}, {Fields.TARGET, Fields.TARGET_NAME},
        {Fields.SPEAKER_CODE, Fields.SPEAKER}}) {
      TopDocs top = searcher.search(new TermQuery(new Term(f[0], code)), 1);
      if (top.scoreDocs.length > 0) {
        String name = document(top).get(f[1]);
        if (name != null) {
          return name;
        }
      }
    }
    return code;
  }

  private Document document(TopDocs top) throws IOException {
    return searcher.storedFields().document(top.scoreDocs[0].doc);
  }
}
