package org.parley.actors;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.actors.Chunker.Chunk;
import org.parley.actors.Chunker.Kind;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.words.WordLists;

/**
 * What an apposition after a person's name says the person belongs to, when it names a body rather than an office:
 * "Brad Adams, from the UK's Human Rights Watch,", "Carla Ferstman, legal director of the human rights organisation
 * Redress,", "Rick Pate, the owner of a commercial landscaping company in Montgomery,". The person speaks for that
 * body, so they take its sector, and its country when the apposition or the body gives one.
 */
final class Appositions {
  private static final Set<String> LINKS = Set.of("of", "for", "at", "with", "from");
  private static final WordLists WORDS = WordLists.of(Appositions.class, "name-words.txt");
  /** Nouns of a person's place in a body: "director of", "a spokeswoman for", "the owner of". */
  private static final Set<String> POSITIONS = WORDS.set("position-nouns");
  /** Words before a name that make it a body: "the human rights organisation Redress", "the group Liberty". */
  static final Set<String> BODY_NOUNS = WORDS.set("body-nouns");
  /** Last words of bodies with no sector of their own that are think tanks or campaigns when people speak for them. */
  private static final Set<String> NGO_HEADS = WORDS.set("think-tank-heads");
  /** Words before a noun of bodies that make the body armed: "the militant group …". */
  static final Set<String> ARMED_WORDS = WORDS.set("armed-body-words");
  /** Sectors of bodies a person can speak for in this way. */
  private static final Set<String> BODY_SECTORS = Set.of("NGO", "BUS", "MED", "EDU", "LAB", "REL", "IGO", "COP");
  private static final int MAX_WORDS = 4;
  private static final int MAX_APPOSITION_CHUNKS = 8;
  /** Bodies of members named by the members before them ("the police union", "the teachers' association"). */
  private static final Set<String> MEMBER_BODIES = WORDS.set("member-bodies");
  /** Nouns of a place in a party: "a DNC member", "a member of the Labour Party". */
  private static final Set<String> PARTY_POSITIONS = WORDS.set("party-positions");

  /**
   * @param country the body's country, null when neither the apposition nor the body gives one
   * @param sector the body's sector
   * @param code the whole code when the body has no country and is coded alone ("NGO", "IGOUNO"), else null
   * @param body the index of the body's chunk
   */
  record Belonging(@Nullable String country, String sector, @Nullable String code, int body) {}

  private Appositions() {}

  /**
   * Reads the apposition that starts at chunk {@code comma} (the comma after a name).
   *
   * @param home the article's country, given to a company or paper that names none
   * @return what the person belongs to, or null when the apposition names no body
   */
  static @Nullable Belonging after(List<TokenInfo> toks, List<Chunk> c, int comma, @Nullable String home) {
    return after(toks, c, comma, home, true);
  }

  /**
   * As {@link #after(List, List, int, String)}; {@code closed} false reads a body phrase after a role, which the
   * clause's verb may follow ("an official with a screening company said").
   */
  static @Nullable Belonging after(List<TokenInfo> toks, List<Chunk> c, int comma, @Nullable String home,
                                   boolean closed) {
    int n = c.size();
    int q = comma + 1;
    if (q >= n) {
      return null;
    }
    // ", from the UK's Human Rights Watch": a link word straight after the comma
    if (!isLink(toks, c.get(q))) {
      // ", legal director of …", ", the owner of …": a position noun among the first few words
      if (c.get(q).kind() == Kind.DET) {
        q++;
      }
      boolean position = false;
      int words = 0;
      while (q < n && (c.get(q).kind() == Kind.OTHER || isTitle(c.get(q))) && !isLink(toks, c.get(q))
          && words < MAX_WORDS) {
        position |= isTitle(c.get(q)) || POSITIONS.contains(word(toks, c.get(q)));
        q++;
        words++;
      }
      if (!position || q >= n || !isLink(toks, c.get(q))) {
        return null;
      }
    }
    q++; // the link word
    if (q < n && c.get(q).kind() == Kind.DET) {
      q++;
    }
    Chunk place = null;
    if (q + 1 < n && isCountry(c.get(q)) && c.get(q + 1).kind() == Kind.POSS) {
      place = c.get(q); // "the UK's Human Rights Watch"
      q += 2;
    }
    boolean bodyWord = false;
    int words = 0;
    String lastWord = null;
    while (q < n && c.get(q).kind() == Kind.OTHER && words < MAX_WORDS) {
      lastWord = word(toks, c.get(q));
      bodyWord |= BODY_NOUNS.contains(lastWord);
      q++;
      words++;
    }
    if (q >= n) {
      return null;
    }
    Chunk body = c.get(q);
    String sector;
    String country = place == null ? null : place.entry().country();
    String code = null;
    String unnamed = lastWord == null ? null : Chunker.ORG_WORDS.get(lastWord);
    if (body.kind() == Kind.ROLE && body.role().type() == Role.Type.GROUP && q + 1 < n
        && c.get(q + 1).kind() == Kind.OTHER && MEMBER_BODIES.contains(word(toks, c.get(q + 1)))) {
      sector = body.role().sector(); // "head of the police union": the body of those members
      country = country == null ? home : country;
      q++;
    } else if (unnamed != null && !"-".equals(unnamed) && words > 0 && PhraseShapes.closesApposition(toks, c, q)) {
      // "the head of the search and rescue agency,": a body named by its kind alone is the article's country's
      return new Belonging(country == null ? home : country, unnamed, null, q - 1);
    } else if (body.kind() == Kind.ORG || body.kind() == Kind.ROLE && body.role().type() == Role.Type.ORG) {
      sector = body.role().sector(); // "a commercial landscaping company", "Riga Technical University"
      if ("-".equals(sector) && NGO_HEADS.contains(word(toks, body, body.last()))) {
        sector = "NGO"; // "a senior fellow at the Center for a New American Security"
      }
      if (country == null && body.kind() == Kind.ORG && !body.entries().isEmpty()) {
        country = body.entry().country();
      }
      if (country == null) {
        country = home;
      }
    } else if (body.kind() == Kind.ENTRY && !body.isPersonEntry() && body.entry().kind() != ActorKind.STATE) {
      Entry e = body.entry();
      if (e.kind() == ActorKind.IGO || e.country() == null && e.code().startsWith("IGO")) {
        sector = "IGO";
        code = e.code();
      } else if (e.country() == null && e.code().equals("NGO")) {
        sector = "NGO";
        code = country == null ? "NGO" : null;
      } else {
        // Phoenix codes think tanks as elites ("Washington-Based Think Tank", USAELI); people speak for them as for
        // any non-governmental body
        sector = "ELI".equals(e.sector()) ? "NGO" : e.sector();
        country = country != null ? country : e.country();
      }
    } else if (body.kind() == Kind.NAME && bodyWord) {
      sector = "NGO"; // "the human rights organisation Redress"
      code = country == null ? "NGO" : null;
    } else {
      return null;
    }
    if (sector == null || !BODY_SECTORS.contains(sector)) {
      return null;
    }
    int next = q + 1;
    if (code == null && next + 1 < n && c.get(next).kind() == Kind.OTHER && word(toks, c.get(next)).equals("in")) {
      int x = c.get(next + 1).kind() == Kind.DET ? next + 2 : next + 1;
      if (x < n && isCountry(c.get(x))) {
        country = c.get(x).entry().country(); // "a lecturer at Leiden University in the Netherlands"
      }
    }
    boolean more = next < c.size() && c.get(next).kind() == Kind.OTHER && word(toks, c.get(next)).equals("and");
    if (closed && !more && !PhraseShapes.closesApposition(toks, c, next)) {
      // "… company in Montgomery,": a place phrase may end the apposition
      int x = next;
      while (x < n && x < next + 4 && !PhraseShapes.closesApposition(toks, c, x)) {
        x++;
      }
      if (!PhraseShapes.closesApposition(toks, c, x)) {
        return null;
      }
    }
    return new Belonging(country, sector, code, q);
  }

  /**
   * The party an apposition makes the person a member or officer of ("a DNC member from North Dakota", "the grandson
   * of FDR and DNC member", "a member of the Labour Party"), or null.
   */
  static @Nullable Chunk partyPlace(List<TokenInfo> toks, List<Chunk> c, int comma) {
    int end = Math.min(c.size(), comma + 1 + MAX_APPOSITION_CHUNKS);
    for (int q = comma + 1; q < end && c.get(q).kind() != Kind.COMMA; q++) {
      Chunk ch = c.get(q);
      if (ch.kind() != Kind.ENTRY || ch.entry().type() != Entry.Type.PARTY) {
        continue;
      }
      boolean positionAfter = q + 1 < c.size() && c.get(q + 1).kind() == Kind.OTHER
          && PARTY_POSITIONS.contains(word(toks, c.get(q + 1)));
      int before = q > 0 && c.get(q - 1).kind() == Kind.DET ? q - 2 : q - 1;
      boolean memberOf = before > comma && c.get(before).kind() == Kind.OF && before - 1 > comma
          && c.get(before - 1).kind() == Kind.OTHER && PARTY_POSITIONS.contains(word(toks, c.get(before - 1)));
      if (positionAfter || memberOf) {
        return ch;
      }
    }
    return null;
  }

  /** "executive vice president of …": an office that, held in a body, is a place in it. */
  private static boolean isTitle(Chunk ch) {
    return ch.kind() == Kind.ROLE && ch.role().type() != Role.Type.ORG;
  }

  static boolean isLink(List<TokenInfo> toks, Chunk ch) {
    return ch.kind() == Kind.OF || ch.kind() == Kind.OTHER && LINKS.contains(word(toks, ch));
  }

  private static boolean isCountry(Chunk ch) {
    return ch.kind() == Kind.ENTRY && (ch.entry().type() == Entry.Type.COUNTRY
        || ch.entry().type() == Entry.Type.CAPITAL);
  }

  private static String word(List<TokenInfo> toks, Chunk ch) {
    return Names.tokenKey(toks.get(ch.first()).word());
  }

  private static String word(List<TokenInfo> toks, Chunk ch, int token) {
    return Names.tokenKey(toks.get(token).word());
  }

  /** "Brad Adams, from the UK's Human Rights Watch": a person nothing else places speaks for the body named. */
  static void belongsTo(Coreference.Entity ent, Appositions.Belonging b) {
    if (ent.actor.sector() != null) {
      return; // known from the knowledge base or an earlier title
    }
    String code = b.code() != null ? b.code()
        : (b.country() == null ? ActorResolver.UNKNOWN : b.country()) + b.sector();
    ent.actor = new Actor(code, ent.name, ActorKind.PERSON, b.code() != null ? null : b.country(), b.sector());
  }
}
