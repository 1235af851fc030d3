package org.parley.bench.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.parley.extract.meta.MetadataExtractor;
import org.parley.extract.meta.PageMetadata;
import org.parley.ingest.DecodedPage;
import org.parley.ingest.PageDecoder;
import org.parley.lint.SuppressForbidden;
import org.parley.model.PublishedDate;
import org.parley.model.RawPage;

/**
 * Runs {@link MetadataExtractor} over a metadata gold set and writes one prediction per page as
 * {@code {"id","date","title","authors","source","raw"}}. Only the id and the page URL are read from the gold file.
 *
 * <p>Usage: {@code MetadataBench <set dir> <predictions.jsonl>}
 */
@SuppressForbidden(reason = "a benchmark run from the command line: its report is what it prints")
public final class MetadataBench {
  private MetadataBench() {}

  /**
   * The timestamp with its offset, unless the page's own calendar day differs from it (a UTC stamp with the local
   * day known from the URL): then the day, which is what the page says.
   */
  static String dateOf(PublishedDate d) {
    if (d.dateTime() != null && !d.dateTime().toLocalDate().equals(d.day())) {
      return d.day().toString();
    }
    return d.iso();
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: MetadataBench <set dir> <predictions.jsonl>");
      System.exit(2);
    }
    Path set = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    ObjectMapper json = new ObjectMapper();
    MetadataExtractor extractor = new MetadataExtractor();
    int pages = 0;
    int failed = 0;
    long start = System.nanoTime();
    try (BufferedReader gold = Files.newBufferedReader(set.resolve("gold.jsonl"), StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      while ((line = gold.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode g = json.readTree(line);
        String id = g.get("id").asText();
        String url = g.hasNonNull("url") ? g.get("url").asText() : null;
        ObjectNode pred = json.createObjectNode();
        pred.put("id", id);
        Path page = set.resolve("html").resolve(id + ".html.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
          // Decoded exactly as production decodes a file (BOM, then <meta charset> in the first 16 KB, then the
          // UTF-8 / windows-1252 fallback), so the bench measures what users get.
          DecodedPage decoded = PageDecoder.decode(RawPage.of(in.readAllBytes(), id));
          Document doc = Jsoup.parse(decoded.text(), url == null ? "" : url, Parser.htmlParser());
          PageMetadata m = extractor.extract(doc, url);
          pred.put("date", m.published() == null ? null : dateOf(m.published()));
          pred.put("title", m.title());
          ArrayNode authors = pred.putArray("authors");
          m.authors().forEach(authors::add);
          pred.put("source", m.published() == null ? null : m.published().source().name());
          pred.put("raw", m.published() == null ? null : m.published().raw());
        } catch (IOException | RuntimeException e) {
          failed++;
          System.err.println(id + ": " + e);
        }
        w.write(json.writeValueAsString(pred));
        w.newLine();
        pages++;
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.err.printf(Locale.ROOT, "%s: %d pages, %d failed, %d ms%n", set.getFileName(), pages, failed, ms);
    if (failed > 0) {
      System.exit(1);
    }
  }
}
