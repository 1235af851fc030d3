package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.parley.extract.LanguageIdentifier;
import org.parley.ingest.InputFailure;
import org.parley.model.Article;
import org.parley.model.DateSource;
import org.parley.model.PublishedDate;

/**
 * Reads pre-cleaned records {@code {"id","text","date"?,"title"?,"url"?,"language"?}}, one JSON object per line,
 * as articles whose text is exactly the record's text (so offsets refer to it).
 */
final class JsonlArticles {
  /** Below this length language detection is too unreliable to refuse a text as non-English. */
  private static final int MIN_CHARS_FOR_LANGUAGE = 400;
  private final ObjectMapper mapper = new ObjectMapper();
  private final LanguageIdentifier languages = new LanguageIdentifier();

  void read(String input, Consumer<Article> articles, Consumer<InputFailure> failures) {
    try (InputStream raw = input.equals("-") ? System.in : Files.newInputStream(Path.of(input));
         InputStream in = input.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String where = input + ":" + n;
        try {
          articles.accept(toArticle(mapper.readTree(line), where));
        } catch (IOException | IllegalArgumentException e) {
          failures.accept(new InputFailure(where, "bad JSON record: " + firstLine(e.getMessage())));
        }
      }
    } catch (IOException e) {
      failures.accept(new InputFailure(input, "cannot read: " + e.getMessage()));
    }
  }

  private Article toArticle(JsonNode j, String where) {
    String id = text(j, "id");
    String text = text(j, "text");
    if (id == null || text == null) {
      throw new IllegalArgumentException("a record needs \"id\" and \"text\"");
    }
    PublishedDate date = null;
    String d = text(j, "date");
    if (d != null && d.length() >= 10) {
      try {
        LocalDate day = LocalDate.parse(d.substring(0, 10));
        date = new PublishedDate(day, null, d, DateSource.INPUT);
      } catch (DateTimeParseException e) {
        // A malformed date (e.g. 0001-01-01 placeholders) is treated as absent rather than failing the record.
        date = null;
      }
    }
    String language = text(j, "language");
    if (language == null && text.length() >= MIN_CHARS_FOR_LANGUAGE) {
      language = languages.identify(text).orElse(null);
    }
    // Split on the exact separator Article.text() joins with, so the text round-trips unchanged.
    List<String> paragraphs = Arrays.asList(text.split("\n\n", -1));
    return new Article(id, where, text(j, "url"), null, text(j, "title"), null, date, List.of(), language,
        paragraphs, List.of());
  }

  private static @Nullable String text(JsonNode j, String field) {
    JsonNode v = j.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
