package org.parley.events;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.events.Lexicon.Entry;
import org.parley.events.Lexicon.WordClass;
import org.parley.nlp.Dependency;

/**
 * What embeds a predicate. Walking up through complement, adverbial and other embedding relations, it finds whether
 * the predicate is demanded, alleged, refused or threatened (and so not reported as done), intended, conditional,
 * failed or negated by its governor, and whether a hedging modal governs it. It also records the clauses a speaker
 * says someone "must" carry out, which block the events under them.
 */
final class ClauseContext {
  /** Relations along which an event is embedded in its governor (and so inherits its blockers). */
  private static final Set<String> EMBEDDING = Set.of("xcomp", "ccomp", "advcl", "acl", "obl", "obj", "nmod", "csubj",
      "iobj", "acl:relcl", "nsubj:pass", "dep");

  private final SentenceGraph graph;
  private final Lexicon lexicon;
  private final EntryMatcher matcher;
  private final FrameFinder frames;
  /** Clauses a speaker says someone "must" carry out: requested, not done. */
  private final boolean[] demanded;

  ClauseContext(SentenceGraph graph, Lexicon lexicon, EntryMatcher matcher, FrameFinder frames) {
    this.graph = graph;
    this.lexicon = lexicon;
    this.matcher = matcher;
    this.frames = frames;
    demanded = new boolean[graph.size()];
  }

  /** A "must" clause is coded as its speaker's request, so the events under it are blocked. */
  void markDemanded(int c) {
    demanded[c] = true;
  }

  /** What governs one predicate, as found by {@link #of(int)}. */
  static final class Context {
    boolean blocked;
    boolean intent;
    boolean conditional;
    boolean negatedByGovernor;
    boolean failed;
    @Nullable String threatVerb;
    /** The intent verb the predicate is the infinitive of ("wants to", "vowed to"), if any. */
    @Nullable String intentVerb;
    int depth;
  }

  /** Walks up from the predicate through embedding relations to find what governs it. */
  Context of(int p) {
    Context c = new Context();
    if (demanded[p]) {
      c.blocked = true;
      return c;
    }
    int cur = p;
    for (int depth = 0; depth < SentenceGraph.MAX_DEPTH; depth++) {
      Dependency h = graph.head(cur);
      if (h == null || h.governor() < 0) {
        break;
      }
      String rel = h.relation();
      if (rel.equals("advcl") || rel.equals("ccomp")) {
        for (Dependency d : graph.kids(cur)) {
          if (d.relation().equals("mark") && Set.of("if", "unless", "whether").contains(graph.lemma(d.dependent()))) {
            c.conditional = true;
          }
        }
      }
      if (rel.equals("conj")) {
        cur = h.governor(); // a conjunct shares its first conjunct's embedding ("alleged that A and that B")
        continue;
      }
      if (!EMBEDDING.contains(rel)) {
        break;
      }
      int g = h.governor();
      String gl = graph.lemma(g);
      c.depth++;
      if (demanded[g] || frames.alleging(g)
          || (rel.equals("ccomp") || rel.startsWith("acl")) && EventWords.BELIEF_VERBS.contains(gl)) {
        c.blocked = true; // demanded, alleged, or only thought to have happened
        break;
      }
      if (rel.equals("xcomp") && gl.equals("fail")) {
        c.failed = true; // "failed to reach agreement": the act did not happen
      }
      if (rel.equals("xcomp") && lexicon.has(WordClass.INTENT_VERB, gl)) {
        c.intent = true;
        c.intentVerb = gl;
        if (gl.equals("threaten") || gl.equals("warn")) {
          c.threatVerb = gl;
        }
        if (graph.isNegated(g)) {
          c.negatedByGovernor = true;
        }
      }
      if (gl.equals("deny") || graph.isNegated(g)) {
        c.negatedByGovernor = true; // "denied that it is arming", "would not give permission to Russia to help"
      }
      Entry ge = governingEntry(g);
      // a denied act is kept, flagged as negated, beside the denial's own REJECT
      if (ge != null && !gl.equals("deny") && !(rel.equals("xcomp") && lexicon.has(WordClass.INTENT_VERB, gl))) {
        String r = ge.code().substring(0, 2);
        if (Set.of("02", "09", "10", "11", "12", "13").contains(r)) {
          c.blocked = true; // the act is demanded, alleged, refused or threatened, not reported as done
          break;
        }
      }
      cur = g;
    }
    return c;
  }

  private @Nullable Entry governingEntry(int g) {
    String gl = graph.lemma(g);
    Entry e = graph.token(g).isNoun() ? matcher.best(WordClass.EVENT_NOUN, g, gl)
        : matcher.best(WordClass.EVENT_VERB, g, gl);
    if (e == null && graph.token(g).isNoun() && graph.head(g) != null) {
      return null;
    }
    return e;
  }

  /** "could use it to threaten", "may try and deport": a hedging modal on the clause that governs the predicate. */
  @Nullable String governingModal(int p) {
    int cur = p;
    for (int k = 0; k < 3; k++) {
      Dependency h = graph.head(cur);
      if (h == null || h.governor() < 0) {
        return null;
      }
      // "may have to accept" is parsed with the infinitive as a ccomp of "have"
      boolean infinitiveClause = h.relation().equals("ccomp") && graph.isInfinitive(cur);
      if (!Set.of("xcomp", "conj", "advcl").contains(h.relation()) && !infinitiveClause) {
        return null;
      }
      cur = h.governor();
      String m = graph.modalOf(cur);
      if (m != null) {
        return EventWords.HEDGING_MODALS.contains(m) ? m : null;
      }
    }
    return null;
  }
}
