package org.parley.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the word lists and tables that the rules keep as UTF-8 resource files beside their classes, so that every
 * module skips comments, reports a malformed line and a missing file the same way. A missing or malformed file is a
 * packaging error, not bad input: it is an {@link IllegalStateException} naming the resource and the line.
 */
public final class WordFiles {
  private WordFiles() {}

  /**
   * The lines of a resource of {@code owner}'s package as written, without blank lines and "#" comment lines; a
   * line is not stripped, since tab-separated tables keep empty trailing fields.
   */
  public static List<String> lines(Class<?> owner, String resource) {
    List<String> out = new ArrayList<>();
    for (String line : all(owner, resource)) {
      if (!line.isBlank() && !line.strip().startsWith("#")) {
        out.add(line);
      }
    }
    return out;
  }

  /**
   * The word lists of a resource written as "[name]" headings, each followed by one word or phrase a line,
   * lower-cased; blank lines and "#" comments are skipped. The lists keep the file's order.
   */
  public static Map<String, List<String>> sections(Class<?> owner, String resource) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    List<String> current = null;
    int lineNo = 0;
    for (String line : all(owner, resource)) {
      lineNo++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      if (t.startsWith("[") && t.endsWith("]")) {
        current = new ArrayList<>();
        if (lists.put(t.substring(1, t.length() - 1), current) != null) {
          throw new IllegalStateException(where(owner, resource, lineNo) + ": a second list " + t);
        }
      } else if (current == null) {
        throw new IllegalStateException(where(owner, resource, lineNo) + ": a word before any [list] heading");
      } else {
        current.add(t.toLowerCase(Locale.ROOT));
      }
    }
    return lists;
  }

  /** One list of {@link #sections}, as a set; a list the file lacks is an error naming it. */
  public static Set<String> section(Map<String, List<String>> sections, Class<?> owner, String resource,
                                    String name) {
    List<String> words = sections.get(name);
    if (words == null) {
      throw new IllegalStateException(path(owner, resource) + " has no list [" + name + "]");
    }
    return Set.copyOf(words);
  }

  /**
   * The words of a resource written "KIND WORD" a line, lower-cased, by kind in the file's order; a line with other
   * than two fields or an unknown kind is an error naming it.
   */
  public static Map<String, List<String>> kindWords(Class<?> owner, String resource, Set<String> kinds) {
    Map<String, List<String>> byKind = new LinkedHashMap<>();
    int lineNo = 0;
    for (String line : all(owner, resource)) {
      lineNo++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String[] parts = t.toLowerCase(Locale.ROOT).split("\\s+");
      if (parts.length != 2 || !kinds.contains(parts[0])) {
        throw new IllegalStateException(where(owner, resource, lineNo) + ": expected 'KIND WORD', KIND one of "
            + kinds.stream().sorted().toList() + ": " + t);
      }
      byKind.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
    }
    return byKind;
  }

  private static List<String> all(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + path(owner, resource) + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(line);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path(owner, resource), e);
    }
  }

  private static String where(Class<?> owner, String resource, int lineNo) {
    return path(owner, resource) + ":" + lineNo;
  }

  private static String path(Class<?> owner, String resource) {
    return owner.getPackageName().replace('.', '/') + "/" + resource;
  }
}
