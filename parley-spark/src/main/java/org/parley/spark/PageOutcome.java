package org.parley.spark;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.dedup.Fingerprints;
import org.parley.tables.ArticleRow;
import org.parley.tables.EventRow;
import org.parley.tables.QuoteRow;

/**
 * What one WARC record became: an analysed article with its rows, or a failure. {@code order} places it in the
 * input (file index in the high 32 bits, position in the file below), so the collapse of copies keeps the same
 * original whatever the partitioning.
 */
record PageOutcome(long order, @Nullable Analysed analysed, @Nullable FailureRow failure) implements Serializable {

  /** An article and its rows, with the fingerprints the copy detection compares. */
  record Analysed(ArticleRow article, List<QuoteRow> quotes, List<EventRow> events, Fingerprint fingerprint)
      implements Serializable {
    Analysed {
      quotes = List.copyOf(quotes);
      events = List.copyOf(events);
    }
  }

  /**
   * An article's place, provenance and fingerprints: all the collapse needs, about 100 bytes plus 8 per paragraph,
   * so the driver can hold those of millions of articles.
   */
  record Fingerprint(long order, String articleId, String url, @Nullable String site, boolean blank,
                     String exactHash, long simHash, long leadSimHash, long[] paragraphHashes)
      implements Serializable {

    static Fingerprint of(long order, ArticleRow a) {
      String text = a.text();
      Fingerprints.Fingerprint fp = Fingerprints.of(text);
      return new Fingerprint(order, a.articleId(), a.urls().get(0), a.site(), text.isBlank(),
          fp.exactHash(), fp.simHash(), fp.leadSimHash(), fp.paragraphHashes());
    }

    /** The hashes the copy rules read. */
    Fingerprints.Fingerprint hashes() {
      return new Fingerprints.Fingerprint(exactHash, simHash, leadSimHash, paragraphHashes);
    }
  }

  static PageOutcome failed(long order, FailureRow f) {
    return new PageOutcome(order, null, f);
  }
}
