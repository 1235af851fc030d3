package org.parley.extract.content;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page's headline as its metadata states it, to keep it out of the body. */
final class Headline {
  private final String title;
  private final String ogTitle;

  private Headline(String title, String ogTitle) {
    this.title = title;
    this.ogTitle = ogTitle;
  }

  static Headline of(Document doc) {
    Element head = doc.head();
    Element og = head == null ? null : head.selectFirst("meta[property=og:title]");
    return new Headline(norm(doc.title()), og == null ? "" : norm(og.attr("content")));
  }

  /** Whether a short block repeats the headline (pages often set it in a plain div or bold line). */
  boolean matches(Block b) {
    if (b.chars() < 8 || b.chars() > 200 || b.kind() == Block.Kind.LIST_ITEM) {
      return false;
    }
    // block text is already whitespace-collapsed; cheap length checks spare most blocks the lowercasing
    String t = b.text();
    boolean maybe = fits(title, t) || fits(ogTitle, t);
    if (!maybe) {
      return false;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    return (fits(title, t) && title.contains(lower)) || (fits(ogTitle, t) && ogTitle.contains(lower));
  }

  /** A subheading that happens to be a few words of the title is not the headline. */
  private static boolean fits(String headline, String t) {
    return !headline.isEmpty() && t.length() <= headline.length() && t.length() * 5 >= headline.length() * 2;
  }

  private static String norm(String s) {
    return s.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
