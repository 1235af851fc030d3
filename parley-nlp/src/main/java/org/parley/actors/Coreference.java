package org.parley.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.words.WordLists;

/**
 * The light coreference of one article: the people and other actors seen so far, sentence by sentence, with the
 * name, surname and title indexes that later mentions ("Kallas", "the prime minister", "she") are resolved against.
 */
final class Coreference {
  private static final int PRONOUN_LOOKBACK = 3;

  private record PersonAt(Entity entity, int chunk) {}

  /** What a pronoun refers to: a person (whose code may still improve) or another actor. */
  record Referent(Actor actor, @Nullable Entity person) {}

  private record OtherAt(Actor actor, int chunk) {}

  /** A person (named or known only by title) seen in this article. */
  static final class Entity {
    final String name;
    Actor actor;
    char gender;
    final Set<String> titles = new HashSet<>();

    Entity(String name, Actor actor, char gender) {
      this.name = name;
      this.actor = actor;
      this.gender = gender;
    }
  }

  /** Name key (full name or a form used in the text) → person. */
  final Map<String, Entity> byName = new HashMap<>();
  /** Surname key → person. */
  final Map<String, Entity> bySurname = new HashMap<>();
  /** Surname key → full name, for every person named in full anywhere in the article (headlines come first). */
  final Map<String, String> articleSurnames = new HashMap<>();
  private final List<List<PersonAt>> persons = new ArrayList<>();
  private final List<List<OtherAt>> others = new ArrayList<>();

  void addSentence() {
    persons.add(new ArrayList<>());
    others.add(new ArrayList<>());
  }

  /** Records a mention of a person at chunk j of sentence s. */
  void notePerson(int s, Entity e, int j) {
    persons.get(s).add(new PersonAt(e, j));
  }

  /** Records a mention of a group, state, body or organisation at chunk j of sentence s. */
  void noteOther(int s, Actor a, int j) {
    others.get(s).add(new OtherAt(a, j));
  }

  /**
   * The actor a pronoun at chunk j of sentence s refers to, or null; records the pronoun as a new mention of it.
   *
   * @param k the pronoun's key ("he", "she", "him", "her", "they", "them", "it")
   * @param speaking whether a speech verb follows ("it said"); other "it"s are ignored
   */
  @Nullable Referent pronoun(int s, int j, String k, boolean speaking) {
    if (k.equals("it") && !speaking) {
      // Only a speaking "it" is worth a mention; most are not actors at all.
      return null;
    }
    if (k.equals("it") || k.equals("they") || k.equals("them")) {
      boolean it = k.equals("it");
      for (int t = s; t >= Math.max(0, s - 1); t--) {
        List<OtherAt> os = others.get(t);
        for (int x = os.size() - 1; x >= 0; x--) {
          if ((t < s || os.get(x).chunk() < j) && !(it && os.get(x).actor().kind() == ActorKind.GROUP)) {
            noteOther(s, os.get(x).actor(), j);
            return new Referent(os.get(x).actor(), null);
          }
        }
      }
      return null;
    }
    char g = k.equals("he") || k.equals("him") ? 'M' : 'F';
    // The same sentence first, a person known to have this gender before one whose gender is unknown ("The home
    // secretary said he would not …" is the home secretary, whoever "Mr Mubanga" in the sentence before was); then
    // the sentences before, in the same order.
    Entity found = sameSentence(s, j, g, true);
    if (found == null) {
      found = sameSentence(s, j, g, false);
    }
    if (found == null) {
      found = antecedent(s, j, g, true);
    }
    if (found == null) {
      found = antecedent(s, j, g, false);
    }
    if (found == null) {
      return null;
    }
    if (found.gender == '-') {
      found.gender = g;
    }
    notePerson(s, found, j);
    return new Referent(found.actor, found);
  }

  private @Nullable Entity sameSentence(int s, int j, char g, boolean exact) {
    List<PersonAt> here = persons.get(s);
    for (int x = here.size() - 1; x >= 0; x--) {
      if (here.get(x).chunk() < j && matches(here.get(x).entity(), g, exact)) {
        return here.get(x).entity();
      }
    }
    return null;
  }

  private @Nullable Entity antecedent(int s, int j, char g, boolean exact) {
    List<PersonAt> here = persons.get(s);
    for (int x = here.size() - 1; x >= 0; x--) {
      if (here.get(x).chunk() < j && matches(here.get(x).entity(), g, exact)) {
        return here.get(x).entity();
      }
    }
    for (int t = s - 1; t >= Math.max(0, s - PRONOUN_LOOKBACK); t--) {
      for (PersonAt pa : persons.get(t)) {
        if (matches(pa.entity(), g, exact)) {
          return pa.entity();
        }
      }
    }
    return null;
  }

  private static boolean matches(Entity e, char g, boolean exact) {
    return exact ? e.gender == g : e.gender == '-';
  }

  /** The last person with this office (and country or IGO, when given) mentioned up to sentence s. */
  @Nullable Entity lastWithTitle(int s, String title, @Nullable String where) {
    boolean generic = title.equals("leader");
    for (int t = s; t >= 0; t--) {
      List<PersonAt> ps = persons.get(t);
      for (int x = ps.size() - 1; x >= 0; x--) {
        Entity e = ps.get(x).entity();
        boolean place = where == null || where.equals(e.actor.country()) || where.equals(e.actor.code());
        boolean office = generic ? "GOV".equals(e.actor.sector()) && !e.titles.isEmpty()
            || e.titles.contains(title) : e.titles.contains(title);
        if (place && office) {
          return e;
        }
      }
    }
    return null;
  }

  private static final WordLists WORDS = WordLists.of(Coreference.class, "name-words.txt");

  // Particles that a surname written alone may begin with ("Le Drian", "von der Leyen"). Unlike the chunker's
  // [name-particles], no "bin", "ibn" or "dos": they are not written at the head of a bare surname.
  private static final Set<String> PARTICLES = WORDS.set("surname-particles");

  /** Words after a full name that are no part of the surname: "Jr.", "III". */
  private static final Set<String> NAME_SUFFIXES = WORDS.set("name-suffixes");

  /** Whether the words are a name suffix alone ("Jr."), which names nobody. */
  static boolean isNameSuffix(String words) {
    return NAME_SUFFIXES.contains(Names.key(words));
  }

  /** The surname key of a name written as a surname only ("Kallas", "Le Drian"), else null. */
  static @Nullable String bareSurname(String name) {
    List<String> toks = Names.keyTokens(name);
    if (toks.isEmpty()) {
      return null;
    }
    for (int i = 0; i < toks.size() - 1; i++) {
      if (!PARTICLES.contains(toks.get(i))) {
        return null;
      }
    }
    return toks.get(toks.size() - 1);
  }

  /** The key of the surname of a full name: the last word, or the first for names written family name first. */
  static @Nullable String surnameOf(String fullName, @Nullable String country) {
    List<String> toks = new java.util.ArrayList<>(Names.keyTokens(fullName));
    while (toks.size() > 2 && NAME_SUFFIXES.contains(toks.get(toks.size() - 1))) {
      toks.remove(toks.size() - 1); // "James Roosevelt Jr." is "Roosevelt" later, not "Jr"
    }
    if (toks.size() < 2) {
      return null;
    }
    boolean familyFirst = country != null && BuiltInTables.FAMILY_NAME_FIRST.contains(country);
    return familyFirst ? toks.get(0) : toks.get(toks.size() - 1);
  }
}
