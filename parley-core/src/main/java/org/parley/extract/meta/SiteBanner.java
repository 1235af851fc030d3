package org.parley.extract.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The site's banner above the headline: the dates there are today's date or the edition's, shown on every page of
 * the site, and never a page's publication date.
 */
final class SiteBanner {
  private SiteBanner() {}

  private static final Pattern LOGO = Pattern.compile("(?i)logo|brand");
  private static final Pattern HEADER = Pattern.compile("(?i)(?<![a-z])(header|masthead|topbar|top-bar)(?![a-z])");
  /** How far up from a date element the site banner is looked for. */
  private static final int BANNER_DEPTH = 3;

  /**
   * Whether the element sits in the site's banner (next to its logo or home link, away from any headline).
   *
   * @param h1 the page's first {@code h1} ({@link PageSignals#headline})
   */
  static boolean holds(Element e, @Nullable Element h1) {
    if (h1 == null || !precedes(e, h1)) {
      return false;
    }
    for (Element h = e.parent(); h != null && !h.normalName().equals("body"); h = h.parent()) {
      // The page header (masthead, top bar) above the headline and apart from it.
      String ci = h.className() + " " + h.id();
      if ((h.normalName().equals("header") || HEADER.matcher(ci).find()) && h.select("h1").isEmpty()) {
        return true;
      }
      if (!h.select("h1").isEmpty()) {
        break;
      }
    }
    Element a = e.parent();
    for (int up = 0; a != null && up < BANNER_DEPTH; up++, a = a.parent()) {
      String tag = a.normalName();
      if (tag.equals("body") || tag.equals("article") || tag.equals("main") || !a.select("h1").isEmpty()) {
        return false;
      }
      for (Element x : a.select("img, a, svg")) {
        String hint = x.className() + " " + x.id() + " " + x.attr("alt") + " " + x.attr("src");
        if (LOGO.matcher(hint).find() || (x.normalName().equals("a") && x.attr("href").equals("/"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code a} comes before {@code b} in document order (neither containing the other). */
  private static boolean precedes(Element a, Element b) {
    List<Element> pa = new ArrayList<>(a.parents());
    List<Element> pb = new ArrayList<>(b.parents());
    Collections.reverse(pa);
    Collections.reverse(pb);
    pa.add(a);
    pb.add(b);
    int i = 0;
    while (i < pa.size() && i < pb.size() && pa.get(i) == pb.get(i)) {
      i++;
    }
    if (i == pa.size() || i == pb.size()) {
      return false;
    }
    return pa.get(i).elementSiblingIndex() < pb.get(i).elementSiblingIndex();
  }
}
