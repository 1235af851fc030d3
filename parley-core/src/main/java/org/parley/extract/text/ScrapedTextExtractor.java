package org.parley.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.extract.meta.Bylines;
import org.parley.model.PublishedDate;

/**
 * Reads an article out of a page saved as plain text, chrome and all.
 *
 * <p>Lines are first judged one by one: page furniture ({@link Chrome}: icon names, share and advert labels,
 * notices, link lists, credits), datelines in many formats ("3 Mar, 2021 09:12", "Wednesday 3 March 2021
 * 10.05 GMT", "Updated: 2021-03-03", "3. März 2021") and bylines ("By Jane Roe", "Posted by … on …").
 * Hard-wrapped text is then rejoined into paragraphs, and runs of short menu items are dropped.
 *
 * <p>The headline is the headline-like line (substantial, not ending like a sentence) nearest above the
 * first dateline or byline, or just below it, or else the first one near the top; everything above it is
 * taken for navigation. The standfirst is the sentence-like line right after the headline, when furniture
 * (a dateline, byline, caption or the headline repeated under a photo) separates it from the body. In the
 * body, copies of headline and standfirst, lists of three or more teaser fragments and trailing fragments
 * are dropped. Once a body has begun, a closing label ("Most read", "Mehr zum Thema") lets only long prose
 * through, and the start of reader comments ("34 responses to …", "jdoe says:") ends the article.
 *
 * <p>The date is the first dateline near the headline (a publication date before an update date), taken
 * from further down only when there is none there. Thread-safe.
 */
public final class ScrapedTextExtractor {
  /** How many content units from the top may precede the headline. */
  private static final int HEAD_WINDOW = 8;
  /** How much body must precede a closing label for it to close the article. */
  private static final int MIN_BODY_WORDS = 60;
  private static final Pattern BYLINE = Pattern.compile(
      "^(?:(?:posted|written|published|reported|words|story|text|photos?)\\s+(?:on\\s+[^.!?]{4,40}?\\s+)?by|by|von|"
          + "par|por|di|door|text:|von:|autor:|author:|autorin:)\\s+\\p{Lu}", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private enum Kind { BLANK, CHROME, END, COMMENTS, DATELINE, BYLINE, TEXT }

  private record Line(String text, Kind kind, Datelines.@Nullable Found date) {}

  /** A paragraph-sized piece of content, or a single furniture line kept for its position. */
  private record Unit(String text, Kind kind, Datelines.@Nullable Found date) {}

  /** Splits chrome from content and recognises dateline, headline and standfirst. */
  public ScrapedText extract(String text) {
    List<String> warnings = new ArrayList<>();
    List<Line> lines = classify(text);
    List<Unit> units = join(lines);
    dropMenuRuns(units);
    markNameLines(units);

    PublishedDate published = null;
    PublishedDate updated = null;
    boolean ambiguous = false;
    int titleAt = headlineAt(units);
    String title = titleAt < 0 ? null : units.get(titleAt).text();
    if (title == null) {
      warnings.add("no headline found in the text");
    }

    // standfirst: the next sentence-like unit, if furniture follows it before the body goes on
    String standfirst = null;
    int standAt = -1;
    for (int i = titleAt + 1; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.kind() != Kind.TEXT) {
        continue;
      }
      if (same(u.text(), title)) {
        continue;
      }
      if (Chrome.endsSentence(u.text()) && words(u.text()) >= 6 && u.text().length() <= 400
          && separatedFromBody(units, i, title)) {
        standfirst = u.text();
        standAt = i;
      }
      break;
    }

    int bodyFrom = Math.max(titleAt, standAt) + 1;
    List<String> authors = authors(units, titleAt < 0 ? HEAD_WINDOW : titleAt + HEAD_WINDOW);
    boolean[] teaser = teasers(units, bodyFrom);
    List<String> paragraphs = new ArrayList<>();
    boolean ended = false;
    boolean endSeen = false;
    int bodyWords = 0;
    int headEnd = titleAt < 0 ? HEAD_WINDOW : titleAt + HEAD_WINDOW;
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      Datelines.Found d = u.date();
      // a date near the headline is the article's; further down only if none was there, and never from
      // the teasers and comments after a closing label
      if (d != null && (u.kind() == Kind.DATELINE || u.kind() == Kind.BYLINE) && !endSeen
          && (i <= headEnd || published == null && updated == null)) {
        if (d.updated()) {
          updated = updated == null ? d.date() : updated;
        } else if (published == null) {
          published = d.date();
          ambiguous = d.ambiguous();
        }
      }
      // a closing label right under the headline is a link, not the end: it counts once a body has begun
      boolean begun = bodyWords >= MIN_BODY_WORDS;
      if (u.kind() == Kind.COMMENTS && begun) {
        break;
      }
      if (u.kind() == Kind.END || u.kind() == Kind.COMMENTS) {
        endSeen = true;
        ended = ended || begun;
      }
      if (u.kind() != Kind.TEXT || i < bodyFrom || teaser[i] || same(u.text(), title)
          || same(u.text(), standfirst) || captionOf(u.text(), title)) {
        continue;
      }
      // after a closing label only long prose is article text; teasers and reader comments are short
      if (ended && !(Chrome.endsSentence(u.text()) && words(u.text()) >= 25)) {
        continue;
      }
      paragraphs.add(u.text());
      bodyWords += words(u.text());
    }
    if (published == null && updated != null) {
      published = updated;
      warnings.add("only an update date was found; used as the publication date");
    }
    if (ambiguous) {
      warnings.add("numeric date " + published.raw() + " read day first");
    }
    return new ScrapedText(title, standfirst, published, authors, paragraphs, warnings);
  }

  /** The names after the last "by" of a byline or dateline ("Posted on 21 August 2023 by Jane Roe"). */
  private static final Pattern BY_NAMES = Pattern.compile(
      "(?:^|[\\s,])(?:by|von|par|por|door|autor:|author:|autorin:|text:|von:)\\s+(\\p{Lu}.*)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Where a byline names the reporters' whereabouts: "Jane Roe in Riga", "Jane Roe and Tom Poe in Moscow/Riga". */
  private static final Pattern PLACE_TAIL = Pattern.compile("\\s+(?:in|from|aus|en|à|a)\\s+\\p{Lu}[^,;]*$");
  /** A names-only byline is short. */
  private static final int NAME_LINE_WORDS = 9;

  /**
   * The byline's names near the headline: a "By …" line, the "by …" end of a dateline, or a line of names alone
   * ({@link #markNameLines}).
   */
  private static List<String> authors(List<Unit> units, int headEnd) {
    for (int i = 0; i < units.size() && i <= headEnd; i++) {
      Unit u = units.get(i);
      if (u.kind() != Kind.BYLINE && u.kind() != Kind.DATELINE) {
        continue;
      }
      java.util.regex.Matcher m = BY_NAMES.matcher(u.text());
      List<String> names = m.find() ? Bylines.names(m.group(1))
          : u.kind() == Kind.BYLINE ? namesOnly(u.text()) : List.of();
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  /** How far from the top a line of names alone is taken for a byline. */
  private static final int NAME_LINE_WINDOW = 2 * HEAD_WINDOW;

  /**
   * A line of names alone right above the dateline ("Jane Roe and Tom Poe", "Jane Roe in Riga") is a byline: it
   * is furniture, neither the headline nor the first paragraph.
   */
  private static void markNameLines(List<Unit> units) {
    for (int i = 0; i + 1 < units.size() && i < NAME_LINE_WINDOW; i++) {
      Unit u = units.get(i);
      if (u.kind() == Kind.TEXT && units.get(i + 1).kind() == Kind.DATELINE && !namesOnly(u.text()).isEmpty()) {
        units.set(i, new Unit(u.text(), Kind.BYLINE, null));
      }
    }
  }

  /** The names of a line that holds nothing but names (and where they write from), else none. */
  private static List<String> namesOnly(String line) {
    if (words(line) > NAME_LINE_WORDS || Chrome.endsSentence(line)) {
      return List.of();
    }
    String s = PLACE_TAIL.matcher(line).replaceFirst("");
    List<String> names = Bylines.names(s);
    long nameWords = names.stream().mapToLong(ScrapedTextExtractor::words).sum();
    long lineWords = WORD.matcher(s.replaceAll("(?iu)\\b(?:and|und|et|y|e)\\b", " ")).results().count();
    return nameWords == lineWords ? names : List.of();
  }

  private static List<Line> classify(String text) {
    String clean = text.replace("\uFEFF", "").replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ');
    List<Line> out = new ArrayList<>();
    for (String raw : clean.split("\\R", -1)) {
      String l = SPACES.matcher(raw.replace('\t', ' ').strip()).replaceAll(" ");
      if (l.isEmpty()) {
        out.add(new Line("", Kind.BLANK, null));
        continue;
      }
      if (BYLINE.matcher(l).find() && words(l) <= 16 && !l.endsWith(".")) {
        out.add(new Line(l, Kind.BYLINE, Datelines.find(l)));
        continue;
      }
      Datelines.Found d = Datelines.dateline(l);
      if (d != null) {
        out.add(new Line(l, Kind.DATELINE, d));
      } else if (Chrome.isCommentsStart(l)) {
        out.add(new Line(l, Kind.COMMENTS, null));
      } else if (Chrome.isEnd(l)) {
        out.add(new Line(l, Kind.END, null));
      } else if (Chrome.isChrome(l)) {
        out.add(new Line(l, Kind.CHROME, null));
      } else {
        out.add(new Line(l, Kind.TEXT, null));
      }
    }
    return out;
  }

  /**
   * Groups lines into units. In hard-wrapped text, a content line filled close to the wrap width continues
   * on the next content line; elsewhere every line is its own unit.
   */
  private static List<Unit> join(List<Line> lines) {
    int width = wrapWidth(lines);
    List<Unit> out = new ArrayList<>();
    StringBuilder para = null;
    String last = null;
    for (Line l : lines) {
      boolean text = l.kind() == Kind.TEXT;
      if (text && para != null && width > 0 && last.length() >= width * 0.6) {
        para.append(' ').append(l.text());
        last = l.text();
        continue;
      }
      if (para != null) {
        out.add(new Unit(para.toString(), Kind.TEXT, null));
        para = null;
      }
      if (text) {
        para = new StringBuilder(l.text());
        last = l.text();
      } else if (l.kind() != Kind.BLANK) {
        out.add(new Unit(l.text(), l.kind(), l.date()));
      }
    }
    if (para != null) {
      out.add(new Unit(para.toString(), Kind.TEXT, null));
    }
    return out;
  }

  /**
   * The wrap width when the text is hard-wrapped, else 0. Hard-wrapping shows as long lines of nearly equal
   * length that break mid-sentence and go on in lower case on the next line.
   */
  private static int wrapWidth(List<Line> lines) {
    int[] lengths = lines.stream().filter(l -> l.kind() == Kind.TEXT).mapToInt(l -> l.text().length()).sorted()
        .toArray();
    if (lengths.length < 4) {
      return 0;
    }
    int p90 = lengths[Math.min(lengths.length - 1, (int) (lengths.length * 0.9))];
    if (p90 > 110 || p90 < 30) {
      return 0;
    }
    int continued = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line a = lines.get(i);
      Line b = lines.get(i + 1);
      if (a.kind() == Kind.TEXT && b.kind() == Kind.TEXT && a.text().length() >= p90 * 0.7
          && !Chrome.endsSentence(a.text()) && Character.isLowerCase(b.text().codePointAt(0))) {
        continued++;
      }
    }
    return continued >= 2 ? Arrays.stream(lengths).max().orElse(0) : 0;
  }

  /** Drops runs of three or more menu-like units ("Home", "World", "Sport"), furniture in between allowed. */
  private static void dropMenuRuns(List<Unit> units) {
    int i = 0;
    while (i < units.size()) {
      if (!(units.get(i).kind() == Kind.TEXT && Chrome.menuItem(units.get(i).text()))) {
        i++;
        continue;
      }
      int j = i;
      int items = 0;
      while (j < units.size() && (units.get(j).kind() == Kind.CHROME
          || units.get(j).kind() == Kind.TEXT && Chrome.menuItem(units.get(j).text()))) {
        items += units.get(j).kind() == Kind.TEXT ? 1 : 0;
        j++;
      }
      if (items >= 3) {
        for (int k = i; k < j; k++) {
          if (units.get(k).kind() == Kind.TEXT) {
            units.set(k, new Unit(units.get(k).text(), Kind.CHROME, null));
          }
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  /**
   * Where the headline is. Headlines sit next to the dateline or byline, so when such a line comes before the
   * body starts, the nearest headline-like unit just above it wins (or else just below it, for pages that
   * put the date first); without one, the first headline-like unit near the top.
   */
  private static int headlineAt(List<Unit> units) {
    int anchor = -1;
    for (int i = 0; i < units.size() && anchor < 0; i++) {
      Unit u = units.get(i);
      if (u.kind() == Kind.END || u.kind() == Kind.COMMENTS || u.kind() == Kind.TEXT && prose(u.text())) {
        break;
      }
      if (u.kind() == Kind.DATELINE || u.kind() == Kind.BYLINE) {
        anchor = i;
      }
    }
    if (anchor >= 0) {
      int texts = 0;
      for (int i = anchor - 1; i >= 0 && texts < 3; i--) {
        if (units.get(i).kind() == Kind.TEXT) {
          texts++;
          if (headlineLike(units.get(i).text())) {
            return i;
          }
        }
      }
      texts = 0;
      for (int i = anchor + 1; i < units.size() && texts < 3; i++) {
        Unit u = units.get(i);
        if (u.kind() == Kind.TEXT) {
          texts++;
          if (headlineLike(u.text())) {
            return i;
          }
        } else if (u.kind() == Kind.END || u.kind() == Kind.COMMENTS) {
          break;
        }
      }
    }
    int seen = 0;
    for (int i = 0; i < units.size() && seen < HEAD_WINDOW; i++) {
      Unit u = units.get(i);
      if (u.kind() == Kind.TEXT) {
        seen++;
        if (headlineLike(u.text())) {
          return i;
        }
      }
    }
    return -1;
  }

  /** A body paragraph for sure: long and ending like a sentence. */
  private static boolean prose(String s) {
    return Chrome.endsSentence(s) && words(s) >= 30;
  }

  /**
   * Marks teaser lists and trailing furniture from {@code from} on: runs of three or more short units that
   * do not end like sentences (or end cut off with "…"), and whatever non-sentence units close the text.
   */
  private static boolean[] teasers(List<Unit> units, int from) {
    boolean[] out = new boolean[units.size()];
    int i = Math.max(0, from);
    while (i < units.size()) {
      if (!fragment(units.get(i))) {
        i++;
        continue;
      }
      int j = i;
      int items = 0;
      while (j < units.size() && (units.get(j).kind() == Kind.CHROME || fragment(units.get(j)))) {
        items += units.get(j).kind() == Kind.TEXT ? 1 : 0;
        j++;
      }
      if (items >= 3) {
        Arrays.fill(out, i, j, true);
      }
      i = Math.max(j, i + 1);
    }
    for (int k = units.size() - 1; k >= from && k >= 0; k--) {
      Unit u = units.get(k);
      if (u.kind() == Kind.TEXT) {
        if (!fragment(u) && Chrome.endsSentence(u.text()) && !cutOff(u.text())) {
          break;
        }
        out[k] = true;
      }
    }
    return out;
  }

  /** A short text unit that is no sentence: a teaser headline, a menu entry, a label. */
  private static boolean fragment(Unit u) {
    if (u.kind() != Kind.TEXT) {
      return false;
    }
    String s = u.text();
    return words(s) <= 15 && s.length() <= 120 && (!Chrome.endsSentence(s) || cutOff(s));
  }

  /** Ends in an ellipsis or "..": a teaser cut to fit its box. */
  private static boolean cutOff(String s) {
    String t = s.stripTrailing();
    return t.endsWith("..") || t.endsWith("\u2026");
  }

  /** A headline: a few words up to a long line, not ending like a sentence (a short question is fine). */
  private static boolean headlineLike(String s) {
    int w = words(s);
    if (w < 3 || s.length() > 200) {
      return false;
    }
    if (s.endsWith("?")) {
      return w <= 16;
    }
    return !Chrome.endsSentence(s);
  }

  /** Whether furniture comes between unit i and the next content unit (or the text ends). */
  private static boolean separatedFromBody(List<Unit> units, int i, @Nullable String title) {
    for (int k = i + 1; k < units.size(); k++) {
      Unit u = units.get(k);
      if (u.kind() == Kind.TEXT) {
        return same(u.text(), title) || captionOf(u.text(), title);
      }
      if (u.kind() != Kind.END) {
        return true;
      }
    }
    return true;
  }

  /** The headline repeated as a photo caption, perhaps with a credit after it. */
  private static boolean captionOf(String s, @Nullable String title) {
    if (title == null) {
      return false;
    }
    String k = key(s);
    String t = key(title);
    return !t.isEmpty() && k.startsWith(t) && k.length() - t.length() <= 40;
  }

  private static boolean same(String a, @Nullable String b) {
    return b != null && key(a).equals(key(b));
  }

  private static String key(String s) {
    return String.join(" ", WORD.matcher(s.toLowerCase(Locale.ROOT)).results().map(r -> r.group()).toList());
  }

  private static int words(String s) {
    return (int) WORD.matcher(s).results().count();
  }
}
