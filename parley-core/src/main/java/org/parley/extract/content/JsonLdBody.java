package org.parley.extract.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the {@code articleBody} that publishers put in schema.org JSON-LD for search engines. */
final class JsonLdBody {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLdBody() {}

  /** The longest {@code articleBody} string on the page, or an empty string. */
  static String find(Document doc) {
    String best = "";
    for (Element script : doc.getElementsByAttributeValue("type", "application/ld+json")) {
      String data = script.data();
      if (!data.contains("articleBody")) {
        continue;
      }
      JsonNode root;
      try {
        root = JSON.readTree(data);
      } catch (JsonProcessingException | RuntimeException e) {
        continue; // broken JSON-LD is common; the DOM still speaks
      }
      Deque<JsonNode> todo = new ArrayDeque<>();
      todo.push(root);
      while (!todo.isEmpty()) {
        JsonNode n = todo.pop();
        if (n.isObject()) {
          JsonNode body = n.get("articleBody");
          if (body != null && body.isTextual() && body.asText().length() > best.length()) {
            best = body.asText();
          }
          n.elements().forEachRemaining(todo::push);
        } else if (n.isArray()) {
          n.elements().forEachRemaining(todo::push);
        }
      }
    }
    return best;
  }

  /** Splits a JSON-LD body (plain text, or HTML that some sites put there) into paragraphs. */
  static List<String> paragraphs(String body) {
    List<String> out = new ArrayList<>();
    if (body.indexOf('<') >= 0 && body.indexOf('>') >= 0) {
      for (Block b : BlockCollector.collect(Jsoup.parseBodyFragment(body).body(), false)) {
        out.add(b.text());
      }
      return out;
    }
    for (String line : body.split("\\R+")) {
      String t = line.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
