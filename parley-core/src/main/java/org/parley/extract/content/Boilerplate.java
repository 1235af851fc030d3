package org.parley.extract.content;

import java.util.Locale;
import java.util.regex.Pattern;

/** Short lines that are page furniture whatever element holds them. */
final class Boilerplate {
  private static final Pattern CHROME = Pattern.compile(
      "(?:advertisement|advertising|advert|sponsored|ad|read more|continue reading|read the full story|share|share this"
          + "|share this article|share on \\w+|tweet|email|print|comments?|\\d+ comments?|related|related stories"
          + "|related articles|more stories|recommended|sign up|subscribe|subscribe now|follow us|loading\\.*"
          + "|skip to content|skip advertisement|story continues below|article continues below"
          + "|click here|photo|image|video|listen|play|close|menu|search|back to top|top)[\\s.:!»›>]*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern BYLINE = Pattern.compile(
      "(?iu)(by|von|par|por|di|door|av|af|przez|від|от)\\s+\\p{Lu}.*|(written|posted|published|updated|"
          + "last updated|reported) (by|on|at)\\b.*|(updated|published|posted)\\s*:?.*\\d.*");
  private static final Pattern DATE_OR_TIME = Pattern.compile(
      "(?iu).*(\\b\\d{1,2}:\\d{2}\\b|\\b(19|20)\\d{2}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b).*");

  private Boilerplate() {}

  /** A short credit or date line: "By Jane Roe", "Updated 3:04 pm", "4 March 2026 | 10:15". */
  static boolean isByline(String text) {
    if (text.length() > 120) {
      return false;
    }
    if (BYLINE.matcher(text).matches()) {
      return true;
    }
    int words = text.split("\\s+").length;
    return words <= 8 && DATE_OR_TIME.matcher(text).matches();
  }

  /** Whether the text ends like a sentence (or a quotation closing one). */
  static boolean endsSentence(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')' || c == '\u00bb') {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uff01' || c == '\uff1f' || c == ':';
    }
    return false;
  }

  static boolean isChromeLine(String text) {
    if (text.length() > 60) {
      return false;
    }
    return CHROME.matcher(text.toLowerCase(Locale.ROOT).strip()).matches() || Hints.offTopicHeading(text);
  }
}
