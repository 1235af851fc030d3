package org.parley.actors;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.actors.Chunker.Chunk;
import org.parley.actors.Chunker.Kind;
import org.parley.words.WordLists;

/** Small tests on the shape of a phrase that the resolver's patterns share: where a role phrase begins and ends. */
final class PhraseShapes {
  private PhraseShapes() {}

  private static final Set<String> MODIFIED_NOUNS = Set.of("station", "stations", "car", "cars", "vehicle",
      "vehicles", "base", "bases", "headquarters", "operation", "operations", "report", "reports", "ruling",
      "rulings", "decision", "decisions", "source", "sources", "unit", "units", "raid", "raids", "custody", "academy",
      "budget", "spending", "building", "buildings", "post", "posts", "checkpoint", "checkpoints", "barracks",
      "coup", "helicopter", "helicopters", "aircraft", "drone", "drones", "exercise", "exercises", "drills",
      "brutality", "violence", "shooting", "shootings", "investigation", "records", "data", "policy", "policies",
      "bonds", "debt", "coverage", "outlets", "freedom", "access", "case", "cases", "order", "orders", "hearing",
      "hearings", "documents", "document", "statement", "statements", "figures", "reform", "reforms", "service",
      "services", "office", "offices", "website", "account", "accounts", "job", "jobs", "leaders", "leader",
      "members", "member", "groups", "group", "camp", "camps", "leaks", "contracts", "contract", "shutdown", "fight",
      "forces", "career", "veteran", "veterans", "attack", "attacks", "scrutiny", "pressure", "campaign");

  static boolean modifiesNoun(List<TokenInfo> toks, Chunk next) {
    TokenInfo t = toks.get(next.first());
    if (!t.pos().isEmpty()) {
      return t.pos().startsWith("NN") && next.kind() != Kind.NAME && next.kind() != Kind.ROLE;
    }
    return next.kind() == Kind.OTHER && MODIFIED_NOUNS.contains(Names.tokenKey(t.word()));
  }

  /** The name of "said the foreign minister, Kristjan Saar." ends at a comma or at the end of the clause. */
  static boolean closesApposition(List<TokenInfo> toks, List<Chunk> c, int x) {
    if (x >= c.size()) {
      return true;
    }
    Chunk ch = c.get(x);
    return ch.kind() == Kind.COMMA
        || ch.kind() == Kind.OTHER && CLAUSE_END.matcher(toks.get(ch.first()).word()).matches();
  }

  private static final Pattern CLAUSE_END = Pattern.compile("[.;:)\"”’'!?]+");

  /**
   * "Tory foreign affairs spokesman", "the Liberal Democrats' home affairs spokesman": words naming a portfolio
   * between a party or country and its role do not break the link. Returns the role chunk's index, or q.
   */
  static int skipPortfolio(List<TokenInfo> toks, List<Chunk> c, int q) {
    for (int x = q; x < c.size() && x < q + 4; x++) {
      Chunk ch = c.get(x);
      if (ch.kind() == Kind.ROLE) {
        return x == q || c.get(x).role().type() == Role.Type.TITLE ? x : q;
      }
      TokenInfo t = toks.get(ch.first());
      boolean noun = t.pos().isEmpty() ? !NOT_PORTFOLIO.matcher(t.word()).matches() : t.pos().matches("NNP?S?|JJ");
      if (ch.kind() != Kind.OTHER || !noun || !PORTFOLIO_WORD.matcher(t.word()).matches()) {
        return q;
      }
    }
    return q;
  }

  private static final Pattern PORTFOLIO_WORD = Pattern.compile("[A-Za-z]{3,}");
  // Without a tagger: verbs and function words end a portfolio ("the Taliban had killed civilians").
  private static final Pattern NOT_PORTFOLIO = Pattern.compile(
      "(?i).*(?:ed|ing)|had|has|have|was|were|is|are|will|would|said|says|and|but|with|who|which|that|not");

  static boolean isThe(List<TokenInfo> toks, Chunk c) {
    return c.kind() == Kind.DET && "the".equals(Names.tokenKey(toks.get(c.first()).word()));
  }

  private static final Set<String> ROLES_ACTING_FROM =
      WordLists.of(PhraseShapes.class, "name-words.txt").set("roles-acting-from");

  /**
   * "of" or "from" after a role: "the mayor of Nablus", "dissidents from Egypt" say where the people belong; but
   * "opposition from the US" is the US opposing.
   */
  static boolean isOfOrFrom(List<TokenInfo> toks, Chunk role, Chunk c) {
    if (c.kind() == Kind.OF) {
      return true;
    }
    return c.kind() == Kind.OTHER && "from".equals(Names.tokenKey(toks.get(c.first()).word()))
        && !ROLES_ACTING_FROM.contains(Names.tokenKey(toks.get(role.last()).word()));
  }

  /** The index of the place after an optional determiner and compass or status words ("the northern"). */
  static int skipPlaceModifiers(List<TokenInfo> toks, List<Chunk> c, int q, ActorDictionary d) {
    int x = q;
    if (x < c.size() && c.get(x).kind() == Kind.DET) {
      x++;
    }
    while (x < c.size() && c.get(x).kind() == Kind.OTHER
        && d.isPlaceModifier(Names.tokenKey(toks.get(c.get(x).first()).word()))) {
      x++;
    }
    return x;
  }

  /**
   * The index of a role after at most two adjectives ("an illegal immigrant from Mexico", "a veteran
   * campaigner"), else {@code q} unchanged.
   */
  static int skipAdjectivesBeforeRole(List<TokenInfo> toks, List<Chunk> c, int q) {
    int x = q;
    while (x < c.size() && x < q + 2 && c.get(x).kind() == Kind.OTHER
        && adjective(toks.get(c.get(x).first()))) {
      x++;
    }
    return x > q && x < c.size() && c.get(x).kind() == Kind.ROLE ? x : q;
  }


  /** Words of a courtesy string before a name besides the titles themselves: "Dr the Rt. Hon. Keith Mitchell". */
  private static final java.util.Set<String> COURTESY = java.util.Set.of("the", "rt", "right", "hon", "honourable",
      "honorable", ".");

  /** The first chunk after a run of courtesy titles starting at {@code q} (at most four), or q when none starts there. */
  static int afterHonorifics(List<TokenInfo> toks, List<Chunk> c, int q) {
    int x = q;
    boolean title = false;
    while (x < c.size() && x < q + 5) {
      Chunk ch = c.get(x);
      String w = Names.tokenKey(toks.get(ch.first()).word());
      if (isHonorific(toks, ch)) {
        title = true;
      } else if (ch.first() != ch.last() || !COURTESY.contains(w)) {
        break;
      }
      x++;
    }
    return title ? x : q;
  }

  /** A courtesy title the tagger left outside the name that follows it ("Lord Goldsmith", "Dr Ali"). */
  static boolean isHonorific(List<TokenInfo> toks, Chunk ch) {
    return ch.kind() == Kind.OTHER && Chunker.isHonorific(Names.tokenKey(toks.get(ch.first()).word()));
  }

  /** An adjective by its tag, or without tags (the fast path) any lower-case word. */
  private static boolean adjective(TokenInfo t) {
    return t.pos().isEmpty() ? !t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0))
        : t.pos().startsWith("JJ");
  }


  /**
   * The sector the words just before a name give it: "civil rights group Liberty" is an NGO, "the militant group X"
   * a rebel group; null when no such noun comes right before the name.
   */
  static @org.jspecify.annotations.Nullable String bodyBefore(List<TokenInfo> toks, List<Chunk> c, int j) {
    if (j == 0 || c.get(j - 1).kind() == Kind.COMMA) {
      return null;
    }
    Chunk prev = c.get(j - 1);
    String noun = Names.tokenKey(toks.get(prev.last()).word());
    if (!Appositions.BODY_NOUNS.contains(noun)) {
      return null;
    }
    for (int t = Math.max(0, prev.first() - 3); t <= prev.last(); t++) {
      if (Appositions.ARMED_WORDS.contains(Names.tokenKey(toks.get(t).word()))) {
        return "REB";
      }
    }
    return "NGO";
  }
}
