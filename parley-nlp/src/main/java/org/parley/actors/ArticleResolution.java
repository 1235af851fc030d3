package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.actors.Chunker.Chunk;
import org.parley.actors.Chunker.Kind;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.model.Span;

/** The state of resolving one article: chunks, country mentions for context, and the people seen so far. */
final class ArticleResolution {
  private static final Pattern HONORIFIC = Pattern.compile(
      "^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof|Professor|Madame|Monsieur|Lady|Lord|Baroness)\\.?\\s+");

  /** A mention of a person whose code is read from its entity once the whole article is resolved. */
  private record PersonMention(int start, int end, Coreference.Entity entity) {}

  private final ActorDictionary d;
  private final String text;
  private final List<Span> sentences;
  private final List<List<TokenInfo>> tokens;
  private final @Nullable LocalDate date;
  private final List<List<Chunk>> chunks = new ArrayList<>();
  private final Coreference coref = new Coreference();
  private final List<Mention> out = new ArrayList<>();
  private final List<PersonMention> people = new ArrayList<>();
  /** The article's countries, known once its sentences are chunked (in {@link #run()}). */
  private @Nullable ArticleCountries countries;

  ArticleResolution(ActorDictionary d, String text, List<Span> sentences, List<List<TokenInfo>> tokens,
                    @Nullable LocalDate date) {
    this.d = d;
    this.text = text;
    this.sentences = sentences;
    this.tokens = tokens;
    this.date = date;
  }

  /** Words of when an office is held, between an article and the office ("the incoming president"). */
  private static final java.util.Set<String> OFFICE_TIME_WORDS =
      org.parley.words.WordLists.of(ArticleResolution.class, "name-words.txt").set("office-time-words");

  List<Mention> run() {
    boolean ner = tokens.stream().flatMap(List::stream).anyMatch(t -> !t.ner().isEmpty());
    int n = sentences.size();
    for (int s = 0; s < n; s++) {
      chunks.add(Chunker.chunk(text, tokens.get(s), d, ner));
      coref.addSentence();
    }
    ParagraphCountries paragraphs = new ParagraphCountries(text, sentences, chunks);
    for (int s = 0; s < n; s++) {
      for (Chunk c : chunks.get(s)) {
        if (c.kind() == Kind.NAME && c.strong() || c.isPersonEntry()) {
          String full = HONORIFIC.matcher(text.substring(c.start(), c.end())).replaceFirst("");
          String country = c.isPersonEntry() ? c.entry().country() : null;
          String sk = c.isPersonEntry() ? Coreference.surnameOf(c.entry().name(), country)
              : Coreference.surnameOf(full, null);
          if (sk != null && Coreference.bareSurname(full) == null) {
            coref.articleSurnames.putIfAbsent(sk, c.isPersonEntry() ? c.entry().name() : full);
          }
        }
      }
    }
    countries = new ArticleCountries(d, text, chunks, paragraphs, date);
    for (int s = 0; s < n; s++) {
      compose(s);
    }
    // One entity, one code: every mention of a person carries what the article finally knows about them.
    for (PersonMention pm : people) {
      emit(pm.start(), pm.end(), countries.undescribedPerson(pm.entity().actor));
    }
    out.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> -m.span().end()));
    List<Mention> result = new ArrayList<>(out.size());
    int end = -1;
    for (Mention m : out) {
      if (m.span().start() >= end) {
        result.add(m);
        end = m.span().end();
      }
    }
    return result;
  }

  private void compose(int s) {
    List<Chunk> c = chunks.get(s);
    int j = 0;
    while (j < c.size()) {
      int next = rolePattern(s, c, j);
      if (next > j) {
        j = next;
        continue;
      }
      Chunk ch = c.get(j);
      String described = ch.kind() == Kind.NAME || ch.kind() == Kind.ORG
          ? PhraseShapes.bodyBefore(tokens.get(s), c, j) : null;
      if (ch.kind() == Kind.ORG && described == null && surnameOfNamedPerson(ch)) {
        // the tagger calls a surname it has not seen an organisation ("'I was wrong,' Chaves said")
        resolvePerson(s, j, ch.start(), ch.end(), ch, null, List.of(), false, ch.first());
        j++;
      } else if (ch.kind() == Kind.ORG || described != null) {
        // "the civil rights group Freedom First": a name after a noun of bodies names a body, not a person
        organisation(s, c, j, described);
        j++;
      } else if (ch.kind() == Kind.NAME || ch.isPersonEntry()) {
        j = namePattern(s, c, j);
      } else if (ch.isPlaceEntry()) {
        Actor a = d.actorFor(ch.entries(), date);
        Entry.Type type = ch.entry().type();
        // "the White House", "the UN": the article belongs to the name of institutions.
        boolean afterThe = j > 0 && PhraseShapes.isThe(tokens.get(s), c.get(j - 1));
        boolean withThe = afterThe && (type == Entry.Type.SEAT || type == Entry.Type.IGO);
        // A region is a side only as "the West" or in "Western leaders"; "Western Shield" names something else.
        boolean region = BuiltInTables.REGIONS.equals(ch.entry().source());
        if (region && (type == Entry.Type.ADJECTIVE || !afterThe)) {
          j++;
          continue;
        }
        emit(withThe ? c.get(j - 1).start() : ch.start(), ch.end(), a);
        if (ch.entry().type() != Entry.Type.ADJECTIVE) {
          coref.noteOther(s, a, j);
        }
        j++;
      } else if (ch.kind() == Kind.PRONOUN) {
        pronoun(s, c, j);
        j++;
      } else {
        j++;
      }
    }
  }

  private boolean surnameOfNamedPerson(Chunk ch) {
    boolean sectorWord = ch.role() != null && !ch.role().sector().equals("-");
    String sk = sectorWord || !ch.entries().isEmpty() ? null
        : Coreference.bareSurname(text.substring(ch.start(), ch.end()));
    return sk != null && (coref.bySurname.containsKey(sk) || coref.articleSurnames.containsKey(sk));
  }

  /**
   * A named body: a capitalised run with an organisation word, or any name after a noun of bodies ("civil rights
   * group Liberty", "the militant group Hamas"), whose words give the sector when the name's own do not.
   */
  private void organisation(int s, List<Chunk> c, int j, @Nullable String described) {
    Chunk ch = c.get(j);
    String sector = ch.role() == null || ch.role().sector().equals("-") ? null : ch.role().sector();
    boolean withThe = j > 0 && PhraseShapes.isThe(tokens.get(s), c.get(j - 1));
    String country = ch.kind() != Kind.ORG || ch.entries().isEmpty() ? null : ch.entry().country();
    if (sector == null && described != null) {
      sector = described;
      country = country == null ? home() : country;
    }
    if (country == null && sector != null && withThe && ch.first() == ch.last()) {
      country = home(); // "the Church said", "the Ministry said": an institution named by its kind alone is the home one
    }
    String cc = country == null ? ActorResolver.UNKNOWN : country;
    Actor a = new Actor(sector == null ? cc : cc + sector, text.substring(ch.start(), ch.end()),
        ActorKind.ORGANIZATION, country, sector);
    emit(withThe ? c.get(j - 1).start() : ch.start(), ch.end(), a);
    coref.noteOther(s, a, j);
  }

  /** [DET] [FORMER] [PLACE ['s]] [FORMER] ROLE+ [of PLACE] [NAME]; returns the next chunk, or j if no match. */
  private int rolePattern(int s, List<Chunk> c, int j) {
    int n = c.size();
    int p = j;
    boolean det = false;
    boolean former = false;
    if (p < n && c.get(p).kind() == Kind.DET) {
      det = true;
      p++;
    }
    if (p < n && c.get(p).kind() == Kind.FORMER) {
      former = true;
      p++;
    }
    if (det && p + 1 < n && c.get(p).kind() == Kind.OTHER && c.get(p + 1).kind() == Kind.ROLE
        && OFFICE_TIME_WORDS.contains(Names.tokenKey(tokens.get(s).get(c.get(p).first()).word()))) {
      p++; // "the future President said": when an office is held does not change whose it is
    }
    boolean shadow = false;
    Chunk mod = null;
    if (p < n && c.get(p).isPlaceEntry() && !c.get(p).hyphenPart()) {
      int q = p + 1;
      if (q < n && c.get(q).kind() == Kind.POSS) {
        q++;
      }
      if (q < n && c.get(q).kind() == Kind.FORMER) {
        former = true;
        q++;
      }
      if (q < n && c.get(q).kind() == Kind.SHADOW) {
        shadow = true;
        q++;
      }
      boolean party = c.get(p).entry().type() == Entry.Type.PARTY;
      if (party && q == p + 1 && q < n && (c.get(q).kind() == Kind.NAME || c.get(q).isPersonEntry())) {
        // "Lib Dem Sir Menzies Campbell": a party label before a name says whom the person speaks for.
        Chunk name = c.get(q);
        return resolvePerson(s, q, c.get(j).start(), name.end(), name, c.get(p), List.of(), former, name.first())
            ? q + 1 : j;
      }
      q = PhraseShapes.skipPortfolio(tokens.get(s), c, q);
      if (q > 0 && c.get(q - 1).kind() == Kind.POSS) {
        q = PhraseShapes.skipAdjectivesBeforeRole(tokens.get(s), c, q); // "Britain's highest court"
      }
      if (q >= n || c.get(q).kind() != Kind.ROLE) {
        return j;
      }
      mod = c.get(p);
      p = q;
    } else if (p < n && c.get(p).kind() == Kind.SHADOW) {
      shadow = true;
      p++;
    }
    int roleStart = p;
    if (roleStart < n && roleStart > 0 && c.get(roleStart - 1).kind() == Kind.OTHER && tokens.get(s)
        .get(c.get(roleStart - 1).first()).word().toLowerCase(java.util.Locale.ROOT).startsWith("ex-")) {
      former = true; // "ex-foreign secretary Robin Cook": the tokenizer keeps "ex-" on the portfolio
    }
    while (p < n && c.get(p).kind() == Kind.ROLE) {
      p++;
    }
    if (p == roleStart) {
      return j;
    }
    List<Role> roles = new ArrayList<>();
    for (int x = roleStart; x < p; x++) {
      roles.add(shadow ? Affiliation.shadow(c.get(x).role()) : c.get(x).role());
    }
    Affiliation.branchOfTitle(roles);
    int end = c.get(p - 1).end();
    if (mod == null && p + 1 < n && PhraseShapes.isOfOrFrom(tokens.get(s), c.get(p - 1), c.get(p))) {
      int q = PhraseShapes.skipPlaceModifiers(tokens.get(s), c, p + 1, d);
      if (q < n && c.get(q).isPlaceEntry() && !c.get(q).hyphenPart()) {
        mod = c.get(q);
        end = mod.end();
        p = q + 1;
      }
    }
    if (mod == null && det && p + 3 < n && PhraseShapes.isOfOrFrom(tokens.get(s), c.get(p - 1), c.get(p))
        && (c.get(p + 1).kind() == Kind.NAME || c.get(p + 1).kind() == Kind.OTHER
            && Names.isCapitalised(tokens.get(s).get(c.get(p + 1).first()).word()))
        && c.get(p + 2).kind() == Kind.COMMA) {
      p += 2; // "The mayor of Molenbeek, Françoise Schepmans,": a town the tables do not know, the article's own
    }
    Role last = roles.get(roles.size() - 1);
    Chunk name = null;
    if (mod == null && last.takesName() && p + 2 < n
        && PhraseShapes.isOfOrFrom(tokens.get(s), c.get(p - 1), c.get(p))) {
      // "Leader of Government Business Dr Amery Browne": the body a title is of, named in capitals, then the holder
      int x = p + 1;
      while (x < n && x < p + 4 && (c.get(x).kind() == Kind.OTHER || c.get(x).kind() == Kind.ORG
          || c.get(x).kind() == Kind.ROLE)
          && Names.isCapitalised(tokens.get(s).get(c.get(x).first()).word())
          && !PhraseShapes.isHonorific(tokens.get(s), c.get(x))) {
        x++;
      }
      int named = PhraseShapes.afterHonorifics(tokens.get(s), c, x);
      if (x > p + 1 && named > x && named < n
          && (c.get(named).kind() == Kind.NAME || c.get(named).isPersonEntry())) {
        p = x;
      }
    }
    int holder = PhraseShapes.afterHonorifics(tokens.get(s), c, p);
    if (holder > p && holder < n && last.takesName()
        && (c.get(holder).kind() == Kind.NAME || c.get(holder).isPersonEntry())) {
      p = holder; // "the Attorney General Lord Goldsmith", "Dr the Rt. Hon. Keith Mitchell": courtesy before the name
    }
    if (p < n && last.takesName() && c.get(p).kind() == Kind.NAME
        && Coreference.isNameSuffix(text.substring(c.get(p).start(), c.get(p).end()))) {
      return j; // "Martin Luther King Jr.": the office word is part of a name, and "Jr." names nobody
    }
    if (p < n && last.takesName() && (c.get(p).kind() == Kind.NAME || c.get(p).isPersonEntry())) {
      name = c.get(p);
      end = name.end();
      p++;
    } else if ((det || mod != null) && last.type() == Role.Type.TITLE && p + 1 < n && c.get(p).kind() == Kind.COMMA
        && (c.get(p + 1).kind() == Kind.NAME || c.get(p + 1).isPersonEntry())
        && PhraseShapes.closesApposition(tokens.get(s), c, p + 2)) {
      // "The mayor of Surabaya, Tri Rismaharini, said": the name in apposition after the role.
      name = c.get(p + 1);
      end = name.end();
      p += 2;
    }
    int anchor = c.get(roleStart).first();
    if (name != null) {
      Chunk phraseStart = c.get(j);
      if (!resolvePerson(s, p - 1, phraseStart.start(), end, name, mod, roles, former, anchor)) {
        return j;
      }
      return p;
    }
    if (last.type() != Role.Type.TITLE && p < n && PhraseShapes.modifiesNoun(tokens.get(s), c.get(p))) {
      // "police station", "army base": the role word only describes the next noun.
      return j;
    }
    boolean capitalisedRole = Names.isCapitalised(tokens.get(s).get(c.get(roleStart).first()).word());
    boolean accept = mod != null || det || last.groupLike()
        || last.type() == Role.Type.ORG && capitalisedRole
        // "my duty as Governor": a capitalised office alone is its holder, once the article has named one
        || last.type() == Role.Type.TITLE && capitalisedRole && !former && last.title() != null
            && coref.lastWithTitle(s, last.title(), null) != null;
    if (!accept) {
      return j;
    }
    int phraseStart = det ? c.get(j + 1).start() : c.get(j).start();
    String phrase = text.substring(phraseStart, end);
    Appositions.Belonging body = mod == null && p < n && Appositions.isLink(tokens.get(s), c.get(p))
        ? Appositions.after(tokens.get(s), c, p - 1, home(), false) : null;
    if (body != null && body.code() == null) {
      // "an official with a background screening company": the office is held in the body and speaks for it
      last = new Role(body.sector(), last.type(), last.title(), last.gender(), last.acronym());
    }
    if (last.type() == Role.Type.TITLE) {
      titleWithoutName(s, p - 1, c.get(j).start(), end, phrase, mod, last, former, anchor);
    } else {
      group(s, p - 1, c.get(j).start(), end, phrase, mod, last, former, anchor);
    }
    return p;
  }

  /** NAME [, [DET] [PLACE ['s]] ROLE+ [of PLACE] [,]] — the appositive gives the role; the mention is the name. */
  private int namePattern(int s, List<Chunk> c, int j) {
    int n = c.size();
    Chunk name = c.get(j);
    int p = j + 1;
    Chunk mod = null;
    boolean former = false;
    List<Role> roles = new ArrayList<>();
    Chunk party = p + 1 < n && c.get(p).kind() == Kind.COMMA ? Appositions.partyPlace(tokens.get(s), c, p) : null;
    if (party != null) {
      // "Chad Nodland, a DNC member from North Dakota,": the party's code (GOV while it governs, else OPP)
      resolvePerson(s, j, name.start(), name.end(), name, party, roles, false, name.first());
      return p + 1;
    }
    Appositions.Belonging body = p + 1 < n && c.get(p).kind() == Kind.COMMA
        ? Appositions.after(tokens.get(s), c, p, home()) : null;
    if (body != null) {
      // "Russell Davis, executive vice president of the Home Builders Association": an office in a body that is not
      // a government speaks for the body
      if (resolvePerson(s, j, name.start(), name.end(), name, null, roles, false, name.first())) {
        Appositions.belongsTo(people.get(people.size() - 1).entity(), body);
      }
      return body.body(); // the body itself is still a mention of its own
    }
    if (p + 1 < n && c.get(p).kind() == Kind.COMMA) {
      int q = p + 1;
      if (q < n && c.get(q).kind() == Kind.DET) {
        q++;
      }
      if (q < n && c.get(q).kind() == Kind.FORMER) {
        former = true;
        q++;
      }
      Chunk m = null;
      if (q < n && c.get(q).isPlaceEntry() && !c.get(q).hyphenPart()) {
        m = c.get(q);
        q++;
        if (q < n && c.get(q).kind() == Kind.POSS) {
          q++;
        }
      }
      boolean shadow = q < n && c.get(q).kind() == Kind.SHADOW;
      if (shadow) {
        q++;
      }
      q = PhraseShapes.skipPortfolio(tokens.get(s), c, q);
      q = PhraseShapes.skipAdjectivesBeforeRole(tokens.get(s), c, q);
      while (q < n && c.get(q).kind() == Kind.ROLE) {
        roles.add(shadow ? Affiliation.shadow(c.get(q).role()) : c.get(q).role());
        q++;
      }
      if (!roles.isEmpty() && q < n && c.get(q).kind() == Kind.OTHER
          && Chunker.SPEECH.contains(Names.tokenKey(tokens.get(s).get(c.get(q).first()).word()))) {
        roles.clear(); // "Mr. Abaaoud, the official said, was …": the one who speaks, not an apposition
        m = null;
      }
      if (!roles.isEmpty()) {
        mod = m;
        if (mod == null && q + 1 < n && PhraseShapes.isOfOrFrom(tokens.get(s), c.get(q - 1), c.get(q))) {
          int r = c.get(q + 1).kind() == Kind.DET && q + 2 < n ? q + 2 : q + 1;
          if (c.get(r).isPlaceEntry()) {
            mod = c.get(r);
            q = r + 1;
          }
        }
        p = q;
      } else {
        former = false;
      }
    }
    resolvePerson(s, j, name.start(), name.end(), name, mod, roles, former, name.first());
    return p;
  }

  private boolean resolvePerson(int s, int chunkIdx, int start, int end, Chunk nameChunk, @Nullable Chunk mod,
                                List<Role> roles, boolean former, int anchor) {
    String nameText = HONORIFIC.matcher(text.substring(nameChunk.start(), nameChunk.end())).replaceFirst("");
    if (nameText.endsWith(".")) {
      nameText = nameText.substring(0, nameText.length() - 1);
    }
    String key = Names.key(nameText);
    List<Entry> known = nameChunk.isPersonEntry() ? nameChunk.entries() : List.of();
    String fromArticle = null;
    Coreference.Entity ent = coref.byName.get(key);
    String bare = ent == null && !known.isEmpty() ? Coreference.bareSurname(nameText) : null;
    if (bare != null && coref.bySurname.containsKey(bare)) {
      // "Chaves" after "President-elect Rodrigo Chaves" is the person the article named, not a namesake in the tables
      ent = coref.bySurname.get(bare);
      known = List.of();
    }
    if (ent == null && known.isEmpty()) {
      String sk = Coreference.bareSurname(nameText);
      if (sk != null) {
        ent = coref.bySurname.get(sk);
        String full = ent == null ? coref.articleSurnames.get(sk) : null;
        if (full != null) {
          // Named in full elsewhere in the article (often after a headline that uses the surname only).
          known = d.entries(Names.key(full)).stream().filter(e -> e.kind() == ActorKind.PERSON).toList();
          ent = coref.byName.get(Names.key(full));
          if (known.isEmpty() && ent == null) {
            fromArticle = full;
          }
        } else if (ent == null) {
          known = roles.isEmpty() ? countries.placedOfficeHolder(d.uniqueActiveBySurname(sk, date))
              : d.uniqueActiveBySurname(sk, date);
          if (known.isEmpty() && !roles.isEmpty()) {
            // "President Reagan" in a later article: a former office holder named with an office they held keeps
            // their nationality ("Senator Brown" or a bare "Brown" is someone else)
            String title = roles.get(roles.size() - 1).title();
            known = d.uniqueBySurname(sk).stream().anyMatch(e -> title != null && title.equals(e.title()))
                ? d.uniqueBySurname(sk) : List.of();
          }
        }
      }
    }
    if (ent == null && !known.isEmpty()) {
      ent = coref.byName.get(Names.key(known.get(0).name()));
    }
    boolean roleInfo = !roles.isEmpty() || mod != null;
    if (ent == null && known.isEmpty() && fromArticle == null && !nameChunk.strong() && roles.isEmpty()) {
      return false;
    }
    String canonical = !known.isEmpty() ? known.get(0).name() : ent != null ? ent.name
        : fromArticle != null ? fromArticle : nameText;
    Actor actor;
    Entry active = known.isEmpty() ? null : ActorDictionary.pick(known, date);
    if (!roleInfo) {
      actor = ent != null ? ent.actor
          : !known.isEmpty() ? d.actorFor(known, date)
          : new Actor(ActorResolver.UNKNOWN, canonical, ActorKind.PERSON, null, null);
    } else {
      String sector = former ? "ELI"
          : Affiliation.withParty(roles.isEmpty() ? null : roles.get(roles.size() - 1).sector(), mod, date);
      String code = null;
      String country = null;
      if (mod != null) {
        Entry me = mod.entry();
        if (me.kind() == ActorKind.IGO) {
          code = me.code();
        } else {
          country = me.country();
        }
      } else if (active != null && active.country() == null) {
        code = active.code();
      } else if (active != null) {
        country = active.country();
      } else if (!known.isEmpty()) {
        country = d.actorFor(known, date).country();
      } else if (ent != null && (ent.actor.country() != null || ent.actor.kind() == ActorKind.PERSON
          && ent.actor.code().startsWith("IGO"))) {
        country = ent.actor.country();
        code = country == null ? ent.actor.code() : null;
      } else {
        country = home();
      }
      if (code != null) {
        actor = new Actor(code, canonical, ActorKind.PERSON, null, sector);
      } else {
        String cc = country == null ? ActorResolver.UNKNOWN : country;
        actor = new Actor(sector == null ? cc : cc + sector, canonical, ActorKind.PERSON, country, sector);
      }
    }
    char gender = !known.isEmpty() ? known.get(0).gender() : '-';
    List<String> nameWords = Names.keyTokens(canonical);
    if (gender == '-' && nameWords.size() >= 2) {
      gender = d.givenNameGender(nameWords.get(0));
    }
    for (Role r : roles) {
      gender = gender == '-' ? r.gender() : gender;
    }
    gender = gender == '-' ? nameChunk.gender() : gender;
    if (ent == null) {
      ent = new Coreference.Entity(canonical, actor, gender);
      coref.byName.put(Names.key(canonical), ent);
      String sk = Coreference.surnameOf(canonical, known.isEmpty() ? null : known.get(0).country());
      if (sk != null) {
        coref.bySurname.put(sk, ent);
      }
    } else if (roleInfo) {
      ent.actor = Affiliation.better(ent.actor, actor);
    }
    coref.byName.putIfAbsent(key, ent);
    if (ent.gender == '-') {
      ent.gender = gender;
    }
    for (Role r : roles) {
      if (r.type() == Role.Type.TITLE) {
        ent.titles.add(r.title());
      }
    }
    if (active != null && active.title() != null) {
      ent.titles.add(active.title());
    }
    people.add(new PersonMention(start, end, ent));
    coref.notePerson(s, ent, chunkIdx);
    return true;
  }

  private void titleWithoutName(int s, int chunkIdx, int start, int end, String phrase, @Nullable Chunk mod,
                                Role role, boolean former, int anchor) {
    String modCode = mod == null ? null
        : mod.entry().kind() == ActorKind.IGO ? mod.entry().code() : mod.entry().country();
    Coreference.Entity ent = former ? null : coref.lastWithTitle(s, role.title(), modCode);
    if (ent == null && !former) {
      String where = modCode != null ? modCode : home();
      if (where != null) {
        Entry holder = ActorDictionary.pick(d.holders(where, role.title()), date);
        if (holder != null && holder.dated()) {
          ent = coref.byName.get(Names.key(holder.name()));
          if (ent == null) {
            ent = new Coreference.Entity(holder.name(), ActorDictionary.toActor(holder), holder.gender());
            coref.byName.put(Names.key(holder.name()), ent);
            String surname = Coreference.surnameOf(holder.name(), holder.country());
            if (surname != null) {
              coref.bySurname.put(surname, ent);
            }
          }
          ent.titles.add(role.title());
        }
      }
    }
    if (ent == null) {
      String country = modCode != null && !modCode.startsWith("IGO") ? modCode
          : modCode == null ? home() : null;
      String sector = former ? "ELI" : Affiliation.withParty(role.sector(), mod, date);
      String code = modCode != null && modCode.startsWith("IGO") ? modCode
          : (country == null ? ActorResolver.UNKNOWN : country) + sector;
      ent = new Coreference.Entity(phrase, new Actor(code, phrase, ActorKind.GROUP, country, sector), role.gender());
      ent.titles.add(role.title());
    }
    people.add(new PersonMention(start, end, ent));
    coref.notePerson(s, ent, chunkIdx);
  }

  private void group(int s, int chunkIdx, int start, int end, String phrase, @Nullable Chunk mod, Role role,
                     boolean former, int anchor) {
    String sector = former ? "ELI" : Affiliation.withParty(role.sector(), mod, date);
    String code;
    String country = null;
    if (mod != null && mod.entry().kind() == ActorKind.IGO) {
      code = mod.entry().code();
    } else {
      country = mod != null ? mod.entry().country() : countries.ofGroup(s, role);
      code = (country == null ? ActorResolver.UNKNOWN : country) + sector;
    }
    ActorKind kind = role.groupLike() ? ActorKind.GROUP
        : "GOV".equals(sector) ? ActorKind.STATE : ActorKind.ORGANIZATION;
    Actor a = new Actor(code, phrase, kind, country, sector);
    emit(start, end, a);
    coref.noteOther(s, a, chunkIdx);
  }

  private void pronoun(int s, List<Chunk> c, int j) {
    Chunk ch = c.get(j);
    String k = Names.tokenKey(text.substring(ch.start(), ch.end()));
    List<TokenInfo> ts = tokens.get(s);
    boolean speaking = ch.last() + 1 < ts.size()
        && Chunker.SPEECH.contains(Names.tokenKey(ts.get(ch.last() + 1).word()));
    Coreference.Referent r = coref.pronoun(s, j, k, speaking);
    if (r != null && r.person() != null) {
      people.add(new PersonMention(ch.start(), ch.end(), r.person()));
    } else if (r != null) {
      emit(ch.start(), ch.end(), r.actor());
    }
  }

  /** The article's home country (see {@link ArticleCountries#home()}). */
  private @Nullable String home() {
    return countries == null ? null : countries.home();
  }

  private void emit(int start, int end, Actor actor) {
    out.add(new Mention(new Span(start, end), text.substring(start, end), actor));
  }
}
