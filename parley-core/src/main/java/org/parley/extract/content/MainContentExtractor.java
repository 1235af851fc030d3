package org.parley.extract.content;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article body of an HTML page: the paragraphs a reader came for, without headline, navigation,
 * share bars, related stories, comments, ads or cookie notices.
 *
 * <p>The page is cut into text blocks in one iterative walk; blocks vote for the elements that hold them
 * (long, comma-rich, link-poor text votes most); the best-voted container, plus siblings that carry the same
 * kind of text, is the body. The article's JSON-LD {@code articleBody}, when present, is a second opinion.
 * Instances hold no mutable state and may be shared between threads; the document is never modified.
 */
public final class MainContentExtractor {
  /**
   * How far a block's text counts up the tree. Real pages nest articles a few dozen levels deep; the cap keeps
   * pathological nesting (thousands of levels) linear in page size.
   */
  private static final int MAX_CLIMB = 100;

  /**
   * Returns the body paragraphs in reading order, without headline, chrome or comments.
   *
   * @param doc the parsed page (not modified)
   * @return the paragraphs, empty when no article body was found
   */
  public List<String> extract(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    Headline title = Headline.of(doc);
    List<String> out = extract(body, true, title);
    int domChars = length(out);
    if (domChars < 200) {
      List<String> lenient = extract(body, false, title);
      int lenientChars = length(lenient);
      if (lenientChars > domChars) {
        out = lenient;
        domChars = lenientChars;
      }
    }
    // JSON-LD bodies are sometimes stale, truncated or stuffed; they win only when the DOM says little.
    if (domChars < 500) {
      String ld = JsonLdBody.find(doc);
      if (ld.length() >= 200 && ld.length() > domChars * 3) {
        return JsonLdBody.paragraphs(ld);
      }
    }
    return out;
  }

  private static List<String> extract(Element body, boolean useNames, Headline title) {
    List<Block> blocks = BlockCollector.collect(body, useNames);
    if (blocks.isEmpty()) {
      return List.of();
    }
    Map<Element, Stats> stats = new IdentityHashMap<>();
    for (Block b : blocks) {
      boolean good = isGood(b);
      double vote = good ? vote(b) : 0;
      Element start = startOf(b);
      int level = 0;
      int climbed = 0;
      for (Element e = b.owner(); e != null && climbed++ < MAX_CLIMB; e = e.parent()) {
        Stats s = stats.computeIfAbsent(e, k -> new Stats());
        s.chars += b.chars();
        s.linkChars += b.linkChars();
        if (good) {
          s.goodChars += b.chars();
        }
        if (e == start) {
          level = 1;
        }
        if (level > 0 && vote > 0 && level <= 4) {
          s.score += vote / (level == 1 ? 1 : level == 2 ? 2 : level * 3);
        }
        if (level > 0) {
          level++;
        }
      }
    }
    List<Candidate> ranked = new ArrayList<>();
    for (Map.Entry<Element, Stats> en : stats.entrySet()) {
      Stats s = en.getValue();
      if (s.score <= 0) {
        continue;
      }
      double plain = s.score * (1 - s.linkDensity());
      ranked.add(new Candidate(en.getKey(), (s.score + Hints.classWeight(en.getKey())) * (1 - s.linkDensity()),
          plain));
    }
    ranked.sort((x, y) -> Double.compare(y.score(), x.score()));
    Element best = ranked.isEmpty() ? null : ranked.get(0).element();
    double bestScore = ranked.isEmpty() ? 0 : ranked.get(0).score();
    if (best != null) {
      best = grow(joinSplitBody(ranked, stats), stats);
    }
    if (best == null) {
      return List.of();
    }
    List<Element> chosen = new ArrayList<>();
    chosen.add(best);
    Element parent = best.parent();
    if (parent != null) {
      double threshold = Math.max(10, bestScore * 0.2);
      for (Element sib : parent.children()) {
        if (sib == best) {
          continue;
        }
        Stats s = stats.get(sib);
        if (s == null || ("article".equals(sib.normalName()) && "article".equals(best.normalName()))) {
          continue;
        }
        double sc = s.score * (1 - s.linkDensity());
        if (sc >= threshold || (s.goodChars >= 80 && s.linkDensity() < 0.25 && s.goodChars >= s.chars * 0.8)) {
          chosen.add(sib);
        }
      }
    }
    List<Block> kept = new ArrayList<>();
    boolean started = false;
    for (Block b : blocks) {
      if (!inside(b.owner(), chosen) || !keep(b, stats) || title.matches(b)) {
        continue;
      }
      // bylines and datelines glued above the first real paragraph
      if (!started && Boilerplate.isByline(b.text())) {
        continue;
      }
      started |= b.chars() >= 80;
      kept.add(b);
    }
    // calls to action and widget titles trail the last paragraph: "Join the conversation...", "Top video"
    for (int i = 0; i < 3 && !kept.isEmpty() && isTrailingChrome(kept.get(kept.size() - 1)); i++) {
      kept.remove(kept.size() - 1);
    }
    List<String> out = new ArrayList<>(kept.size());
    for (Block b : kept) {
      out.add(b.text());
    }
    return out;
  }

  /**
   * Bodies cut into chunks (ad rails, paywall teasers, section wrappers) make two strong candidates that are
   * cousins; their nearest common ancestor, if close and link-poor, holds the whole body.
   */
  private static Element joinSplitBody(List<Candidate> ranked, Map<Element, Stats> stats) {
    Element joined = ranked.get(0).element();
    double bestPlain = ranked.get(0).plain();
    for (int i = 1; i < ranked.size() && i < 12; i++) {
      Candidate rival = ranked.get(i);
      if (rival.plain() < bestPlain * 0.3) {
        continue;
      }
      Element r = rival.element();
      Stats rs = stats.get(r);
      if (rs == null || rs.goodChars < 150) {
        continue; // a footer line is no second half of the body
      }
      if (isAncestor(joined, r) || isAncestor(r, joined)) {
        continue;
      }
      Element up = joined;
      for (int level = 0; level < 8 && up != null; level++) {
        up = up.parent();
        if (up != null && isAncestor(up, r)) {
          Stats s = stats.get(up);
          if (s != null && s.linkDensity() < 0.3) {
            joined = up;
          }
          break;
        }
      }
    }
    return joined;
  }

  /**
   * Climbs while the parent adds only a little more text and that text is itself article-like: a lead
   * paragraph or a body part wrapped apart from the rest.
   */
  private static Element grow(Element c, Map<Element, Stats> stats) {
    for (int i = 0; i < 3; i++) {
      Element p = c.parent();
      Stats sp = p == null ? null : stats.get(p);
      Stats sc = stats.get(c);
      if (sp == null || sc == null || "body".equals(p.normalName())) {
        break;
      }
      int extraAll = sp.chars - sc.chars;
      int extraGood = sp.goodChars - sc.goodChars;
      int extraLink = sp.linkChars - sc.linkChars;
      if (extraGood <= 0 || extraGood > sc.goodChars || extraLink > extraAll * 0.25
          || extraGood < extraAll * 0.5) {
        break;
      }
      c = p;
    }
    return c;
  }

  private static boolean isAncestor(Element anc, Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == anc) {
        return true;
      }
    }
    return false;
  }

  private static int length(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      n += p.length();
    }
    return n;
  }

  private static boolean isTrailingChrome(Block b) {
    String t = b.text();
    if (b.kind() == Block.Kind.HEADING) {
      return true;
    }
    if (b.chars() >= 40 || b.kind() == Block.Kind.LIST_ITEM || b.kind() == Block.Kind.CELL) {
      return false; // the last items of a list, or a truncated last paragraph, are still the article
    }
    boolean ellipsis = t.endsWith("...") || t.endsWith("\u2026");
    return ellipsis ? b.kind() != Block.Kind.PARAGRAPH : !Boilerplate.endsSentence(t);
  }

  /** A block that looks like running article text. */
  private static boolean isGood(Block b) {
    if (b.chars() < 25 || b.linkDensity() >= 0.33 || b.kind() == Block.Kind.HEADING) {
      return false;
    }
    String t = b.text();
    // teasers of other stories end in an ellipsis
    return !(t.endsWith("...") || t.endsWith("\u2026") || t.endsWith("[...]"));
  }

  private static double vote(Block b) {
    String t = b.text();
    int punct = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u3002' || c == '.') {
        punct++;
      }
    }
    double v = 1 + Math.min(punct, 10) + Math.min(b.chars() / 100.0, 3);
    return b.kind() == Block.Kind.LIST_ITEM || b.kind() == Block.Kind.CELL ? v / 2 : v;
  }

  /** Paragraph-like blocks vote for their container; text sitting directly in a div votes for the div. */
  private static Element startOf(Block b) {
    Element o = b.owner();
    return switch (b.kind()) {
      case PARAGRAPH, HEADING, LIST_ITEM, QUOTE, CELL, CAPTION -> o.parent() == null ? o : o.parent();
      default -> o;
    };
  }

  private static boolean inside(Element e, List<Element> roots) {
    int climbed = 0;
    for (Element x = e; x != null && climbed++ < MAX_CLIMB; x = x.parent()) {
      for (Element r : roots) {
        if (x == r) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean keep(Block b, Map<Element, Stats> stats) {
    if (b.linkDensity() > 0.5) {
      return false;
    }
    if (b.kind() == Block.Kind.LIST_ITEM && b.linkChars() > 0) {
      // a list whose items are mostly links is a list of other stories
      Element list = b.owner().parent();
      Stats s = list == null ? null : stats.get(list);
      if (s != null && s.linkDensity() >= 0.35) {
        return false;
      }
    }
    return !Boilerplate.isChromeLine(b.text());
  }

  private record Candidate(Element element, double score, double plain) {}

  private static final class Stats {
    int chars;
    int linkChars;
    int goodChars;
    double score;

    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }
}
