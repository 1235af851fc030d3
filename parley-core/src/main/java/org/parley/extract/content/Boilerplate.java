package org.parley.extract.content;

import java.util.Locale;
import java.util.regex.Pattern;

/** Short lines that are page furniture whatever element holds them. */
final class Boilerplate {
  private static final Pattern CHROME = Pattern.compile(
      "(?:advertisement|advertising|sponsored|ad|read more|continue reading|read the full story|share|share this"
          + "|share this article|share on \\w+|tweet|email|print|comments?|\\d+ comments?|related|related stories"
          + "|related articles|more stories|recommended|sign up|subscribe|subscribe now|follow us|loading\\.*"
          + "|skip to content|skip advertisement|story continues below|article continues below"
          + "|click here|photo|image|video|listen|play|close|menu|search|back to top|top)[\\s.:!»›>]*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Boilerplate() {}

  static boolean isChromeLine(String text) {
    if (text.length() > 60) {
      return false;
    }
    return CHROME.matcher(text.toLowerCase(Locale.ROOT).strip()).matches();
  }
}
