package org.parley.nlp;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A sentence's dependency edges, parsed the first time anything asks for them. The parser is most of the analysis
 * time, and many sentences hold neither a cue of speech nor an event between actors, so nobody asks: their parse is
 * never paid for. Whoever asks gets exactly what an eager parse would have given.
 */
final class LazyDependencies extends AbstractList<Dependency> {
  private Supplier<List<Dependency>> parse;
  private volatile List<Dependency> edges;

  LazyDependencies(Supplier<List<Dependency>> parse) {
    this.parse = parse;
  }

  private List<Dependency> edges() {
    List<Dependency> e = edges;
    if (e == null) {
      synchronized (this) {
        e = edges;
        if (e == null) {
          e = List.copyOf(parse.get());
          edges = e;
          parse = null; // lets the CoreNLP sentence it closed over go
        }
      }
    }
    return e;
  }

  /** Whether the sentence has been parsed yet (for tests and measurements). */
  boolean parsed() {
    return edges != null;
  }

  @Override
  public Dependency get(int index) {
    return edges().get(index);
  }

  @Override
  public int size() {
    return edges().size();
  }
}
