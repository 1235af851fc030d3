package org.parley.extract.content;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks the DOM once (iteratively, so depth is no danger) and cuts its visible text into blocks, skipping
 * subtrees that can never be article text. One instance per page; not thread-safe.
 */
final class BlockCollector implements NodeFilter {
  private final boolean useNames;
  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder buf = new StringBuilder();
  private final List<Element> owners = new ArrayList<>();
  private int linkChars;
  private int chars;
  private int linkDepth;
  /** After a "Related stories"-style heading, the rest of its parent is skipped. */
  private Element skipRest;

  private static final java.util.Set<String> HEADINGS = java.util.Set.of("h2", "h3", "h4", "h5", "h6");
  /** Containers that sites style as headings (a div with a heading class, not a paragraph of text). */
  private static final java.util.Set<String> STYLED_HEADING_TAGS = java.util.Set.of("div", "header", "section",
      "summary", "legend", "caption", "dt");

  private BlockCollector(boolean useNames) {
    this.useNames = useNames;
  }

  /**
   * Collects the blocks under {@code root}; {@code useNames} turns class/id hints on and skips forms (off, it
   * serves pages whose whole layout sits in one form or in oddly named wrappers).
   */
  static List<Block> collect(Element root, boolean useNames) {
    BlockCollector c = new BlockCollector(useNames);
    c.owners.add(root);
    NodeTraversor.filter(c, root);
    c.flush();
    return c.blocks;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (skipRest != null) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (node instanceof TextNode t) {
      append(t.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String tag = e.normalName();
    if (depth > 0 && (Hints.SKIP_TAGS.contains(tag) && (useNames || !"form".equals(tag)) || Hints.hidden(e)
        || (useNames && !Hints.INLINE_TAGS.contains(tag) && Hints.negativeByName(e)))) {
      if ("br".equals(tag)) {
        flush();
      }
      return FilterResult.SKIP_ENTIRELY;
    }
    if ("a".equals(tag)) {
      linkDepth++;
    } else if (Hints.BLOCK_TAGS.contains(tag)) {
      flush();
      if (!"br".equals(tag) && !"hr".equals(tag)) {
        owners.add(e);
      }
    } else if ("img".equals(tag)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e) {
      if (e == skipRest) {
        skipRest = null;
      }
      String tag = e.normalName();
      if (skipRest == null && chars > 0 && chars <= 60 && e.parent() != null
          && (HEADINGS.contains(tag) || (linkChars == 0 && STYLED_HEADING_TAGS.contains(tag) && e.hasAttr("class")))
          && Hints.offTopicHeading(buf.toString().strip())) {
        buf.setLength(0);
        chars = 0;
        linkChars = 0;
        skipRest = e.parent();
      }
      if ("a".equals(tag)) {
        linkDepth--;
      } else if (Hints.BLOCK_TAGS.contains(tag) && !"br".equals(tag) && !"hr".equals(tag)) {
        flush();
        if (owners.size() > 1) {
          owners.remove(owners.size() - 1);
        }
      }
    }
    return FilterResult.CONTINUE;
  }

  private void append(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
        if (buf.length() > 0 && buf.charAt(buf.length() - 1) != ' ') {
          buf.append(' ');
        }
      } else {
        buf.append(c);
        chars++;
        if (linkDepth > 0) {
          linkChars++;
        }
      }
    }
  }

  private void flush() {
    if (chars > 0) {
      int end = buf.length();
      if (buf.charAt(end - 1) == ' ') {
        end--;
      }
      Element owner = owners.get(owners.size() - 1);
      blocks.add(new Block(buf.substring(0, end), chars, linkChars, owner, kindOf(owner)));
    }
    buf.setLength(0);
    chars = 0;
    linkChars = 0;
  }

  private static Block.Kind kindOf(Element e) {
    return switch (e.normalName()) {
      case "p" -> Block.Kind.PARAGRAPH;
      case "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
      case "li", "dd", "dt" -> Block.Kind.LIST_ITEM;
      case "blockquote", "pre" -> Block.Kind.QUOTE;
      case "td", "th" -> Block.Kind.CELL;
      case "caption", "figure" -> Block.Kind.CAPTION;
      default -> Block.Kind.OTHER;
    };
  }
}
