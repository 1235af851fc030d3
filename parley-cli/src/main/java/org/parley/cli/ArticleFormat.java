package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.model.Article;

/** Output formats of {@code parley extract}. */
enum ArticleFormat {
  jsonl, text, markdown;

  private static final ObjectMapper MAPPER = TerminalSafeEscapes.apply(new ObjectMapper());

  String render(Article a) {
    String s = renderRaw(a);
    // text and markdown are read on a terminal; JSON already escapes what could harm one
    return this == jsonl ? s : TerminalText.lines(s);
  }

  private String renderRaw(Article a) {
    return switch (this) {
      case jsonl -> {
        try {
          yield MAPPER.writeValueAsString(ArticleJson.toJson(MAPPER, a));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("cannot serialise article " + a.id(), e);
        }
      }
      case text -> (a.title() == null ? "" : a.title() + "\n\n") + a.text() + "\n";
      case markdown -> {
        StringBuilder sb = new StringBuilder();
        if (a.title() != null) {
          sb.append("# ").append(a.title()).append("\n\n");
        }
        StringBuilder byline = new StringBuilder();
        if (a.published() != null) {
          byline.append(a.published().iso());
        }
        if (!a.authors().isEmpty()) {
          byline.append(byline.length() > 0 ? " · " : "").append(String.join(", ", a.authors()));
        }
        if (a.url() != null) {
          byline.append(byline.length() > 0 ? " · " : "").append('<').append(a.url()).append('>');
        }
        if (byline.length() > 0) {
          sb.append('*').append(byline).append("*\n\n");
        }
        if (a.standfirst() != null) {
          sb.append("> ").append(a.standfirst()).append("\n\n");
        }
        sb.append(a.text()).append('\n');
        yield sb.toString();
      }
    };
  }
}
