package org.parley.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;
import org.parley.model.DateSource;
import org.parley.model.PublishedDate;
import org.parley.words.WordLists;

/**
 * Finds the publication date, strongest evidence first: JSON-LD, meta tags, microdata and time tags, the URL, then
 * date-like page elements. A date in the future or before the web is discarded; no date beats a wrong one.
 *
 * <p>Time zones. {@link PublishedDate#day()} is always the calendar day as the page states it. A timestamp that
 * states its offset keeps it; a UTC stamp is restated in the page's own offset only when the page writes its other
 * timestamps with exactly one local offset (never by language alone: CMSs often write local times as "+00:00").
 * A page that states only a day, or a local time without offset, is read in the page's zone when the page makes it
 * knowable (see {@link PageZone}: its own written offset, or a language or language-region of one national zone,
 * such as {@code ja} for +09:00 or {@code de} for CET/CEST): {@link PublishedDate#dateTime()} is then the start of
 * that day (or that local time) at the zone's offset, the moment the page means, rather than UTC midnight.
 * Otherwise {@code dateTime} stays null and nothing is invented.
 *
 * <p>Evidence that belongs to something else is not used: dates in running prose (events the text talks about),
 * today's or the edition's date in the site banner, comments and related-article lists. An ambiguous numeric order
 * ({@code 06-08-2009}) takes the reading the page's own text confirms; a URL day one day off the markup's wins the
 * day (the markup stamped the moment in another zone), more than one day off it wins outright.
 */
final class PublishedDateFinder {
  private static final int MIN_YEAR = 1995;

  private static final WordLists WORDS = WordLists.of(PublishedDateFinder.class, "date-keys.txt");

  /** Meta keys naming the publication date, most specific first. */
  private static final List<String> PUBLISHED_KEYS = WORDS.list("published-keys");

  /**
   * Meta keys that name some date of the page without saying which: CMSs fill them with the publication date as
   * often as with the last edit or the moment the page was generated.
   */
  private static final List<String> GENERIC_KEYS = List.of("dc.date", "dcterms.date", "dc:date", "date", "created");

  /** Meta keys naming the date of the last edit, most specific first. */
  private static final List<String> MODIFIED_KEYS = WORDS.list("modified-keys");

  private static final Pattern PUBLISH_HINT = Pattern.compile("(?i)(publish|pubdate|entry-date|post-date|"
      + "created|datePublished|posted|article-date|date-publi)");
  private static final Pattern MODIFIED_HINT = Pattern.compile("(?i)(update|modif|aktualisiert|geändert|"
      + "actualiz|mis à jour|atualiz|aggiorn|stand:|last edited|bearbeitet)");
  private static final Pattern DATE_CLASS = Pattern.compile("(?i)(date|datum|time|zeit|publi|posted|byline|"
      + "fecha|dateline|meta|info|author|subline|kicker|tag)");

  private static final List<Pattern> URL_DATES = List.of(
      Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$|[?#]|\\.html?)"),
      Pattern.compile("[/_-]((?:19|20)\\d{2})[-_](\\d{2})[-_](\\d{2})(?!\\d)"),
      Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:/|[_-]|$)"),
      Pattern.compile("[_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:$|[/?#]|\\.html?)"));

  /** Elements whose text is never a visible publication date. */
  private static final Set<String> SKIP_TAGS = WORDS.set("skip-tags");

  private static final Pattern ARCHIVE_PREFIX = Pattern.compile("^https?://web\\.archive\\.org/web/\\d+[a-z_]*/");

  /** How far (in characters of page text) before and after the headline a bare date still belongs to it. */
  private static final int BEFORE_HEADLINE = 300;
  private static final int AFTER_HEADLINE = 1000;
  /**
   * How many characters of page text the label and last-resort scans read. A news page states its date near the top,
   * or at the latest right after the article; reading on through a huge page (a dump, an archive of years) only
   * costs time: a 32 MB page took 50 s before this bound.
   */
  static final int MAX_SCANNED_CHARS = 100_000;

  private final Clock clock;

  PublishedDateFinder(Clock clock) {
    this.clock = clock;
  }

  @Nullable PublishedDate find(PageSignals page) {
    PageZone zone = PageZone.of(page);
    PublishedDate d = choose(page, zone);
    return d == null ? null : anchor(d, zone);
  }

  private @Nullable PublishedDate choose(PageSignals page, PageZone zone) {
    LocalDate latest = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
    PublishedDate d = fromJsonLd(page, latest, "datePublished", "dateCreated");
    if (d == null) {
      d = fromMeta(page, latest, PUBLISHED_KEYS);
    }
    if (d == null) {
      d = fromMeta(page, latest, GENERIC_KEYS);
      // A generic date is often the last edit: a date the page itself shows before it is the publication.
      PublishedDate shown = d == null ? null : fromText(page, latest);
      if (shown != null && shown.day().isBefore(d.day())) {
        d = shown;
      }
    }
    if (d == null) {
      d = fromMicrodata(page, latest);
    }
    if (d == null) {
      d = fromTimeTags(page, latest);
    }
    PublishedDate fromUrl = fromUrl(page, latest);
    if (d != null) {
      d = preferVisible(localize(d, zone), page, zone, latest);
      return fromUrl == null ? d : reconcile(d, fromUrl);
    }
    if (fromUrl != null) {
      return fromUrl;
    }
    return fromText(page, latest);
  }

  /**
   * A date in the URL was fixed when the page was published, so it overrules markup that disagrees by more than a
   * day (templates stamp edits or migration dates as "published"). One day apart is a timestamp crossing
   * midnight in another zone than the newsroom's: the URL has the page's local day, the markup the moment.
   */
  private static PublishedDate reconcile(PublishedDate markup, PublishedDate url) {
    long diff = Math.abs(markup.day().toEpochDay() - url.day().toEpochDay());
    if (diff > 1) {
      return url;
    }
    if (diff == 1 && nearMidnight(markup, url.day())) {
      // A stamp taken around midnight, in UTC or in a zone other than the newsroom's: the URL has the local day.
      return new PublishedDate(url.day(), markup.dateTime(), markup.raw(), markup.source());
    }
    return markup;
  }

  /** How far (in hours) a stamp's zone may plausibly be from the newsroom's. */
  private static final int MAX_ZONE_SHIFT_HOURS = 9;

  /**
   * Whether the stamp is close enough to midnight that another zone puts it on {@code day}: a story stamped
   * 02:18Z is the evening before in the Americas, but one stamped 10:04Z is that morning everywhere its newsroom
   * is likely to be, and a URL a day off then holds the day the story was first drafted.
   */
  private static boolean nearMidnight(PublishedDate markup, LocalDate day) {
    OffsetDateTime t = markup.dateTime();
    if (t == null) {
      return true;
    }
    long minuteOfDay = t.getHour() * 60L + t.getMinute();
    long shift = day.isBefore(t.toLocalDate()) ? minuteOfDay + 1 : 24 * 60 - minuteOfDay;
    return shift <= MAX_ZONE_SHIFT_HOURS * 60L;
  }

  /**
   * A UTC timestamp hides the page's calendar day; when the page writes its other timestamps with one local offset,
   * restate the same instant in that offset. The moment is unchanged, so nothing is invented but the page's own
   * zone.
   */
  private static PublishedDate localize(PublishedDate d, PageZone zone) {
    OffsetDateTime t = d.dateTime();
    if (t == null || !t.getOffset().equals(ZoneOffset.UTC)) {
      return d;
    }
    ZoneOffset off = zone.offsetOfSameInstant(t);
    if (off == null) {
      off = zone.writtenOffset();
    }
    if (off == null) {
      return d;
    }
    OffsetDateTime local = t.withOffsetSameInstant(off);
    return new PublishedDate(local.toLocalDate(), local, d.raw(), d.source());
  }

  /**
   * A page that states a day (or a local time) without a zone still means a moment in its own zone: when that zone
   * is knowable from the page, the date becomes the start of that day (or that local time) at the zone's offset, so
   * that {@link PublishedDate#dateTime()} and {@link PublishedDate#instant()} name the page's moment rather than UTC
   * midnight. {@link PublishedDate#day()} stays the day as written.
   */
  private static PublishedDate anchor(PublishedDate d, PageZone zone) {
    if (d.dateTime() != null) {
      return d;
    }
    LocalTime time = d.source() == DateSource.URL ? null : DateParsers.localTime(d.raw());
    LocalDateTime local = d.day().atTime(time == null ? LocalTime.MIDNIGHT : time);
    ZoneOffset off = zone.offsetAt(local);
    return off == null ? d : new PublishedDate(d.day(), local.atOffset(off), d.raw(), d.source());
  }

  private @Nullable PublishedDate fromJsonLd(PageSignals page, LocalDate latest, String... fields) {
    for (String field : fields) {
      for (JsonNode n : page.jsonLdByRelevance()) {
        String v = JsonLdReader.text(n, field);
        PublishedDate d = accept(v, page, latest, DateSource.JSON_LD);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private @Nullable PublishedDate fromMeta(PageSignals page, LocalDate latest, List<String> keys) {
    for (String k : keys) {
      List<String> values = page.meta.get(k);
      if (values == null) {
        continue;
      }
      for (String v : values) {
        PublishedDate d = accept(v, page, latest, DateSource.META);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private @Nullable PublishedDate fromMicrodata(PageSignals page, LocalDate latest) {
    // Microdata, and RDFa's schema.org properties on ordinary elements (<span property="schema:dateCreated">).
    for (Element e : page.doc.select("[itemprop=datePublished]:not(meta), [itemprop=dateCreated]:not(meta), "
        + "[property~=(?i)^(schema:)?date(Published|Created)$][content]:not(meta)")) {
      String v = firstNonBlank(e.attr("datetime"), e.attr("content"), e.attr("title"), e.text());
      PublishedDate d = accept(v, page, latest, DateSource.TIME_TAG);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private @Nullable PublishedDate fromTimeTags(PageSignals page, LocalDate latest) {
    List<Element> times = page.doc.select("time, abbr.published[title], .published[title]");
    // Marked as the publication time first, then the first time tag of the article not marked as an update.
    for (int pass = 0; pass < 2; pass++) {
      for (Element t : times) {
        String hint = t.className() + " " + t.id() + " " + t.attr("itemprop")
            + (t.hasAttr("pubdate") ? " pubdate" : "");
        Element parent = t.parent();
        String context = parent == null ? "" : parent.className() + " " + parent.ownText();
        boolean published = PUBLISH_HINT.matcher(hint).find();
        boolean modified = MODIFIED_HINT.matcher(hint + " " + context).find();
        if (modified || (pass == 0 && !published) || (pass == 1 && published)) {
          continue;
        }
        if (pass == 1 && PageSignals.inOtherContent(t)) {
          continue;
        }
        if (t.closest("blockquote") != null) {
          // An embedded post (a quoted tweet, an Instagram card) carries its author's time, not the page's.
          continue;
        }
        String v = firstNonBlank(t.attr("datetime"), t.attr("title"), t.text());
        PublishedDate d = accept(v, page, latest, DateSource.TIME_TAG);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private @Nullable PublishedDate fromUrl(PageSignals page, LocalDate latest) {
    PublishedDate d = page.url == null ? null : fromUrl(page.url, latest);
    if (d == null) {
      // The page's canonical address was fixed by its publisher too (a copy's own URL often has no date).
      Element link = page.doc.selectFirst("link[rel~=(?i)^canonical$][href]");
      String canonical = link != null ? link.attr("href") : page.meta("og:url");
      if (canonical != null && !canonical.equals(page.url)) {
        d = fromUrl(canonical, latest);
      }
    }
    return d;
  }

  private @Nullable PublishedDate fromUrl(String pageUrl, LocalDate latest) {
    // An archived copy's own URL carries the capture time; the date belongs to the original URL inside it.
    String url = ARCHIVE_PREFIX.matcher(pageUrl).replaceFirst("/");
    for (Pattern p : URL_DATES) {
      Matcher m = p.matcher(url);
      if (m.find()) {
        try {
          LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
          if (plausible(day, latest)) {
            return new PublishedDate(day, null, m.group(), DateSource.URL);
          }
        } catch (java.time.DateTimeException | NumberFormatException e) {
          // digits that only look like a date
        }
      }
    }
    // Day first or month first in a URL (…/29-10-2021): only when the numbers leave no doubt about the order.
    Matcher m = URL_DMY.matcher(url);
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if ((a > 12) != (b > 12)) {
        try {
          LocalDate day = LocalDate.of(Integer.parseInt(m.group(3)), a > 12 ? b : a, a > 12 ? a : b);
          if (plausible(day, latest)) {
            return new PublishedDate(day, null, m.group(), DateSource.URL);
          }
        } catch (java.time.DateTimeException e) {
          // 31-02-2021 and the like
        }
      }
    }
    return null;
  }

  private static final Pattern URL_DMY = Pattern.compile(
      "[/_-](\\d{1,2})[-_.](\\d{1,2})[-_.]((?:19|20)\\d{2})(?:/|$|[?#]|\\.html?)");

  /**
   * When the markup disagrees with itself (published, created, modified, several blocks), the date shown in the
   * article's date line decides among the dates the markup offers; it never brings in a date of its own.
   */
  private PublishedDate preferVisible(PublishedDate chosen, PageSignals page, PageZone zone, LocalDate latest) {
    if (chosen.source() == DateSource.TEXT) {
      return chosen;
    }
    PublishedDate visible = visibleDate(page, latest);
    if (visible == null || visible.day().equals(chosen.day())) {
      return chosen;
    }
    List<PublishedDate> offered = new ArrayList<>();
    for (JsonNode n : page.jsonLdByRelevance()) {
      for (String f : List.of("datePublished", "dateCreated", "dateModified")) {
        offered.add(accept(JsonLdReader.text(n, f), page, latest, DateSource.JSON_LD));
      }
    }
    for (List<String> keys : List.of(PUBLISHED_KEYS, GENERIC_KEYS)) {
      for (String k : keys) {
        for (String v : page.meta.getOrDefault(k, List.of())) {
          offered.add(accept(v, page, latest, DateSource.META));
        }
      }
    }
    for (String k : MODIFIED_KEYS) {
      for (String v : page.meta.getOrDefault(k, List.of())) {
        offered.add(accept(v, page, latest, DateSource.META));
      }
    }
    for (Element t : page.doc.select("time[datetime]")) {
      if (!PageSignals.inOtherContent(t)) {
        offered.add(accept(t.attr("datetime"), page, latest, DateSource.TIME_TAG));
      }
    }
    for (PublishedDate o : offered) {
      if (o != null) {
        PublishedDate local = localize(o, zone);
        if (local.day().equals(visible.day())) {
          return local;
        }
      }
    }
    return chosen;
  }

  /** Date-like elements of the article, first without, then with update wording (an update date beats none). */
  private @Nullable PublishedDate visibleDate(PageSignals page, LocalDate latest) {
    Element body = page.doc.body();
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
        if (pass == 0 && MODIFIED_HINT.matcher(text).find() && !PUBLISH_HINT.matcher(text).find()) {
          continue;
        }
        PublishedDate d = firstPlausible(text, page, latest);
        // Checked last, for elements holding a date: it walks up the tree and through the ancestors' subtrees.
        if (d != null && !inSiteBanner(e, page.headline)) {
          return d;
        }
      }
    }
    return null;
  }

  private static final Pattern LOGO = Pattern.compile("(?i)logo|brand");
  private static final Pattern HEADER = Pattern.compile("(?i)(?<![a-z])(header|masthead|topbar|top-bar)(?![a-z])");
  /** How far up from a date element the site banner is looked for. */
  private static final int BANNER_DEPTH = 3;

  /**
   * Whether the element sits in the site's banner (next to its logo or home link, away from any headline): dates
   * there are today's date or the edition's, shown on every page of the site.
   *
   * @param h1 the page's first {@code h1} ({@link PageSignals#headline})
   */
  static boolean inSiteBanner(Element e, @Nullable Element h1) {
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
    java.util.Collections.reverse(pa);
    java.util.Collections.reverse(pb);
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

  private @Nullable PublishedDate fromText(PageSignals page, LocalDate latest) {
    Element body = page.doc.body();
    if (body == null) {
      return null;
    }
    PublishedDate labelled = labelled(page, latest);
    if (labelled != null) {
      return labelled;
    }
    PublishedDate visible = visibleDate(page, latest);
    if (visible != null) {
      return visible;
    }
    PublishedDate d = firstPlausible(page.doc.title(), page, latest);
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
        if (text.length() < 6 || (pass == 0 && MODIFIED_HINT.matcher(text).find())) {
          continue;
        }
        d = firstPlausible(text, page, latest);
        if (d != null && !inProse(text, d.raw()) && !inSiteBanner(own.get(i), page.headline)) {
          return d;
        }
      }
    }
    return null;
  }

  /** A publication label written right before a date ("Veröffentlicht am", "Published on", "Datum:"). */
  private static final Pattern PUBLISH_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(ver[öo]ffentlicht|erschienen|"
      + "erstellt|publiziert|published|posted|written|publié|publicado|pubblicato|publicat|datum|date|fecha|data)"
      + "(?:[\\s\\u00a0]+(?:am|on|le|el|il|em|in))?[\\s\\u00a0]*:?[\\s\\u00a0]*$");
  /** How many characters before a date its label may take. */
  private static final int LABEL_REACH = 30;

  /**
   * The first date of the article labelled as its publication date ("Erschienen am: 13.10.2021",
   * "Written: 2023-11-07"): a label is the page saying in words which of its dates is the publication date.
   */
  private @Nullable PublishedDate labelled(PageSignals page, LocalDate latest) {
    Element body = page.doc.body();
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
        for (ParsedDate p : DateParsers.findAll(own, page.langTag)) {
          int at = text.lastIndexOf(p.raw());
          String lead = text.substring(Math.max(0, at - LABEL_REACH), at);
          if (PUBLISH_LABEL.matcher(lead).find() && plausible(p.day(), latest) && !PageSignals.inOtherContent(e)
              && !inSiteBanner(e, page.headline)) {
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
    org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode t) {
        out.add(t);
      }
    }, root);
    return out;
  }

  private static final Pattern DATELINE_END = Pattern.compile("[\\s\\u00a0]*[-–—:|/]");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
  /** More words than a date line holds ("Veröffentlicht am …, von … in …") besides its date. */
  private static final int DATELINE_WORDS = 10;

  /**
   * Whether the date sits in running prose ("Am 15.12.2016 treffen sich …"): a date inside a sentence names an
   * event the text talks about, while a publication date stands in a short line of its own or opens the text as a
   * dateline ("BERLIN, 27.1.2022 – …").
   */
  static boolean inProse(String text, String raw) {
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

  private @Nullable PublishedDate firstPlausible(String text, PageSignals page, LocalDate latest) {
    for (ParsedDate p : DateParsers.findAll(text, page.langTag)) {
      if (plausible(p.day(), latest)) {
        return new PublishedDate(p.day(), p.dateTime(), p.raw(), DateSource.TEXT);
      }
    }
    return null;
  }

  private @Nullable PublishedDate accept(@Nullable String value, PageSignals page, LocalDate latest,
      DateSource source) {
    Optional<ParsedDate> p = DateParsers.parseValue(value, page.langTag);
    if (p.isEmpty()) {
      return null;
    }
    LocalDate day = p.get().day();
    // An ambiguous numeric value (06-08-2009) takes the reading the page itself writes in its text, if only one.
    LocalDate other = DateParsers.swapped(p.get());
    if (other != null && page.textDays().contains(other) && !page.textDays().contains(day)) {
      day = other;
    }
    if (!plausible(day, latest)) {
      return null;
    }
    return new PublishedDate(day, day.equals(p.get().day()) ? p.get().dateTime() : null, value.strip(), source);
  }

  private static boolean plausible(LocalDate day, LocalDate latest) {
    return day.getYear() >= MIN_YEAR && !day.isAfter(latest);
  }

  private static @Nullable String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
