package org.parley.store;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/** Makes every searcher of the store honour the calling thread's {@link QueryDeadline}. */
final class TimedSearchers {
  static final SearcherFactory FACTORY = new SearcherFactory() {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
      IndexSearcher s = super.newSearcher(reader, previous);
      s.setTimeout(QueryDeadline.INSTANCE);
      return s;
    }
  };

  private TimedSearchers() {}
}
