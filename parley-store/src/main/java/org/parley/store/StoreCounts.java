package org.parley.store;

import java.util.LinkedHashMap;
import java.util.Map;

/** How many records of each kind a store holds. */
public record StoreCounts(int articles, int quotes, int events) {
  /** {"articles", "quotes", "events"} in that order, as the API shows them. */
  public Map<String, Integer> asMap() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("articles", articles);
    m.put("quotes", quotes);
    m.put("events", events);
    return m;
  }
}
