package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ResponseCacheTest {
  @Test
  void answersOnlyTheSameRequestUnderTheSameView() {
    ResponseCache cache = new ResponseCache(1000);
    Object view = new Object();
    cache.put(view, "actor RUS", "{\"a\":1}");
    assertEquals("{\"a\":1}", cache.get(view, "actor RUS"));
    assertNull(cache.get(view, "actor EST"));
    assertNull(cache.get(new Object(), "actor RUS"), "a new commit's view never sees an older view's answer");
  }

  @Test
  void dropsTheLeastRecentlyUsedBeyondItsBound() {
    ResponseCache cache = new ResponseCache(800);
    Object view = new Object();
    String body = "x".repeat(100);
    for (int i = 0; i < 8; i++) {
      cache.put(view, "r" + i, body);
    }
    assertEquals(8, cache.size());
    cache.get(view, "r0"); // used again: now the newest
    cache.put(view, "r8", body);
    assertEquals(8, cache.size());
    assertEquals(body, cache.get(view, "r0"));
    assertNull(cache.get(view, "r1"), "the least recently used went first");
  }

  @Test
  void keepsNoBodyLargerThanAnEighthNorAnythingWhenOff() {
    ResponseCache cache = new ResponseCache(800);
    Object view = new Object();
    cache.put(view, "big", "x".repeat(101));
    assertNull(cache.get(view, "big"));
    ResponseCache off = new ResponseCache(0);
    off.put(view, "small", "{}");
    assertNull(off.get(view, "small"));
  }
}
