package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.Span;

/**
 * A sentence with its tokens and dependency parse.
 *
 * @param index 0-based position in the document
 * @param span its extent in the document text
 * @param tokens its tokens in order
 * @param dependencies its dependency edges (empty when the sentence is too long to parse); the parse may run only
 *     when they are first read
 */
public record ParsedSentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
  public ParsedSentence {
    tokens = List.copyOf(tokens);
    // a lazy parse stays lazy: copying it would run the parser
    dependencies = dependencies instanceof LazyDependencies ? dependencies : List.copyOf(dependencies);
  }

  /** Edges whose governor is the given token. */
  public List<Dependency> childrenOf(int tokenIndex) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == tokenIndex) {
        out.add(d);
      }
    }
    return out;
  }

  /** The edge attaching the given token to its head, if any. */
  public Optional<Dependency> headOf(int tokenIndex) {
    for (Dependency d : dependencies) {
      if (d.dependent() == tokenIndex) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Indexes of the token and everything below it in the tree (its subtree), in sentence order. */
  public List<Integer> subtree(int tokenIndex) {
    boolean[] in = new boolean[tokens.size()];
    in[tokenIndex] = true;
    boolean changed = true;
    // Trees are shallow and small: a fixed-point sweep avoids recursion and handles any edge order.
    while (changed) {
      changed = false;
      for (Dependency d : dependencies) {
        if (d.governor() >= 0 && in[d.governor()] && !in[d.dependent()]) {
          in[d.dependent()] = true;
          changed = true;
        }
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        out.add(i);
      }
    }
    return out;
  }

  /** The text between two token indexes inclusive, taken from the document text. */
  public String textOf(String documentText, int from, int to) {
    return documentText.substring(tokens.get(from).start(), tokens.get(to).end());
  }
}
