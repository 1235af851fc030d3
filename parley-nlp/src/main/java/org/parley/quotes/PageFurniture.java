package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.model.Span;
import org.parley.words.WordFiles;

/**
 * The parts of a page that are not the story's sentences: the headline, photo captions, and pull quotes (a quotation
 * repeated in large type, alone in its paragraph, from what someone says in the story). Quotations there restate or
 * label; counting them would give a quote twice or to the newspaper.
 */
final class PageFurniture {
  private static final String RESOURCE = "caption-markers.txt";
  /** A first paragraph this short with no closing punctuation is a headline. */
  static final int MAX_HEADLINE_WORDS = 20;
  /** Share of a cue-less quotation's words found in another quote for it to be a pull quote of that one. */
  static final double PULL_QUOTE_OVERLAP = 0.8;

  private final List<String> captionMarkers;

  private PageFurniture(List<String> captionMarkers) {
    this.captionMarkers = List.copyOf(captionMarkers);
  }

  static PageFurniture load() {
    List<String> markers = new ArrayList<>();
    for (String line : WordFiles.lines(PageFurniture.class, RESOURCE)) {
      markers.add(line.strip().toLowerCase(Locale.ROOT));
    }
    return new PageFurniture(markers);
  }


  /** Whether the span lies in the headline or in a photo caption. */
  boolean inHeadlineOrCaption(String text, Span span) {
    Span para = paragraphOf(text, span.start());
    String p = text.substring(para.start(), para.end()).toLowerCase(Locale.ROOT);
    for (String m : captionMarkers) {
      if (p.contains(m)) {
        return true;
      }
    }
    boolean first = text.substring(0, para.start()).isBlank() && para.end() < text.strip().length();
    if (first && Words.count(text, para.start(), para.end()) <= MAX_HEADLINE_WORDS) {
      int end = para.end();
      while (end > para.start() && "\"”’'»)]".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      char last = text.charAt(Math.max(para.start(), end - 1));
      return last != '.' && last != '!' && last != '?';
    }
    return false;
  }

  /**
   * Whether a quotation with no cue is a pull quote: alone in its paragraph, its words found in another quote.
   *
   * @param others the text of the article's other quotes
   */
  static boolean isPullQuote(String text, Span quote, List<String> others) {
    Span para = paragraphOf(text, quote.start());
    if (Words.count(text, para.start(), para.end()) > Words.count(text, quote.start(), quote.end()) + 1) {
      return false;
    }
    List<String> words = words(text.substring(quote.start(), quote.end()));
    if (words.isEmpty()) {
      return false;
    }
    for (String o : others) {
      List<String> ow = words(o);
      if (ow.size() <= words.size()) {
        continue; // the source says more than its pull quote
      }
      int shared = 0;
      for (String w : words) {
        shared += ow.contains(w) ? 1 : 0;
      }
      if (shared >= PULL_QUOTE_OVERLAP * words.size()) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static Span paragraphOf(String text, int at) {
    int start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    int end = text.indexOf('\n', at);
    if (end < 0) {
      end = text.length();
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return new Span(start, Math.max(start, end));
  }
}
