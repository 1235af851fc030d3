package org.parley.words;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The named word lists of one resource file written in "[name]" sections ({@link WordFiles#sections}), for a class
 * that keeps its lists there and reads them once, at class load.
 */
public final class WordLists {
  private final Class<?> owner;
  private final String resource;
  private final Map<String, List<String>> sections;

  private WordLists(Class<?> owner, String resource) {
    this.owner = owner;
    this.resource = resource;
    this.sections = WordFiles.sections(owner, resource);
  }

  /** The lists of a resource of {@code owner}'s package. */
  public static WordLists of(Class<?> owner, String resource) {
    return new WordLists(owner, resource);
  }

  /** A list as a set; a list the file lacks is an error naming it. */
  public Set<String> set(String name) {
    return WordFiles.section(sections, owner, resource, name);
  }

  /**
   * A list whose lines are two words, as a map from the first to the second ("ministry gov"); a line of another
   * shape or a first word listed twice is an error naming it.
   */
  public Map<String, String> pairs(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : list(name)) {
      String[] f = line.split("\\s+");
      if (f.length != 2 || out.put(f[0], f[1]) != null) {
        throw new IllegalStateException(owner.getPackageName().replace('.', '/') + "/" + resource + " [" + name
            + "]: expected 'WORD VALUE', each word once: " + line);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** A list in the file's order, for lists read in order of preference. */
  public List<String> list(String name) {
    set(name);
    return List.copyOf(sections.get(name));
  }
}
