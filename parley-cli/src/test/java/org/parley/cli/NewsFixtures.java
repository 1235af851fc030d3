package org.parley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes small, distinct news pages (invented) for CLI tests. */
final class NewsFixtures {
  private NewsFixtures() {}

  private static final String[] PLACES = {"Narva", "Tartu", "Parnu", "Valga", "Rakvere", "Viljandi", "Haapsalu",
      "Kuressaare", "Paide", "Rapla"};
  private static final String[] THINGS = {"radar", "ferry", "pipeline", "railway", "grain", "power line", "bridge",
      "harbour", "airfield", "border post"};

  /** Page {@code i}: a different story each time, so none is a near-duplicate of another. */
  static String page(int i) {
    String place = PLACES[i % PLACES.length];
    String thing = THINGS[(i / PLACES.length) % THINGS.length];
    int day = 1 + i % 27;
    return String.format(Locale.ROOT, """
        <!doctype html><html lang="en"><head><title>Dispute over the %2$s at %1$s (%3$d)</title>
        <meta property="article:published_time" content="2019-03-%4$02dT08:00:00+02:00"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Dispute over the %2$s at %1$s</h1>
        <p>Estonia accused Russia of interfering with the %2$s near %1$s, officials said on day %3$d of the dispute.</p>
        <p>“We will not accept this interference at %1$s,” Foreign Minister Kristjan Saar told reporters in Tallinn.</p>
        <p>Moscow rejected the accusation and said the %2$s work at %1$s was routine, according to a statement number %3$d.</p>
        <p>Residents of %1$s said they had watched the %2$s dispute with growing concern for %3$d days.</p>
        </article><footer>© 2019 Test Herald</footer></body></html>
        """, place, thing, i, day);
  }

  static void writePages(Path dir, int n) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < n; i++) {
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "story-%03d.html", i)), page(i), StandardCharsets.UTF_8);
    }
  }
}
