package org.parley.store;

import java.util.Locale;

/**
 * Which stored site names are one site. Pages of a publisher reach the store under names that differ only in
 * spelling — {@code harborpost.example} from its own pages, {@code harbor-post.example} from its feed's links,
 * {@code www.} or not — and a filter or a facet on one of them should be the same site.
 *
 * <p>Only case, a leading {@code www.}, hyphens, underscores and spaces are ignored: dropping more (the top-level
 * domain, say) would fold different papers with one name in two countries.
 */
public final class SiteNames {
  private SiteNames() {}

  /** The key that every spelling of a site shares: {@code Harbor-Post.example} and {@code harborpost.example} alike. */
  public static String key(String site) {
    String s = site.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("www.")) {
      s = s.substring(4);
    }
    if (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.replaceAll("[-_\\s]", "");
  }
}
