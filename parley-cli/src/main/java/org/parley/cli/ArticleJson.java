package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.model.Article;

/** The JSON form of an article, as the CLI contract in DESIGN.md fixes it. */
final class ArticleJson {
  private ArticleJson() {}

  static ObjectNode toJson(ObjectMapper mapper, Article a) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", a.id());
    o.put("origin", a.origin());
    o.put("url", a.url());
    o.put("title", a.title());
    o.put("standfirst", a.standfirst());
    o.put("published", a.published() == null ? null : a.published().iso());
    o.put("publishedSource", a.published() == null ? null : a.published().source().name().toLowerCase(java.util.Locale.ROOT));
    o.put("publishedRaw", a.published() == null ? null : a.published().raw());
    ArrayNode authors = o.putArray("authors");
    a.authors().forEach(authors::add);
    o.put("site", a.site());
    o.put("language", a.language());
    o.put("text", a.text());
    ArrayNode warnings = o.putArray("warnings");
    a.warnings().forEach(warnings::add);
    return o;
  }
}
