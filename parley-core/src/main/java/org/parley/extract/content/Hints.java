package org.parley.extract.content;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.parley.words.WordLists;

/** Tag and class/id signals that say whether an element is article body or page chrome. */
final class Hints {
  private static final WordLists WORDS = WordLists.of(Hints.class, "html-hints.txt");

  /** Elements whose whole subtree is never article text. */
  static final Set<String> SKIP_TAGS = WORDS.set("skip-tags");

  /** Elements that end a run of text. */
  static final Set<String> BLOCK_TAGS = WORDS.set("block-tags");

  /** Tokens of class or id that mark chrome. */
  private static final Set<String> NEGATIVE = WORDS.set("chrome-tokens");

  /** Tokens of class or id that mark article body. */
  private static final Set<String> POSITIVE = WORDS.set("body-tokens");

  /** Inline elements: their class names style words, they do not mark page regions. */
  static final Set<String> INLINE_TAGS = WORDS.set("inline-tags");

  /** Headings that announce other stories, comments or promotions rather than a section of the article. */
  private static final java.util.regex.Pattern OFF_TOPIC_HEADING = java.util.regex.Pattern.compile(
      "(?iu)\\W*(related|related (stories|articles|content|posts|coverage|news|links|topics)|you (may|might) "
          + "(also )?(like|enjoy|be interested in)|more (from|on|stories|news|to read|like this)\\b.*|more .{0,30}(stories|articles|news|coverage|reads)|"
          + "recommended( for you| stories| reading)?|most (popular|read|viewed|shared)|trending( now)?|"
          + "(also|further|recommended) read(ing)?|read (next|more|also)|see also|what to read next|"
          + "(leave a |post a )?(comments?|reply|replies)|"
          + "share (this|the) (article|story|post)|(sign up|subscribe) .*newsletter.*|"
          + "(você|voce) (pode|também pode) gostar.*|leia (também|mais)|veja também|lea también|"
          + "te puede interesar|(à|a) lire aussi|lire aussi|sur le même sujet|mehr zum thema|"
          + "das könnte sie auch interessieren|weitere artikel|leggi anche|potrebbe interessarti|"
          + "関連記事|関連ニュース|관련 ?기사|相关(新闻|文章|阅读)|推荐阅读|热门文章)\\W*");

  private Hints() {}

  /** Whether a heading's text announces the end of the article (related stories, comments...). */
  static boolean offTopicHeading(String text) {
    return text.length() <= 60 && OFF_TOPIC_HEADING.matcher(text).matches();
  }

  /** Readability-style weight of a container's class, id and microdata. */
  static int classWeight(Element e) {
    int w = 0;
    if (e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) {
      w += 25;
    }
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return w;
    }
    String s = (cls + ' ' + id).toLowerCase(Locale.ROOT);
    boolean[] flags = scan(s);
    if (flags[1]) {
      w += 25;
    }
    if (flags[0]) {
      w -= 25;
    }
    return w;
  }

  /** Returns {negative, positive}: whether any class/id word marks chrome, and whether any marks content. */
  private static boolean[] scan(String s) {
    boolean neg = false;
    boolean pos = false;
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (word) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        String tok = s.substring(start, i);
        if (NEGATIVE.contains(tok)) {
          neg = true;
        } else if (POSITIVE.contains(tok)) {
          pos = true;
        }
        start = -1;
      }
    }
    return new boolean[] {neg, pos};
  }

  /** Whether the element's class or id says it is chrome (and nothing says it is content). */
  static boolean negativeByName(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return false;
    }
    boolean[] flags = scan((cls + ' ' + id).toLowerCase(Locale.ROOT));
    return flags[0] && !flags[1];
  }

  /** Whether inline style or attributes hide the element from readers. */
  static boolean hidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    if ("true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String st = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return st.contains("display:none") || st.contains("visibility:hidden");
  }
}
