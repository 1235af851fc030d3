package org.parley.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;
import org.parley.model.DateSource;
import org.parley.model.PublishedDate;
import org.parley.words.WordLists;

/**
 * The dates a page shows its readers: a date labelled as the publication date, a date line of the article, the
 * page title, and last a date next to the headline. Dates in running prose (events the text talks about), in the
 * site banner, in comments and in related-article lists belong to something else and are not used.
 */
final class VisibleDates {
  private VisibleDates() {}

  private static final WordLists WORDS = WordLists.of(VisibleDates.class, "date-keys.txt");

  /** Elements whose text is never a visible publication date. */
  private static final Set<String> SKIP_TAGS = WORDS.set("skip-tags");

  private static final Pattern DATE_CLASS = Pattern.compile("(?i)(date|datum|time|zeit|publi|posted|byline|"
      + "fecha|dateline|meta|info|author|subline|kicker|tag)");

  /** How far (in characters of page text) before and after the headline a bare date still belongs to it. */
  private static final int BEFORE_HEADLINE = 300;
  private static final int AFTER_HEADLINE = 1000;
  /**
   * How many characters of page text the label and last-resort scans read. A news page states its date near the top,
   * or at the latest right after the article; reading on through a huge page (a dump, an archive of years) only
   * costs time: a 32 MB page took 50 s before this bound.
   */
  static final int MAX_SCANNED_CHARS = 100_000;

  /** A publication label written right before a date ("Veröffentlicht am", "Published on", "Datum:"). */
  private static final Pattern PUBLISH_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(ver[öo]ffentlicht|erschienen|"
      + "erstellt|publiziert|published|posted|written|publié|publicado|pubblicato|publicat|datum|date|fecha|data)"
      + "(?:[\\s\\u00a0]+(?:am|on|le|el|il|em|in))?[\\s\\u00a0]*:?[\\s\\u00a0]*$");
  /** How many characters before a date its label may take. */
  private static final int LABEL_REACH = 30;

  private static final Pattern DATELINE_END = Pattern.compile("[\\s\\u00a0]*[-–—:|/]");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
  /** More words than a date line holds ("Veröffentlicht am …, von … in …") besides its date. */
  private static final int DATELINE_WORDS = 10;

  /** The publication date the page shows, the strongest visible evidence first. */
  static @Nullable PublishedDate find(DateReading r) {
    Element body = r.page.doc.body();
    if (body == null) {
      return null;
    }
    PublishedDate labelled = labelled(r);
    if (labelled != null) {
      return labelled;
    }
    PublishedDate visible = dateElement(r);
    if (visible != null) {
      return visible;
    }
    PublishedDate d = r.firstInText(r.page.doc.title());
    if (d != null) {
      return d;
    }
    // Last resort: a date written next to the headline (dates far below it belong to comments and lists).
    List<Element> own = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    int pos = 0;
    int headline = -1;
    for (Element e : body.getAllElements()) {
      if (pos > MAX_SCANNED_CHARS) {
        break;
      }
      if (e.ownText().isBlank() || SKIP_TAGS.contains(e.normalName()) || PageSignals.inOtherContent(e)) {
        continue;
      }
      if (headline < 0 && e.normalName().equals("h1")) {
        headline = pos;
      }
      own.add(e);
      offsets.add(pos);
      pos += e.ownText().length() + 1;
    }
    // First dates without update wording, then an update line ("Stand: …"), which beats no date at all.
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < own.size(); i++) {
        int at = offsets.get(i);
        // Without a headline to anchor on, the page's first date is the best remaining guess.
        if (headline >= 0 && (at < headline - BEFORE_HEADLINE || at > headline + AFTER_HEADLINE)) {
          continue;
        }
        String text = own.get(i).ownText();
        if (text.length() < 6 || (pass == 0 && DateWording.MODIFIED_HINT.matcher(text).find())) {
          continue;
        }
        d = r.firstInText(text);
        if (d != null && !inProse(text, d.raw()) && !SiteBanner.holds(own.get(i), r.page.headline)) {
          return d;
        }
      }
    }
    return null;
  }

  /** Date-like elements of the article, first without, then with update wording (an update date beats none). */
  static @Nullable PublishedDate dateElement(DateReading r) {
    Element body = r.page.doc.body();
    if (body == null) {
      return null;
    }
    for (int pass = 0; pass < 2; pass++) {
      for (Element e : body.getAllElements()) {
        String ci = e.className() + " " + e.id();
        if (ci.length() < 2 || !DATE_CLASS.matcher(ci).find()) {
          continue;
        }
        String text = e.text();
        if (text.isEmpty() || text.length() > 200 || PageSignals.inOtherContent(e)) {
          continue;
        }
        if (pass == 0 && DateWording.MODIFIED_HINT.matcher(text).find()
            && !DateWording.PUBLISH_HINT.matcher(text).find()) {
          continue;
        }
        PublishedDate d = r.firstInText(text);
        // Checked last, for elements holding a date: it walks up the tree and through the ancestors' subtrees.
        if (d != null && !SiteBanner.holds(e, r.page.headline)) {
          return d;
        }
      }
    }
    return null;
  }

  /**
   * The first date of the article labelled as its publication date ("Erschienen am: 13.10.2021",
   * "Written: 2023-11-07"): a label is the page saying in words which of its dates is the publication date.
   */
  private static @Nullable PublishedDate labelled(DateReading r) {
    Element body = r.page.doc.body();
    if (body == null) {
      return null;
    }
    // Text nodes in reading order: a label often sits in its own element right before the date's.
    String before = "";
    int scanned = 0;
    for (TextNode t : textNodes(body)) {
      String own = t.text().strip();
      if (own.isEmpty()) {
        continue;
      }
      scanned += own.length() + 1;
      if (scanned > MAX_SCANNED_CHARS) {
        break;
      }
      Element e = (Element) t.parent();
      if (!SKIP_TAGS.contains(e.normalName())) {
        String text = before + " " + own;
        for (ParsedDate p : DateParsers.findAll(own, r.page.langTag)) {
          int at = text.lastIndexOf(p.raw());
          String lead = text.substring(Math.max(0, at - LABEL_REACH), at);
          if (PUBLISH_LABEL.matcher(lead).find() && r.plausible(p.day()) && !PageSignals.inOtherContent(e)
              && !SiteBanner.holds(e, r.page.headline)) {
            return new PublishedDate(p.day(), p.dateTime(), p.raw(), DateSource.TEXT);
          }
        }
      }
      before = own.length() > LABEL_REACH ? own.substring(own.length() - LABEL_REACH) : own;
    }
    return null;
  }

  private static List<TextNode> textNodes(Element root) {
    List<TextNode> out = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode t) {
        out.add(t);
      }
    }, root);
    return out;
  }

  /**
   * Whether the date sits in running prose ("Am 15.12.2016 treffen sich …"): a date inside a sentence names an
   * event the text talks about, while a publication date stands in a short line of its own or opens the text as a
   * dateline ("BERLIN, 27.1.2022 – …").
   */
  private static boolean inProse(String text, String raw) {
    int at = text.indexOf(raw);
    if (at >= 0 && DATELINE_END.matcher(text).region(at + raw.length(), text.length()).lookingAt()
        && WORD.matcher(text.substring(0, at)).results().count() <= 3) {
      return false;
    }
    String rest = at < 0 ? text : text.substring(0, at) + " " + text.substring(at + raw.length());
    Matcher m = WORD.matcher(rest);
    int words = 0;
    while (m.find()) {
      if (++words > DATELINE_WORDS) {
        return true;
      }
    }
    return false;
  }
}
