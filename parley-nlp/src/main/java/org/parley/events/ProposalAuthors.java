package org.parley.events;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.Mention;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/**
 * Who proposed what an article reacts to. "The Supreme Court has proposed Rule 31 … Sheriffs oppose the proposal":
 * the proposal is the court's, so that is whom the opposition is aimed at, though the reacting sentence names only
 * the thing. The latest proposer named before the reacting sentence is the one meant.
 */
final class ProposalAuthors {
  private static final Set<String> PROPOSING = Set.of("propose");
  private static final Set<String> PROPOSALS = Set.of("proposal");
  private static final Set<String> OBJECT_RELATIONS = Set.of("obj", "obl", "nmod");

  /** Proposers by the start of the sentence that names them. */
  private final java.util.TreeMap<Integer, Mention> authors = new java.util.TreeMap<>();

  /** Remembers the subject of a proposing verb in this sentence, when the subject is a resolved actor. */
  void read(ParsedSentence s, List<Mention> inSentence) {
    for (Token t : s.tokens()) {
      if (!t.isVerb() || !PROPOSING.contains(t.lemma())) {
        continue;
      }
      for (Dependency d : s.childrenOf(t.index())) {
        if (d.relation().equals("nsubj")) {
          Mention m = mentionOver(s, d.dependent(), inSentence);
          if (m != null) {
            authors.put(s.span().start(), m);
          }
        }
      }
    }
  }

  /** The proposer of the proposal the event's trigger acts on ("opposes the proposal", "called the proposed rules …"). */
  @Nullable Mention authorOfObject(ParsedSentence s, org.parley.model.Span trigger) {
    java.util.Map.Entry<Integer, Mention> before = authors.lowerEntry(s.span().start());
    if (before == null) {
      return null;
    }
    Mention author = before.getValue();
    for (Token t : s.tokens()) {
      if (t.start() != trigger.start()) {
        continue;
      }
      List<Dependency> around = new java.util.ArrayList<>(s.childrenOf(t.index()));
      // "called the proposed rules 'an injustice'": the trigger is the predicate, the proposal its verb's object
      s.headOf(t.index()).filter(h -> h.governor() >= 0 && s.tokens().get(h.governor()).isVerb())
          .ifPresent(h -> around.addAll(s.childrenOf(h.governor())));
      for (Dependency d : around) {
        if (OBJECT_RELATIONS.contains(d.baseRelation()) && d.dependent() != t.index() && isProposal(s, d.dependent())) {
          return author;
        }
      }
    }
    return null;
  }

  private static boolean isProposal(ParsedSentence s, int noun) {
    if (PROPOSALS.contains(s.tokens().get(noun).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    for (Dependency d : s.childrenOf(noun)) {
      if (d.relation().equals("amod") && PROPOSING.contains(s.tokens().get(d.dependent()).lemma())) {
        return true; // "the proposed rules"
      }
    }
    return false;
  }

  private static @Nullable Mention mentionOver(ParsedSentence s, int head, List<Mention> inSentence) {
    List<Integer> sub = s.subtree(head);
    int from = s.tokens().get(sub.get(0)).start();
    int to = s.tokens().get(sub.get(sub.size() - 1)).end();
    for (Mention m : inSentence) {
      if (m.span().start() >= from && m.span().end() <= to && m.actor() != null) {
        return m;
      }
    }
    return null;
  }
}
