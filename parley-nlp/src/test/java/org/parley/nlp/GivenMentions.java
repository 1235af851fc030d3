package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.model.Span;

/**
 * Actor mentions given by hand, for tests that pin a rule and not the actor resolver: "Iran=IRN" marks every
 * "Iran" in the text as Iran.
 */
public final class GivenMentions {
  private GivenMentions() {}

  /**
   * A mention at every occurrence of each "WORDS=CODE" in the text. The code reads as CAMEO's: three letters of
   * country and a sector ("GHAGOV"), or none where it starts "IGO", "UNK" or "---" ("UNKOPP": an opposition of no
   * known country).
   */
  public static List<Mention> coded(String text, String... actors) {
    List<Mention> out = new ArrayList<>();
    for (String a : actors) {
      int eq = a.lastIndexOf('=');
      if (eq <= 0 || eq == a.length() - 1) {
        throw new IllegalArgumentException("expected WORDS=CODE, got '" + a + "'");
      }
      String words = a.substring(0, eq);
      Actor actor = actor(words, a.substring(eq + 1));
      for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length())) {
        out.add(new Mention(new Span(at, at + words.length()), words, actor));
      }
    }
    return out;
  }

  /** The mention of the first occurrence of {@code words} at or after {@code from}. */
  public static Mention at(String text, String words, int from, Actor actor) {
    int i = text.indexOf(words, from);
    if (i < 0) {
      throw new IllegalArgumentException("'" + words + "' is not in the text after " + from);
    }
    return new Mention(new Span(i, i + words.length()), words, actor);
  }

  private static Actor actor(String name, String code) {
    boolean igo = code.startsWith("IGO");
    boolean ngo = code.equals("NGO"); // a body of no country, as the resolver codes Amnesty International
    boolean noCountry = igo || ngo || code.startsWith("UNK") || code.startsWith("---");
    String country = noCountry ? null : code.substring(0, 3);
    String sector = ngo ? "NGO" : code.length() > 3 && !igo ? code.substring(3) : null;
    ActorKind kind = igo ? ActorKind.IGO : sector == null ? ActorKind.STATE : ActorKind.ORGANIZATION;
    return new Actor(code, name, kind, country, sector);
  }
}
