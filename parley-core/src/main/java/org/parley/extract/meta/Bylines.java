package org.parley.extract.meta;

import java.util.List;

/** Reads person names out of a byline string, with the same cleaning and checks as the HTML metadata reader. */
public final class Bylines {
  private Bylines() {}

  /**
   * The person names a byline names ("By Jane Roe and Tom Poe" gives both): the "By" prefix, trailing dates and
   * roles removed, and strings that do not look like a person's name (site names, "Staff", agencies) dropped.
   *
   * @param byline the byline as written
   * @return the names in order, empty when none passes
   */
  public static List<String> names(String byline) {
    return AuthorFinder.clean(byline, null);
  }
}
