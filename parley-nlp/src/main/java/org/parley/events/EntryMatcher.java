package org.parley.events;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.events.Lexicon.Entry;
import org.parley.events.Lexicon.WordClass;
import org.parley.nlp.Dependency;

/**
 * Lexicon lookup in context: of a lemma's entries in a word class, the most specific one whose extra words (particles,
 * prepositions) and required objects are found among the token's dependents. Predicates, their governors and the
 * nouns that name events are all typed through it, so that one word is read the same way by every rule family.
 */
final class EntryMatcher {
  private final SentenceGraph graph;
  private final Lexicon lexicon;

  EntryMatcher(SentenceGraph graph, Lexicon lexicon) {
    this.graph = graph;
    this.lexicon = lexicon;
  }

  /** The most specific matching entry of the class for token i; later entries win ties (user files override). */
  @Nullable Entry best(WordClass wc, int i, String lemma) {
    Entry best = null;
    for (Entry e : lexicon.entries(wc, lemma)) {
      if (!extrasMatch(e, i) || !objectsMatch(e, i)) {
        continue;
      }
      if (best == null || e.specificity() >= best.specificity()) {
        best = e;
      }
    }
    return best;
  }

  private boolean extrasMatch(Entry e, int i) {
    for (String w : e.extras()) {
      boolean found = false;
      for (Dependency d : graph.kids(i)) {
        int c = d.dependent();
        if (w.equals(graph.lemma(c)) || w.equals(graph.lower(c)) || w.equals(graph.caseOf(c))) {
          found = true;
          break;
        }
      }
      if (!found && i + 1 < graph.size() && w.equals(graph.lower(i + 1))) {
        found = true; // particles the parser attached elsewhere ("walk back")
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private boolean objectsMatch(Entry e, int i) {
    if (e.objects().isEmpty()) {
      return true;
    }
    return objectsUnder(i, e.objects(), 0);
  }

  private boolean objectsUnder(int i, Set<String> objects, int depth) {
    for (Dependency d : graph.kids(i)) {
      String r = d.relation();
      if (r.startsWith("nsubj") && !r.equals("nsubj:pass") || r.equals("punct") || r.equals("conj")
          || r.equals("mark") || r.startsWith("aux") || r.equals("cop")
          || r.equals("parataxis") || r.equals("acl:relcl") || r.equals("advcl") || r.equals("cc")) {
        continue;
      }
      int c = d.dependent();
      if (objects.contains(graph.lemma(c)) || objects.contains(graph.lower(c))) {
        return true;
      }
      if (depth < 1 && objectsUnder(c, objects, depth + 1)) {
        return true;
      }
    }
    return false;
  }
}
