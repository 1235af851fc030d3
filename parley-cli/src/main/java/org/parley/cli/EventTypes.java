package org.parley.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.events.EventCoder;
import org.parley.events.Ontology;

/**
 * The event types {@code --type} accepts: PLOVER's sixteen, read from the event coder's own table so the two never
 * disagree, and {@link EventCoder#STATEMENT}, the marker stored for CAMEO's public-statement events. Picocli lists
 * them in the help through {@code ${COMPLETION-CANDIDATES}}.
 */
final class EventTypes implements Iterable<String> {
  private static final String TABLE = "plover-types.txt";
  static final List<String> ALL = load();

  @Override
  public Iterator<String> iterator() {
    return ALL.iterator();
  }

  /**
   * The stored spelling of a {@code --type} value (any case), or null for none.
   *
   * @throws IllegalArgumentException naming the value and the types there are
   */
  static @Nullable String check(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String t = value.strip().toUpperCase(Locale.ROOT);
    if (!ALL.contains(t)) {
      throw new IllegalArgumentException("--type '" + value + "' is not an event type; the types are "
          + String.join(", ", ALL));
    }
    return t;
  }

  private static List<String> load() {
    List<String> types = new ArrayList<>();
    try (InputStream in = Ontology.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/parley/events/" + TABLE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          types.add(line.split("\t", 2)[0].strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/parley/events/" + TABLE, e);
    }
    types.add(EventCoder.STATEMENT);
    return Collections.unmodifiableList(types);
  }
}
