package org.parley.ingest.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.RawPage;

/** Reads RSS 0.9x/1.0/2.0 and Atom feeds (Rome) into the list of their items' page URLs. */
public final class FeedReader {
  private FeedReader() {}

  /** Whether the fetched bytes look like a feed rather than a page. */
  public static boolean looksLikeFeed(RawPage page) {
    String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
    if (type.contains("rss") || type.contains("atom")) {
      return true;
    }
    int n = Math.min(page.body().length, 1024);
    String head = new String(page.body(), 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
  }

  /**
   * The item links of a feed, in feed order, without duplicates, resolved against the feed's URL.
   *
   * @throws IOException when the bytes are not a readable feed
   */
  public static List<URI> itemLinks(RawPage feed) throws IOException {
    SyndFeed parsed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      parsed = input.build(new com.rometools.rome.io.XmlReader(new ByteArrayInputStream(feed.body())));
    } catch (FeedException | IllegalArgumentException e) {
      throw new IOException(feed.origin() + ": not a readable RSS/Atom feed: " + e.getMessage(), e);
    }
    Set<URI> out = new LinkedHashSet<>();
    for (SyndEntry e : parsed.getEntries()) {
      String link = e.getLink();
      if (link == null || link.isBlank()) {
        link = e.getUri();
      }
      if (link == null || link.isBlank()) {
        continue;
      }
      try {
        URI u = feed.url() == null ? URI.create(link.strip()) : feed.url().resolve(link.strip());
        out.add(u);
      } catch (IllegalArgumentException bad) {
        // An item with a malformed link cannot be fetched; the others still can.
        continue;
      }
    }
    return new ArrayList<>(out);
  }

}
