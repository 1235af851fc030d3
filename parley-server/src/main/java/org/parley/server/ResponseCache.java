package org.parley.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON bodies of recent aggregate responses (actor profiles, dyads, positions), kept per store view: the store is
 * read-only while served and a new commit brings a new view, so a body computed from a view stays right for as long
 * as requests read that view. Bodies of older views are never returned again and age out. Bounded by the characters
 * held, least recently used first out; safe for concurrent requests.
 */
final class ResponseCache {
  /** A request under one store view; views compare by identity, as {@code StoreReader.view()} promises. */
  private record Key(Object view, String request) {}

  private final long maxChars;
  private final LinkedHashMap<Key, String> bodies = new LinkedHashMap<>(64, 0.75f, true);
  private long chars;

  /** @param maxChars the most characters of bodies to hold; 0 turns the cache off */
  ResponseCache(long maxChars) {
    if (maxChars < 0) {
      throw new IllegalArgumentException("maxChars must not be negative, got " + maxChars);
    }
    this.maxChars = maxChars;
  }

  synchronized @Nullable String get(Object view, String request) {
    return bodies.get(new Key(view, request));
  }

  synchronized void put(Object view, String request, String body) {
    // One body may take at most an eighth of the cache, so that a single huge answer cannot flush all the others.
    if (body.length() > maxChars / 8) {
      return;
    }
    String old = bodies.put(new Key(view, request), body);
    chars += body.length() - (old == null ? 0 : old.length());
    Iterator<Map.Entry<Key, String>> eldest = bodies.entrySet().iterator();
    while (chars > maxChars && eldest.hasNext()) {
      chars -= eldest.next().getValue().length();
      eldest.remove();
    }
  }

  /** How many bodies are held (for tests). */
  synchronized int size() {
    return bodies.size();
  }
}
