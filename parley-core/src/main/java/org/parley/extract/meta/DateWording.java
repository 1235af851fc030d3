package org.parley.extract.meta;

import java.util.regex.Pattern;

/** Words around a date (class names, ids, the line it stands in) that say which date of the page it is. */
final class DateWording {
  private DateWording() {}

  static final Pattern PUBLISH_HINT = Pattern.compile("(?i)(publish|pubdate|entry-date|post-date|"
      + "created|datePublished|posted|article-date|date-publi)");
  static final Pattern MODIFIED_HINT = Pattern.compile("(?i)(update|modif|aktualisiert|geändert|"
      + "actualiz|mis à jour|atualiz|aggiorn|stand:|last edited|bearbeitet)");
}
