package org.parley.extract.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.words.WordLists;

/**
 * Recognises page furniture saved along with an article's text: glued icon names, share and advert labels,
 * cookie and newsletter notices, copyright footers, link lists. Judged from the line alone; runs of short
 * menu lines are judged by the caller, which sees the neighbours.
 */
final class Chrome {
  private Chrome() {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern ICON = Pattern.compile("icon|chevron|arrow-?(?:left|right|up|down)|svg", FLAGS);
  private static final Pattern SOCIAL = Pattern.compile(
      "facebook|twitter|whatsapp|linkedin|pinterest|telegram|reddit|messenger|instagram|youtube|tiktok|xing|"
          + "e-?mail|copy link|link kopieren|flipboard|threads|bluesky|mastodon", FLAGS);
  private static final Pattern SEPARATED = Pattern.compile("\\s+[|·•/»›]\\s+|\\s*[|•·]\\s*");
  private static final Pattern ONLY_SYMBOLS = Pattern.compile("[\\p{P}\\p{S}\\d\\s]*");
  private static final Pattern CREDIT = Pattern.compile(
      "^\\(?(?:photo|photograph|image|picture|illustration|video|foto|bild|grafik|quelle|crédit photo|crédit|"
          + "source|fuente|imagen|photo credit|image caption|image copyright|media caption|caption)\\s*[:©]",
      FLAGS);
  private static final Pattern COUNTER = Pattern.compile(
      "^\\d+\\s*(?:comments?|kommentare?|commentaires?|comentarios?|commenti|shares?|min(?:ute)?s?\\s+read|"
          + "minuten? lesezeit)$", FLAGS);
  private static final Pattern LEAD_LABEL = Pattern.compile(
      "^(?:related|read more|read also|also read|see also|more|watch|listen|latest|recommended|"
          + "lesen sie auch|lesen sie mehr|mehr zum thema|mehr dazu|auch interessant|siehe auch|"
          + "lire aussi|à lire aussi|a lire aussi|voir aussi|lire la suite|"
          + "lee también|leer más|ver también|te puede interesar|leggi anche|vedi anche|"
          + "lees ook|lees meer|leia também|leia mais|veja também)\\s*[:›»>|-]", FLAGS);
  private static final Pattern NOTICE = Pattern.compile(
      "\\b(?:we use cookies|uses cookies|use of cookies|cookie policy|cookie settings|accept (?:all )?cookies|"
          + "manage cookies|wir verwenden cookies|verwendet cookies|cookie-einstellungen|cookies akzeptieren|"
          + "nous utilisons des cookies|utilizamos cookies|utilizziamo i cookie|"
          + "sign up for our|sign up to our|subscribe to our|get our .{0,30}newsletter|newsletter sign|"
          + "zum newsletter|newsletter abonnieren|abonnez-vous|inscrivez-vous|suscríbete|iscriviti|"
          + "all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
          + "tutti i diritti riservati|alle rechten voorbehouden|todos os direitos reservados|"
          + "enable javascript|javascript is disabled|your browser does not support|"
          + "this article is more than \\d+ (?:years?|months?) old|"
          + "skip to (?:main )?content|zum inhalt springen|aller au contenu)\\b", FLAGS);
  private static final Pattern OUTER = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");
  private static final Pattern YEARISH = Pattern.compile("\\d{4}");
  /** Where reader comments begin: "34 responses to …", "jsmith says:", "Leave a Reply". */
  private static final Pattern COMMENTS = Pattern.compile(
      "\\d+\\s+(?:responses?|comments?|replies|reactions|kommentare?|commentaires?|comentarios?)\\b.*"
          + "|[^.!?:]{1,40}\\s(?:says|said|wrote|schreibt|schrieb|écrit|dice|escribió):"
          + "|(?:leave a (?:reply|comment)|join the (?:conversation|discussion)|comments are closed|"
          + "add (?:a|your) comment|post a comment|kommentar schreiben|laisser un commentaire)\\W*",
      FLAGS);
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final WordLists WORDS = WordLists.of(Chrome.class, "chrome-words.txt");

  /** Words of cookie, subscription, copyright and similar notices: a line with one is page furniture. */
  private static final List<String> NOTICE_KEYS = WORDS.list("notice-words");
  /** Lines that are page furniture on their own, in the languages Parley reads: buttons, headings of teasers. */
  private static final Set<String> LABELS = WORDS.set("labels");
  /** Labels after which the article is over: what follows is teasers, comments and footer. */
  private static final Set<String> END_LABELS = WORDS.set("end-labels");

  /** Whether the line, on its own, is page furniture. */
  static boolean isChrome(String line) {
    String l = line.strip();
    if (l.isEmpty()) {
      return false;
    }
    String norm = normal(l);
    if (LABELS.contains(norm) || norm.isEmpty() && ONLY_SYMBOLS.matcher(l).matches()) {
      return true;
    }
    if (ONLY_SYMBOLS.matcher(l).matches() && !YEARISH.matcher(l).find()) {
      return true;
    }
    String lower = l.toLowerCase(Locale.ROOT);
    if (icons(l, lower) || socialRun(l) || linkList(l)) {
      return true;
    }
    if (LEAD_LABEL.matcher(l).lookingAt() || CREDIT.matcher(l).lookingAt() || COUNTER.matcher(l).lookingAt()) {
      return true;
    }
    if (l.startsWith("©") || l.regionMatches(true, 0, "copyright", 0, 9) || l.startsWith("(c) ")) {
      return true;
    }
    // notices run long, but a real paragraph that merely mentions cookies is longer still
    return l.length() < 400 && mayBeNotice(lower) && NOTICE.matcher(l).find();
  }

  /** Whether the line announces the end of the article (teasers, comments, footer follow). */
  static boolean isEnd(String line) {
    return END_LABELS.contains(normal(line.strip()));
  }

  /** Whether reader comments begin here; nothing after this is the article. */
  static boolean isCommentsStart(String line) {
    String l = line.strip();
    return l.length() <= 200 && COMMENTS.matcher(l).matches();
  }

  /** Glued or listed UI icon names: "icon searchicon shareicon-arrow lefticon menu". */
  static boolean icons(String l) {
    return icons(l, l.toLowerCase(Locale.ROOT));
  }

  private static boolean icons(String l, String lower) {
    if (!(lower.contains("icon") || lower.contains("chevron") || lower.contains("arrow") || lower.contains("svg"))
        || endsSentence(l) && l.length() > 60) {
      return false;
    }
    long hits = ICON.matcher(l).results().count();
    String[] tokens = l.split("\\s+");
    return hits >= 3 || hits >= 2 && tokens.length <= 6 || hits >= 1 && tokens.length == 1 && l.length() < 40;
  }

  /** A row of social network names: "Facebook Twitter WhatsApp Email". */
  private static boolean socialRun(String l) {
    if (l.length() > 120 || endsSentence(l)) {
      return false;
    }
    long hits = SOCIAL.matcher(l).results().count();
    int words = l.split("\\s+").length;
    return hits >= 2 && hits * 2 >= words || hits >= 3;
  }

  /** "Home | World | Sport | Business": three or more short items between separators. */
  private static boolean linkList(String l) {
    if (l.length() > 300) {
      return false;
    }
    String[] parts = SEPARATED.split(l);
    if (parts.length < 3) {
      return false;
    }
    int shortParts = 0;
    for (String p : parts) {
      if (!p.isBlank() && p.strip().split("\\s+").length <= 4 && !endsSentence(p)) {
        shortParts++;
      }
    }
    return shortParts >= 3 && shortParts * 4 >= parts.length * 3;
  }

  /** Whether the line ends like a sentence. */
  static boolean endsSentence(String l) {
    int i = l.length() - 1;
    while (i >= 0 && (Character.isWhitespace(l.charAt(i)) || CLOSERS.indexOf(l.charAt(i)) >= 0)) {
      i--;
    }
    return i >= 0 && ".!?…:;。！？".indexOf(l.charAt(i)) >= 0;
  }

  private static final String CLOSERS = "\"'”’»)]」』";

  /** A short menu-like item: a few words, no sentence punctuation. */
  static boolean menuItem(String l) {
    String s = l.strip();
    return s.length() <= 30 && s.split("\\s+").length <= 3 && !endsSentence(s) && !YEARISH.matcher(s).find();
  }

  /** Lowercase, outer punctuation and arrows removed, inner whitespace collapsed: for label lookups. */
  static String normal(String l) {
    if (l.length() > 80) {
      return ""; // no label is that long; spares the regexes on paragraphs
    }
    String s = OUTER.matcher(l.toLowerCase(Locale.ROOT)).replaceAll("");
    return SPACES.matcher(s).replaceAll(" ");
  }

  /** Cheap substring test before the notice pattern, which is slow on long lines. */
  private static boolean mayBeNotice(String s) {
    for (String k : NOTICE_KEYS) {
      if (s.contains(k)) {
        return true;
      }
    }
    return false;
  }
}
