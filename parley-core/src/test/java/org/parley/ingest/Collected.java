package org.parley.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parley.model.RawPage;

/** Pages and failures gathered from one reading, for assertions. */
final class Collected {
  final List<RawPage> pages = new ArrayList<>();
  final List<InputFailure> failures = new ArrayList<>();

  Consumer<RawPage> pages() {
    return pages::add;
  }

  Consumer<InputFailure> failures() {
    return failures::add;
  }

  static Collected read(InputReader reader, String input) {
    Collected c = new Collected();
    reader.read(input, c.pages(), c.failures());
    return c;
  }

  @Override
  public String toString() {
    return pages.size() + " pages, failures " + failures;
  }
}
