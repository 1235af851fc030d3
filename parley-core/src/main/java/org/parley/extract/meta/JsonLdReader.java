package org.parley.extract.meta;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON-LD blocks of a page into a flat list of objects: {@code @graph} members, array items and nested
 * objects under {@code mainEntity} are all lifted to the top, so callers look for a type instead of a path.
 */
final class JsonLdReader {
  // Lenient because pages ship JSON-LD with comments, trailing commas and raw newlines inside strings.
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_MISSING_VALUES)
      .enable(JsonParser.Feature.ALLOW_COMMENTS)
      .build();
  private static final int MAX_DEPTH = 6;

  private JsonLdReader() {}

  /** The JSON-LD objects of the page; unreadable blocks add a warning and are skipped. */
  static List<JsonNode> read(Document doc, List<String> warnings) {
    List<JsonNode> out = new ArrayList<>();
    for (Element script : doc.select("script[type]")) {
      String type = script.attr("type").toLowerCase(Locale.ROOT).strip();
      if (!type.startsWith("application/ld+json")) {
        continue;
      }
      String json = clean(script.data());
      if (json.isEmpty()) {
        continue;
      }
      JsonNode root;
      try {
        root = MAPPER.readTree(json);
      } catch (IOException e) {
        warnings.add("unreadable JSON-LD block skipped: " + firstLine(e.getMessage()));
        continue;
      }
      if (root != null) {
        flatten(root, out, 0);
      }
    }
    return out;
  }

  private static String clean(String s) {
    String t = s.strip();
    // CMS templates wrap the block in CDATA or HTML comments, or end it with a stray semicolon.
    if (t.startsWith("<![CDATA[")) {
      t = t.substring(9);
      int end = t.lastIndexOf("]]>");
      t = end >= 0 ? t.substring(0, end) : t;
    }
    if (t.startsWith("<!--")) {
      t = t.substring(4);
      int end = t.lastIndexOf("-->");
      t = end >= 0 ? t.substring(0, end) : t;
    }
    t = t.strip();
    while (t.endsWith(";")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  private static String firstLine(String msg) {
    if (msg == null) {
      return "parse error";
    }
    int nl = msg.indexOf('\n');
    return nl < 0 ? msg : msg.substring(0, nl);
  }

  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        flatten(n, out, depth + 1);
      }
    } else if (node.isObject()) {
      if (node.has("@type") || node.has("datePublished") || node.has("headline")) {
        out.add(node);
      }
      for (String key : List.of("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart")) {
        JsonNode child = node.get(key);
        if (child != null && (child.isArray() || child.isObject())) {
          flatten(child, out, depth + 1);
        }
      }
    }
  }

  /** The object's {@code @type} values, lower case. */
  static List<String> types(JsonNode node) {
    JsonNode t = node.get("@type");
    List<String> out = new ArrayList<>();
    if (t == null) {
      return out;
    }
    if (t.isArray()) {
      for (JsonNode x : t) {
        if (x.isTextual()) {
          out.add(x.asText().toLowerCase(Locale.ROOT));
        }
      }
    } else if (t.isTextual()) {
      out.add(t.asText().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Whether the object describes the article itself (any *Article, *Posting, Report, review...). */
  static boolean isArticle(JsonNode node) {
    for (String t : types(node)) {
      String s = t.contains(":") ? t.substring(t.lastIndexOf(':') + 1) : t;
      if (s.endsWith("article") || s.endsWith("posting") || s.equals("report") || s.equals("review")
          || s.equals("liveblogposting") || s.equals("creativework") || s.equals("blog")
          || s.equals("videoobject") || s.equals("recipe") || s.equals("newsarticle")) {
        return true;
      }
    }
    return false;
  }

  static boolean isWebPage(JsonNode node) {
    for (String t : types(node)) {
      if (t.endsWith("webpage") || t.equals("aboutpage") || t.equals("itempage")) {
        return true;
      }
    }
    return false;
  }

  /** A text field, or the first textual item of an array, or null. */
  static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null) {
      return null;
    }
    if (v.isArray()) {
      for (JsonNode x : v) {
        if (x.isTextual() && !x.asText().isBlank()) {
          return x.asText().strip();
        }
      }
      return null;
    }
    if (v.isTextual() || v.isNumber()) {
      String s = v.asText().strip();
      return s.isEmpty() ? null : s;
    }
    return null;
  }
}
