package org.parley.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorKind;

/**
 * Parsers for user actor files: the TABARI/CAMEO actor dictionary format and a simple CSV.
 *
 * <p>Kinds are guessed because neither format states them: an actor with date-bounded codes is a person (that is
 * how these dictionaries record officeholders), an {@code IGO…} code is an IGO, a bare three-letter code a state,
 * anything else an organisation.
 */
final class UserDictionaries {
  // [CODE] or [CODE dates]; dates are yymmdd-yymmdd, >yymmdd (from), <yymmdd (until); 8-digit years allowed.
  private static final Pattern BRACKET = Pattern.compile("\\[\\s*([^\\]]*?)\\s*\\]");
  private static final Pattern CODE = Pattern.compile("~?[A-Z0-9]{3,18}");
  private static final Pattern RANGE = Pattern.compile("(\\d{6}|\\d{8})?-(\\d{6}|\\d{8})?");
  private static final Pattern SINGLE = Pattern.compile("([<>])(\\d{6}|\\d{8})");

  private UserDictionaries() {}

  /** One user actor term: all its names, one code, and the term's dates. */
  record UserActor(List<String> names, String code, ActorKind kind, @Nullable LocalDate from,
                   @Nullable LocalDate to) {
    String displayName() {
      return names.get(0);
    }
  }

  private record Code(String code, @Nullable LocalDate from, @Nullable LocalDate to) {}

  static List<UserActor> parseTabari(List<String> lines, String source) throws DictionaryFormatException {
    List<UserActor> out = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Code> codes = new ArrayList<>();
    int blockLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String l = stripComments(lines.get(i)).strip();
      if (l.isEmpty()) {
        continue;
      }
      if (l.startsWith("+")) {
        if (names.isEmpty()) {
          throw new DictionaryFormatException(source, lineNo, "synonym line before any actor name");
        }
        names.add(tabariName(l.substring(1), source, lineNo));
        codes.addAll(codes(l, source, lineNo));
      } else if (l.startsWith("[")) {
        if (names.isEmpty()) {
          throw new DictionaryFormatException(source, lineNo, "code line before any actor name");
        }
        codes.addAll(codes(l, source, lineNo));
      } else {
        flush(names, codes, out, source, blockLine);
        blockLine = lineNo;
        int b = l.indexOf('[');
        names.add(tabariName(b < 0 ? l : l.substring(0, b), source, lineNo));
        codes.addAll(codes(l, source, lineNo));
      }
    }
    flush(names, codes, out, source, blockLine);
    return out;
  }

  private static void flush(List<String> names, List<Code> codes, List<UserActor> out, String source, int line)
      throws DictionaryFormatException {
    if (names.isEmpty()) {
      return;
    }
    if (codes.isEmpty()) {
      throw new DictionaryFormatException(source, line, "actor " + names.get(0) + " has no [CODE]");
    }
    boolean dated = codes.stream().anyMatch(c -> c.from() != null || c.to() != null);
    for (Code c : codes) {
      out.add(new UserActor(List.copyOf(names), c.code(), kind(c.code(), dated), c.from(), c.to()));
    }
    names.clear();
    codes.clear();
  }

  static ActorKind kind(String code, boolean dated) {
    if (dated) {
      return ActorKind.PERSON;
    }
    if (code.startsWith("IGO")) {
      return ActorKind.IGO;
    }
    return code.length() == 3 ? ActorKind.STATE : ActorKind.ORGANIZATION;
  }

  private static String stripComments(String l) {
    String s = l;
    int x = s.indexOf("<!--");
    if (x >= 0) {
      int y = s.indexOf("-->", x);
      s = s.substring(0, x) + (y >= 0 ? s.substring(y + 3) : "");
    }
    for (char c : new char[] {'#', ';'}) {
      int i = s.indexOf(c);
      if (i >= 0) {
        s = s.substring(0, i);
      }
    }
    return s;
  }

  /** KAJA_KALLAS_ → "Kaja Kallas" (words joined by '_', a trailing '_' marks the end of the phrase). */
  private static String tabariName(String raw, String source, int line) throws DictionaryFormatException {
    String s = raw.strip();
    int sp = s.indexOf(' ');
    if (sp >= 0) {
      s = s.substring(0, sp);
    }
    s = s.replace('_', ' ').strip();
    if (s.isEmpty() || !s.codePoints().anyMatch(Character::isLetterOrDigit)) {
      throw new DictionaryFormatException(source, line, "empty actor name");
    }
    StringBuilder sb = new StringBuilder();
    for (String w : s.split("\\s+")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      // Two-letter or dotted all-capital words stay acronyms (US, U.N.); longer ones become title case.
      if (w.length() <= 3 || w.contains(".")) {
        sb.append(w);
      } else {
        sb.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return sb.toString();
  }

  private static List<Code> codes(String l, String source, int line) throws DictionaryFormatException {
    List<Code> out = new ArrayList<>();
    Matcher m = BRACKET.matcher(l);
    while (m.find()) {
      String[] parts = m.group(1).split("\\s+");
      if (parts.length == 0 || parts[0].isEmpty() || !CODE.matcher(parts[0]).matches() || parts.length > 2) {
        throw new DictionaryFormatException(source, line, "bad code bracket [" + m.group(1) + "]");
      }
      String code = parts[0].startsWith("~") ? parts[0].substring(1) : parts[0];
      LocalDate from = null;
      LocalDate to = null;
      if (parts.length == 2) {
        Matcher r = RANGE.matcher(parts[1]);
        Matcher s = SINGLE.matcher(parts[1]);
        if (r.matches() && (r.group(1) != null || r.group(2) != null)) {
          from = r.group(1) == null ? null : date(r.group(1), source, line);
          to = r.group(2) == null ? null : date(r.group(2), source, line);
        } else if (s.matches()) {
          LocalDate d = date(s.group(2), source, line);
          if (s.group(1).equals(">")) {
            from = d;
          } else {
            to = d;
          }
        } else {
          throw new DictionaryFormatException(source, line, "bad date restriction '" + parts[1] + "'");
        }
      }
      out.add(new Code(code, from, to));
    }
    if (out.isEmpty() && l.indexOf('[') >= 0) {
      throw new DictionaryFormatException(source, line, "unclosed '['");
    }
    return out;
  }

  /** yymmdd with years 00-69 in this century and 70-99 in the last (TABARI's convention), or yyyymmdd. */
  private static LocalDate date(String digits, String source, int line) throws DictionaryFormatException {
    try {
      if (digits.length() == 8) {
        return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
            Integer.parseInt(digits.substring(6)));
      }
      int yy = Integer.parseInt(digits.substring(0, 2));
      return LocalDate.of(yy < 70 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)),
          Integer.parseInt(digits.substring(4)));
    } catch (java.time.DateTimeException e) {
      throw new DictionaryFormatException(source, line, "bad date " + digits);
    }
  }

  static List<UserActor> parseCsv(List<String> lines, String source) throws DictionaryFormatException {
    List<UserActor> out = new ArrayList<>();
    boolean first = true;
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String l = lines.get(i);
      if (l.isBlank() || l.stripLeading().startsWith("#")) {
        continue;
      }
      List<String> f = csvFields(l, source, lineNo);
      if (first) {
        first = false;
        if (f.size() >= 2 && f.get(0).equalsIgnoreCase("name") && f.get(1).equalsIgnoreCase("code")) {
          continue;
        }
      }
      if (f.size() != 2 && f.size() != 4) {
        throw new DictionaryFormatException(source, lineNo, "expected name,code[,from,to] but got " + f.size()
            + " fields");
      }
      String name = f.get(0).strip();
      String code = f.get(1).strip().toUpperCase(Locale.ROOT);
      if (name.isEmpty() || !CODE.matcher(code).matches()) {
        throw new DictionaryFormatException(source, lineNo, "bad name or code");
      }
      LocalDate from = f.size() == 4 ? isoDate(f.get(2), source, lineNo) : null;
      LocalDate to = f.size() == 4 ? isoDate(f.get(3), source, lineNo) : null;
      out.add(new UserActor(List.of(name), code, kind(code, from != null || to != null), from, to));
    }
    return out;
  }

  private static @Nullable LocalDate isoDate(String s, String source, int line) throws DictionaryFormatException {
    String t = s.strip();
    if (t.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new DictionaryFormatException(source, line, "bad date '" + t + "' (want yyyy-mm-dd)");
    }
  }

  private static List<String> csvFields(String l, String source, int line) throws DictionaryFormatException {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < l.length(); i++) {
      char c = l.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < l.length() && l.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (quoted) {
      throw new DictionaryFormatException(source, line, "unclosed quote");
    }
    out.add(cur.toString());
    return out;
  }
}
