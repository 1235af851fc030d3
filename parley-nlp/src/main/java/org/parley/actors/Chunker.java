package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.nlp.SpeechWords;
import org.parley.words.WordLists;

/**
 * Cuts one sentence's tokens into chunks: dictionary names (longest match over token n-grams, one hash lookup per
 * n-gram), role words, person-name candidates, pronouns and the few function words the resolver's patterns need.
 */
final class Chunker {
  enum Kind {
    DET,
    POSS,
    COMMA,
    OF,
    FORMER,
    /** "shadow" before a role: the opposition's spokesperson for that office. */
    SHADOW,
    PRONOUN,
    ENTRY,
    ROLE,
    NAME,
    /** A named organisation that is not in the dictionary; its role holds the sector guessed from its words. */
    ORG,
    OTHER
  }

  /**
   * A chunk of tokens {@code [first, last]} at chars {@code [start, end)}.
   *
   * @param strong for NAME chunks: whether the run is person-like on its own (NER said PERSON, two or more
   *     capitalised words, an honorific, or a speech verb follows); weak names need a title or a known surname
   * @param hyphenPart an ENTRY cut out of a hyphenated word ("French" of "French-led"), never a modifier
   * @param gender 'M'/'F' from an honorific, else '-'
   */
  record Chunk(Kind kind, int first, int last, int start, int end, List<Entry> entries, @Nullable Role role,
               boolean strong, boolean hyphenPart, char gender) {
    Entry entry() {
      return entries.get(0);
    }

    boolean isPersonEntry() {
      return kind == Kind.ENTRY && (entry().type() == Entry.Type.PERSON
          || entry().type() == Entry.Type.USER && entry().kind() == org.parley.model.ActorKind.PERSON);
    }

    boolean isPlaceEntry() {
      if (kind != Kind.ENTRY) {
        return false;
      }
      Entry.Type t = entry().type();
      return t == Entry.Type.COUNTRY || t == Entry.Type.ADJECTIVE || t == Entry.Type.CAPITAL
          || t == Entry.Type.SEAT || t == Entry.Type.IGO || t == Entry.Type.PARTY
          || t == Entry.Type.USER && entry().kind() != org.parley.model.ActorKind.PERSON;
    }
  }

  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "they", "them", "it");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
  private static final Set<String> HONORIFIC_M = Set.of("mr", "sir", "monsieur", "herr", "lord");
  private static final Set<String> HONORIFIC_F = Set.of("mrs", "ms", "miss", "madame", "dame", "lady", "baroness");
  private static final Set<String> HONORIFIC = Set.of("dr", "prof", "professor");

  private static final WordLists WORDS = WordLists.of(Chunker.class, "name-words.txt");

  // Lower-case particles inside a person's name ("Ursula von der Leyen", "Osama bin Laden"): no break in the name.
  private static final Set<String> PARTICLES = WORDS.set("name-particles");
  /** Reporting verbs after a name or pronoun: the one before them speaks (org/parley/nlp/speech-words.txt). */
  static final Set<String> SPEECH = SpeechWords.SAID_FORMS;
  // Capitalised words that start sentences or name things other than people.
  private static final Set<String> STOP = WORDS.set("not-names");
  // Words that make a capitalised run a place, not a person ("Gaza City", "Wall Street").
  static final Set<String> PLACE_WORDS = WORDS.set("place-words");
  // Words that make a capitalised run an organisation, with the CAMEO sector they suggest ("-" = none).
  static final java.util.Map<String, String> ORG_WORDS = sectors("org-words");
  /** Members that give a body of members their sector ("Home Builders Association": BUS). */
  private static final java.util.Map<String, String> MEMBER_NOUNS = sectors("member-nouns");
  /** Sectors of bodies that stand for their members (associations, unions, leagues). */
  private static final Set<String> MEMBERSHIP_SECTORS = Set.of("NGO", "LAB", "-");

  private static java.util.Map<String, String> sectors(String list) {
    java.util.Map<String, String> sectors = new java.util.HashMap<>();
    WORDS.pairs(list).forEach((word, sector) -> sectors.put(word, sector.toUpperCase(java.util.Locale.ROOT)));
    return java.util.Map.copyOf(sectors);
  }

  private Chunker() {}

  static List<Chunk> chunk(String text, List<TokenInfo> toks, ActorDictionary d, boolean ner) {
    int n = toks.size();
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = Names.tokenKey(toks.get(i).word());
    }
    List<Chunk> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      TokenInfo t = toks.get(i);
      String k = keys[i];
      if ((k.equals("'s") || k.equals("'")) && i > 0) {
        out.add(simple(Kind.POSS, i, t));
        i++;
        continue;
      }
      if (k.equals(",") || spacedDash(toks, i)) {
        out.add(simple(Kind.COMMA, i, t));
        i++;
        continue;
      }
      if (k.equals("of")) {
        out.add(simple(Kind.OF, i, t));
        i++;
        continue;
      }
      if (DETERMINERS.contains(k)) {
        out.add(simple(Kind.DET, i, t));
        i++;
        continue;
      }
      if (k.equals("former") || k.equals("ex")) {
        out.add(simple(Kind.FORMER, i, t));
        i++;
        continue;
      }
      if (k.equals("shadow") && i + 1 < n && d.isRolePrefix(keys[i + 1])) {
        out.add(simple(Kind.SHADOW, i, t));
        i++;
        continue;
      }
      if (PRONOUNS.contains(k)) {
        out.add(simple(Kind.PRONOUN, i, t));
        i++;
        continue;
      }
      Chunk m = longestMatch(toks, keys, i, d, ner);
      if (m != null && m.kind() == Kind.ROLE) {
        m = withElect(toks, keys, m);
      }
      if (m != null) {
        Chunk org = m.isPlaceEntry() ? placeNamedOrg(toks, keys, m, d, ner) : null;
        if (org == null && m.isPlaceEntry() && joinedByHyphen(toks, m)) {
          // CoreNLP splits "US-backed" into US, -, backed: the place is still only part of a hyphenated word.
          m = new Chunk(m.kind(), m.first(), m.last(), m.start(), m.end(), m.entries(), null, true, true, '-');
        }
        out.add(org != null ? org : m);
        i = (org != null ? org : m).last() + 1;
        continue;
      }
      if (k.indexOf('-') > 0 && hyphenParts(text, t, d, i, out)) {
        i++;
        continue;
      }
      int nameEnd = nameRun(toks, keys, i, d, ner);
      if (nameEnd > i) {
        out.add(nameChunk(toks, keys, i, nameEnd, ner, d));
        i = nameEnd;
        continue;
      }
      if (ner && "ORGANIZATION".equals(t.ner())) {
        int j = i;
        while (j < n && "ORGANIZATION".equals(toks.get(j).ner())) {
          j++;
        }
        out.add(orgChunk(toks, keys, i, j));
        i = j;
        continue;
      }
      out.add(simple(Kind.OTHER, i, t));
      i++;
    }
    return out;
  }

  /** "President-elect" split by the tokenizer into President, -, elect is still the office, held from a later day. */
  private static Chunk withElect(List<TokenInfo> toks, String[] keys, Chunk role) {
    int x = role.last() + 1;
    int last = x + 1 < toks.size() && keys[x].equals("-") && keys[x + 1].equals("elect") ? x + 1
        : x < toks.size() && keys[x].equals("-elect") ? x : -1;
    if (last < 0 || toks.get(x).start() != toks.get(x - 1).end()) {
      return role;
    }
    return new Chunk(Kind.ROLE, role.first(), last, role.start(), toks.get(last).end(), List.of(), role.role(), false,
        false, '-');
  }

  private static Chunk simple(Kind kind, int i, TokenInfo t) {
    return new Chunk(kind, i, i, t.start(), t.end(), List.of(), null, false, false, '-');
  }

  private static @Nullable Chunk longestMatch(List<TokenInfo> toks, String[] keys, int i, ActorDictionary d,
                                              boolean ner) {
    StringBuilder sb = new StringBuilder();
    Chunk best = null;
    int max = Math.min(toks.size(), i + d.maxWords());
    for (int j = i; j < max; j++) {
      if (keys[j].isEmpty()) {
        break;
      }
      if (j > i) {
        sb.append(' ');
      }
      sb.append(keys[j]);
      String key = sb.toString();
      if (!d.isPrefix(key)) {
        break;
      }
      List<Entry> es = filter(d.entries(key), toks, i, j, ner);
      if (!es.isEmpty()) {
        best = new Chunk(Kind.ENTRY, i, j, toks.get(i).start(), toks.get(j).end(), es, null, true, false, '-');
        continue;
      }
      Role r = d.role(key);
      if (r != null && (!r.acronym() || acronymText(toks, i, j))) {
        best = new Chunk(Kind.ROLE, i, j, toks.get(i).start(), toks.get(j).end(), List.of(), r, false, false, '-');
      }
    }
    return best;
  }

  private static List<Entry> filter(List<Entry> es, List<TokenInfo> toks, int i, int j, boolean ner) {
    if (es.isEmpty() || !Names.isCapitalised(toks.get(i).word())) {
      return List.of();
    }
    boolean acr = acronymText(toks, i, j);
    boolean personTagged = ner && "PERSON".equals(toks.get(i).ner());
    List<Entry> out = new ArrayList<>(es.size());
    // In an all-capitals heading ("CAR BOMB KILLS FIVE") short acronyms are just shouted words.
    boolean shouting = i > 0 && isShouted(toks.get(i - 1).word())
        || j + 1 < toks.size() && isShouted(toks.get(j + 1).word());
    for (Entry e : es) {
      if (e.acronym() && (!acr || shouting)) {
        continue;
      }
      // "Jordan Henderson", "Georgia Meloni": a place name the tagger calls a person is not the place.
      // Organisations and armed groups ("Boko Haram", "Hamas") that the tagger calls persons are still themselves.
      if (personTagged && e.kind() != org.parley.model.ActorKind.PERSON && e.type() != Entry.Type.ADJECTIVE
          && e.type() != Entry.Type.SEAT) {
        continue;
      }
      if (j > i && e.kind() == org.parley.model.ActorKind.ORGANIZATION && lowerCasedProperName(e, toks.get(j).word())) {
        continue;
      }
      out.add(e);
    }
    return out;
  }

  /**
   * "a strict Islamic state" is not the Islamic State, and "we will win" is not the group whose name translates so:
   * a name of several words that ends in a word written lower case is ordinary words.
   */
  private static boolean lowerCasedProperName(Entry e, String lastWord) {
    String name = e.name();
    int sp = name.lastIndexOf(' ');
    String nameLast = sp < 0 ? name : name.substring(sp + 1);
    return !lastWord.isEmpty() && Character.isLowerCase(lastWord.charAt(0))
        && !nameLast.isEmpty() && Character.isUpperCase(nameLast.charAt(0));
  }

  private static boolean joinedByHyphen(List<TokenInfo> toks, Chunk m) {
    int a = m.first() - 1;
    int b = m.last() + 1;
    return a >= 0 && toks.get(a).word().equals("-") && toks.get(a).end() == m.start()
        || b < toks.size() && toks.get(b).word().equals("-") && toks.get(b).start() == m.end();
  }

  /** "Lord Bingham - a senior law lord - said": a dash with space on both sides sets off an apposition as commas do. */
  private static boolean spacedDash(List<TokenInfo> toks, int i) {
    String w = toks.get(i).word();
    return (w.equals("-") || w.equals("--") || w.equals("–") || w.equals("—")) && i > 0 && i + 1 < toks.size()
        && toks.get(i - 1).end() < toks.get(i).start() && toks.get(i).end() < toks.get(i + 1).start();
  }

  private static boolean isShouted(String w) {
    return w.length() >= 2 && Names.looksLikeAcronym(w) && w.chars().allMatch(Character::isLetter);
  }

  private static boolean acronymText(List<TokenInfo> toks, int i, int j) {
    for (int x = i; x <= j; x++) {
      if (!Names.looksLikeAcronym(toks.get(x).word()) && !toks.get(x).word().chars().allMatch(Character::isDigit)) {
        return false;
      }
    }
    return true;
  }

  /** "French-led", "US-backed", "Russia-Ukraine": each part that is a country, adjective or IGO is a mention. */
  private static boolean hyphenParts(String text, TokenInfo t, ActorDictionary d, int i, List<Chunk> out) {
    String w = t.word();
    boolean exact = t.end() <= text.length() && text.substring(t.start(), t.end()).equals(w);
    boolean any = false;
    int off = 0;
    for (String part : w.split("-")) {
      int ps = off;
      off += part.length() + 1;
      if (part.isEmpty() || !Names.isCapitalised(part)) {
        continue;
      }
      List<Entry> es = new ArrayList<>();
      for (Entry e : d.entries(Names.tokenKey(part))) {
        boolean place = e.type() == Entry.Type.COUNTRY || e.type() == Entry.Type.ADJECTIVE
            || e.type() == Entry.Type.IGO || e.type() == Entry.Type.CAPITAL;
        if (place && (!e.acronym() || Names.looksLikeAcronym(part))) {
          es.add(e);
        }
      }
      if (!es.isEmpty()) {
        int s = exact ? t.start() + ps : t.start();
        int e = exact ? s + part.length() : t.end();
        out.add(new Chunk(Kind.ENTRY, i, i, s, e, es, null, true, true, '-'));
        any = true;
      }
    }
    return any;
  }

  /** End (exclusive) of a person-name candidate run starting at i, or i when there is none. */
  private static int nameRun(List<TokenInfo> toks, String[] keys, int i, ActorDictionary d, boolean ner) {
    int n = toks.size();
    if (ner) {
      int j = i;
      while (j < n && "PERSON".equals(toks.get(j).ner())) {
        j++;
      }
      // The tagger misses surnames it has not seen ("said Mr Oaten"): a capitalised word it left untagged is a weak
      // name, which the resolver keeps only when the article names that surname in full somewhere.
      while (j == i && i < n && untaggedCapitalised(toks.get(i), keys[i])) {
        j = i + 1;
      }
      return j;
    }
    int j = i;
    boolean honorific = isHonorific(keys[i]) && i + 1 < n && Names.isCapitalised(toks.get(i + 1).word());
    if (honorific) {
      j++;
    }
    while (j < n) {
      String w = toks.get(j).word();
      String k = keys[j];
      boolean cap = Names.isCapitalised(w) && Character.isLetter(w.charAt(0));
      boolean particle = j > i && PARTICLES.contains(k) && j + 1 < n && Names.isCapitalised(toks.get(j + 1).word());
      if (!(cap || particle) || cap && STOP.contains(k) || j > i && longestMatch(toks, keys, j, d, false) != null
          && !particle) {
        break;
      }
      j++;
    }
    return honorific && j == i + 1 ? i : j;
  }

  private static boolean untaggedCapitalised(TokenInfo t, String key) {
    String w = t.word();
    return "O".equals(t.ner()) && w.length() > 1 && Character.isUpperCase(w.charAt(0))
        && Character.isLetter(w.charAt(0)) && !Names.looksLikeAcronym(w) && !STOP.contains(key) && !isHonorific(key);
  }

  static boolean isHonorific(String k) {
    return HONORIFIC_M.contains(k) || HONORIFIC_F.contains(k) || HONORIFIC.contains(k);
  }

  private static final java.util.regex.Pattern NOUN_ENDING =
      java.util.regex.Pattern.compile("(?:tion|tions|sion|ment|ments|ism|ity|ities|ness|ies|ing|ings|ance|ence|als)$");

  private static Chunk nameChunk(List<TokenInfo> toks, String[] keys, int i, int end, boolean ner,
                                 ActorDictionary d) {
    // With NER the honorific is outside the PERSON run ("Mr." is tagged O), so look one token back too.
    int h = ner && i > 0 && isHonorific(keys[i - 1]) ? i - 1 : i;
    char gender = HONORIFIC_M.contains(keys[h]) ? 'M' : HONORIFIC_F.contains(keys[h]) ? 'F' : '-';
    boolean honorific = isHonorific(keys[i]);
    int words = end - i - (honorific ? 1 : 0);
    boolean orgLike = false;
    boolean placeLike = false;
    for (int x = i; x < end; x++) {
      orgLike |= ORG_WORDS.containsKey(keys[x]);
      placeLike |= PLACE_WORDS.contains(keys[x]) || Names.looksLikeAcronym(toks.get(x).word())
          || toks.get(x).word().isEmpty() || Character.isDigit(toks.get(x).word().charAt(0));
    }
    if (!ner && !honorific && orgLike && !placeLike && words >= 2) {
      return orgChunk(toks, keys, i, end);
    }
    boolean speechAfter = end < toks.size() && SPEECH.contains(keys[end]);
    int firstWord = honorific ? i + 1 : i;
    boolean givenName = firstWord < end && d.givenNameGender(keys[firstWord]) != '-';
    if (gender == '-' && givenName) {
      gender = d.givenNameGender(keys[firstWord]);
    }
    // Title-case headlines ("Presidential Elections", "Countering Violent Extremism") are not names.
    boolean nounLike = false;
    for (int x = firstWord; x < end && !ner && !givenName; x++) {
      nounLike |= NOUN_ENDING.matcher(keys[x]).find();
    }
    boolean tagged = ner && "PERSON".equals(toks.get(firstWord < end ? firstWord : i).ner());
    boolean strong = !orgLike && !placeLike && !nounLike
        && (tagged || !ner && (honorific || words >= 2 && words <= 4 || speechAfter));
    return new Chunk(Kind.NAME, i, end - 1, toks.get(i).start(), toks.get(end - 1).end(), List.of(), null, strong,
        false, gender);
  }

  /**
   * "Riga Technical University", "Kyiv Post": a place followed by an organisation's name is one organisation of
   * that country; returns null when no such name follows.
   */
  private static @Nullable Chunk placeNamedOrg(List<TokenInfo> toks, String[] keys, Chunk place, ActorDictionary d,
                                               boolean ner) {
    int next = place.last() + 1;
    if (next >= toks.size() || place.entry().country() == null || place.entry().type() == Entry.Type.SEAT) {
      return null;
    }
    int end;
    if (ner) {
      if (!"ORGANIZATION".equals(toks.get(next).ner()) || !"ORGANIZATION".equals(toks.get(place.first()).ner())) {
        return null;
      }
      end = next;
      while (end < toks.size() && "ORGANIZATION".equals(toks.get(end).ner())) {
        end++;
      }
    } else {
      if (longestMatch(toks, keys, next, d, false) != null) {
        return null;
      }
      end = nameRun(toks, keys, next, d, false);
      boolean orgLike = false;
      for (int x = next; x < end; x++) {
        orgLike |= ORG_WORDS.containsKey(keys[x]);
      }
      if (end == next || !orgLike) {
        return null;
      }
    }
    Chunk org = orgChunk(toks, keys, place.first(), end);
    return new Chunk(Kind.ORG, org.first(), org.last(), org.start(), org.end(), place.entries(), org.role(), true,
        false, '-');
  }

  private static Chunk orgChunk(List<TokenInfo> toks, String[] keys, int i, int end) {
    String sector = "-";
    for (int x = end - 1; x >= i && sector.equals("-"); x--) {
      sector = ORG_WORDS.getOrDefault(keys[x], "-");
    }
    if (MEMBERSHIP_SECTORS.contains(sector)) {
      // "the Oklahoma Sheriffs' Association" speaks for sheriffs: the police, not a charity
      for (int x = end - 1; x >= i; x--) {
        String member = MEMBER_NOUNS.get(keys[x]);
        if (member != null) {
          sector = member;
          break;
        }
      }
    }
    return new Chunk(Kind.ORG, i, end - 1, toks.get(i).start(), toks.get(end - 1).end(), List.of(),
        new Role(sector, Role.Type.ORG, "-", '-', false), true, false, '-');
  }
}
