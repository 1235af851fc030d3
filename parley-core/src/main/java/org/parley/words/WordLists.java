package org.parley.words;

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

  /** A list in the file's order, for lists read in order of preference. */
  public List<String> list(String name) {
    set(name);
    return List.copyOf(sections.get(name));
  }
}
