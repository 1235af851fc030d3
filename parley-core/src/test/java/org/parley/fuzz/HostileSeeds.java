package org.parley.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The seed corpus of the fuzz harness: small inputs that each stand for one way a page or archive is hostile or
 * broken. Mutating them reaches far more states than random bytes, which every reader rejects at the first byte.
 */
final class HostileSeeds {
  private HostileSeeds() {}

  static final String STORY = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Port reopens</title>"
      + "<meta property=\"article:published_time\" content=\"2024-03-04T09:00:00+02:00\"></head><body><article>"
      + "<h1>Port reopens</h1><p class=\"byline\">By Maarja Tamm</p>"
      + "<p>The port of Tallinn reopened on Monday after a week of storms, officials said.</p>"
      + "<p>“We are ready,” the harbour master said. Ferries to Helsinki run from Tuesday.</p>"
      + "</article></body></html>";

  /** Named seeds, pages and WARC files alike; the harness tries each as a page and as a WARC file. */
  static Map<String, byte[]> all() throws IOException {
    Map<String, byte[]> s = new LinkedHashMap<>();
    s.put("story.html", STORY.getBytes(StandardCharsets.UTF_8));
    s.put("escapes.html", STORY.replace("Port reopens", "Port\u001b]0;pwned\u0007 reopens\u009b2J\u202e")
        .getBytes(StandardCharsets.UTF_8));
    s.put("formula.html", STORY.replace("Port reopens", "=HYPERLINK(\"http://e.example\",\"x\")")
        .getBytes(StandardCharsets.UTF_8));
    s.put("cp1251.html", ("<html><head><meta charset=\"iso-8859-1\"><title>Россия</title></head><body><p>"
        + "Министр иностранных дел заявил в понедельник, что переговоры начнутся на следующей неделе.</p></body>"
        + "</html>").getBytes(Charset.forName("windows-1251")));
    s.put("utf16le.html", STORY.replace("Port", "Порт").getBytes(StandardCharsets.UTF_16LE));
    s.put("unclosed.html", ("<html><body>" + "<div><span><table><tr><td>".repeat(300) + "<p>deep text</p>")
        .getBytes(StandardCharsets.UTF_8));
    s.put("scraped.txt", ("Port reopens\nBy Maarja Tamm\nMarch 4, 2024\n\nThe port of Tallinn reopened on Monday"
        + " after a week of storms, officials said.\n\nShare\nTweet\n").getBytes(StandardCharsets.UTF_8));
    s.put("jsonld.html", ("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Port\",\"datePublished\":\"2024-13-45T99:99\",\"author\":[{\"name\":{\"x\":1}}],"
        + "\"articleBody\":\"" + "Body text. ".repeat(40) + "\"}</script></head><body></body></html>")
        .getBytes(StandardCharsets.UTF_8));
    s.put("small-bomb.html.gz", gzip(("<html><body>" + "<div>".repeat(20_000)).getBytes(StandardCharsets.UTF_8)));
    s.put("crawl.warc", warc(WarcCompression.NONE));
    s.put("crawl.warc.gz", warc(WarcCompression.GZIP));
    return s;
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  private static byte[] warc(WarcCompression compression) throws IOException {
    List<WarcRecord> records = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      HttpResponse http = new HttpResponse.Builder(200, "OK")
          .body(MediaType.parse("text/html; charset=utf-8"), STORY.replace("Port", "Port " + i)
              .getBytes(StandardCharsets.UTF_8)).build();
      records.add(new WarcResponse.Builder(URI.create("https://n.example/" + i)).body(http).build());
    }
    java.nio.file.Path tmp = java.nio.file.Files.createTempFile("seed", compression == WarcCompression.GZIP
        ? ".warc.gz" : ".warc");
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp,
        java.nio.file.StandardOpenOption.WRITE); WarcWriter w = new WarcWriter(ch, compression)) {
      for (WarcRecord r : records) {
        w.write(r);
      }
    }
    byte[] b = java.nio.file.Files.readAllBytes(tmp);
    java.nio.file.Files.delete(tmp);
    return b;
  }
}
