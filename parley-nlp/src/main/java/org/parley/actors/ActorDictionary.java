package org.parley.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * Names of actors and role words, looked up by normalised name (case, accents, a possessive "'s" and a leading
 * "the" do not matter).
 *
 * <p>The built-in dictionary holds every ISO 3166 country with its names, adjectives and capitals; seats of
 * government used as metonyms ("the Kremlin" → {@code RUSGOV}, "the Pentagon" → {@code USAMIL}); international
 * bodies with CAMEO-style {@code IGO…} codes; role words with their sectors; and a date-bounded table of heads of
 * state and government and foreign and defence ministers. Users add actors from TABARI/CAMEO dictionary files
 * ({@link #withTabari}) or a simple CSV ({@link #withCsv}); user entries win over built-in ones for the same name.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ActorDictionary {
  private static volatile @Nullable ActorDictionary builtIn;

  private final Map<String, List<Entry>> names;
  private final Map<String, Role> roles;
  private final Set<String> prefixes;
  private final Set<String> rolePrefixes = new HashSet<>();
  private final Set<String> placeModifiers;
  private final Map<String, List<Entry>> surnames;
  private final Map<String, List<Entry>> holders;
  private final Map<String, String> countryNames;
  private final Map<String, Character> givenNames;
  private final int maxWords;

  private ActorDictionary(Builder b) {
    this.names = b.names;
    this.roles = b.roles;
    this.surnames = b.surnames;
    this.holders = b.holders;
    this.countryNames = b.countryNames;
    this.givenNames = b.givenNames;
    this.placeModifiers = b.placeModifiers;
    Set<String> p = new HashSet<>();
    int max = 1;
    for (String k : b.names.keySet()) {
      max = Math.max(max, addPrefixes(p, k));
    }
    for (String k : b.roles.keySet()) {
      max = Math.max(max, addPrefixes(p, k));
      addPrefixes(rolePrefixes, k);
    }
    this.prefixes = p;
    this.maxWords = max;
  }

  private static int addPrefixes(Set<String> p, String key) {
    int words = 1;
    for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
      p.add(key.substring(0, i));
      words++;
    }
    p.add(key);
    return words;
  }

  /**
   * The built-in dictionary, loaded from the module's resources once per process.
   *
   * @return the shared built-in dictionary
   */
  public static ActorDictionary builtIn() {
    ActorDictionary d = builtIn;
    if (d == null) {
      synchronized (ActorDictionary.class) {
        d = builtIn;
        if (d == null) {
          d = new ActorDictionary(BuiltInTables.load(new Builder()));
          builtIn = d;
        }
      }
    }
    return d;
  }

  /**
   * A copy of this dictionary with the actors of a TABARI/CAMEO actor dictionary file added (UTF-8).
   *
   * @param file the dictionary file: {@code NAME_ [CODE]} lines, {@code +SYNONYM_} lines, indented date-bounded
   *     code lines such as {@code [ESTGOV 210126-240715]}, {@code >yymmdd} and {@code <yymmdd}, {@code #}, {@code ;}
   *     and {@code <!-- -->} comments
   * @return a new dictionary; this one is unchanged
   * @throws DictionaryFormatException when a line is malformed (the message names the line)
   * @throws IOException when the file cannot be read
   */
  public ActorDictionary withTabari(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return withTabari(r, file.toString());
    }
  }

  /**
   * As {@link #withTabari(Path)}, reading from a reader.
   *
   * @param reader the dictionary text
   * @param sourceName the name used in error messages
   * @return a new dictionary
   * @throws IOException when reading fails or a line is malformed
   */
  public ActorDictionary withTabari(Reader reader, String sourceName) throws IOException {
    List<UserDictionaries.UserActor> actors = UserDictionaries.parseTabari(lines(reader), sourceName);
    return withUserActors(actors);
  }

  /**
   * A copy of this dictionary with the actors of a CSV file added (UTF-8): lines {@code name,code[,from,to]} with
   * ISO dates ({@code 2021-01-26}) or empty dates, an optional header line {@code name,code,...}, {@code #}
   * comments, and double quotes around fields that hold commas.
   *
   * @param file the CSV file
   * @return a new dictionary; this one is unchanged
   * @throws DictionaryFormatException when a line is malformed
   * @throws IOException when the file cannot be read
   */
  public ActorDictionary withCsv(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return withCsv(r, file.toString());
    }
  }

  /**
   * As {@link #withCsv(Path)}, reading from a reader.
   *
   * @param reader the CSV text
   * @param sourceName the name used in error messages
   * @return a new dictionary
   * @throws IOException when reading fails or a line is malformed
   */
  public ActorDictionary withCsv(Reader reader, String sourceName) throws IOException {
    return withUserActors(UserDictionaries.parseCsv(lines(reader), sourceName));
  }

  private ActorDictionary withUserActors(List<UserDictionaries.UserActor> actors) {
    Builder b = new Builder(this);
    for (UserDictionaries.UserActor a : actors) {
      b.addUser(a);
    }
    return new ActorDictionary(b);
  }

  private static List<String> lines(Reader reader) throws IOException {
    BufferedReader br = reader instanceof BufferedReader x ? x : new BufferedReader(reader);
    List<String> out = new ArrayList<>();
    for (String l = br.readLine(); l != null; l = br.readLine()) {
      out.add(l);
    }
    return out;
  }

  /**
   * Looks a whole name up ("Russia", "the Kremlin", "Iranian", "Kaja Kallas", "NATO") and returns the actor it
   * denotes on a date: date-bounded entries (leaders, dated user entries) give their role only within their term;
   * a known person outside every term gets the {@code ELI} (elite) sector of the country of their last term.
   *
   * @param name the name as written
   * @param date the article date, or null to take the most recent term
   * @return the actor, or empty when the name is not in the dictionary (role words alone are not actors)
   */
  /**
   * Every reading of a whole name, for users to see how it resolves: each dated role and each table that knows it,
   * the one the resolver takes on the date marked as chosen.
   *
   * @param name the name as written
   * @param date the date to choose a role for, or null for the most recent
   * @return the readings in the dictionary's order; empty when the name is unknown
   */
  public List<NameReading> explain(String name, @Nullable LocalDate date) {
    Objects.requireNonNull(name, "name");
    String bare = name.strip().replaceFirst("^(?i:the)\\s+", "");
    boolean acronym = Names.isAcronym(bare);
    List<Entry> es = new ArrayList<>(entries(Names.key(name)));
    es.removeIf(e -> e.acronym() && !acronym);
    Entry chosen = pick(es, date);
    List<NameReading> out = new ArrayList<>();
    for (Entry e : es) {
      out.add(NameReading.of(e, e == chosen));
    }
    return out;
  }

  public Optional<Actor> lookup(String name, @Nullable LocalDate date) {
    Objects.requireNonNull(name, "name");
    String bare = name.strip().replaceFirst("^(?i:the)\\s+", "");
    boolean acronym = Names.isAcronym(bare);
    List<Entry> es = new ArrayList<>(entries(Names.key(name)));
    es.removeIf(e -> e.acronym() && !acronym);
    return es.isEmpty() ? Optional.empty() : Optional.of(actorFor(es, date));
  }

  /** @return the number of distinct names and role words known */
  public int size() {
    return names.size() + roles.size();
  }

  List<Entry> entries(String key) {
    return names.getOrDefault(key, List.of());
  }

  @Nullable Role role(String key) {
    return roles.get(key);
  }

  /** Whether a word may stand between "of" and a place ("the northern West Bank"). */
  boolean isPlaceModifier(String key) {
    return placeModifiers.contains(key);
  }

  /** Whether a role phrase starts with this word sequence ("home" of "home secretary"). */
  boolean isRolePrefix(String key) {
    return rolePrefixes.contains(key);
  }

  boolean isPrefix(String key) {
    return prefixes.contains(key);
  }

  int maxWords() {
    return maxWords;
  }

  List<Entry> bySurname(String key) {
    return surnames.getOrDefault(key, List.of());
  }

  List<Entry> holders(String countryOrIgo, String title) {
    return holders.getOrDefault(countryOrIgo + "|" + title, List.of());
  }

  /** All entries of the one person with this surname whose term covers the date, or empty if none or several. */
  List<Entry> uniqueActiveBySurname(String surname, @Nullable LocalDate date) {
    Set<String> people = new LinkedHashSet<>();
    for (Entry e : bySurname(surname)) {
      if (date != null ? e.activeOn(date) : e.to() == null) {
        people.add(e.name());
      }
    }
    return people.size() == 1 ? entries(Names.key(people.iterator().next())) : List.of();
  }

  /** All entries of the one person in the tables with this surname, whatever the date, or empty if none or several. */
  List<Entry> uniqueBySurname(String surname) {
    Set<String> people = new LinkedHashSet<>();
    for (Entry e : bySurname(surname)) {
      people.add(e.name());
    }
    return people.size() == 1 ? entries(Names.key(people.iterator().next())) : List.of();
  }

  String countryName(String code) {
    return countryNames.getOrDefault(code, code);
  }

  /** 'M' or 'F' for a common given name (by token key), else '-'. */
  char givenNameGender(String key) {
    return givenNames.getOrDefault(key, '-');
  }

  boolean isCountry(String code) {
    return countryNames.containsKey(code);
  }

  /** The entry that applies on a date: an active dated one, else an undated one, else null. */
  static @Nullable Entry pick(List<Entry> es, @Nullable LocalDate date) {
    Entry undated = null;
    Entry latest = null;
    for (Entry e : es) {
      if (!e.dated()) {
        if (undated == null) {
          undated = e;
        }
        continue;
      }
      if (date != null ? e.activeOn(date) : e.to() == null) {
        return e;
      }
      if (date == null && (latest == null || latest.to() != null && e.to().isAfter(latest.to()))) {
        latest = e;
      }
    }
    return undated != null ? undated : latest;
  }

  /** The actor for the entries of one name on a date (see {@link #lookup}). */
  Actor actorFor(List<Entry> es, @Nullable LocalDate date) {
    Entry e = pick(es, date);
    if (e != null) {
      return toActor(e);
    }
    // A known person outside all terms: an elite of the country of their most recent term before the date.
    Entry last =
        es.stream()
            .filter(x -> x.country() != null && (x.from() == null || date == null || !x.from().isAfter(date)))
            .max(Comparator.comparing(x -> x.from() == null ? LocalDate.MIN : x.from()))
            .orElse(es.stream().filter(x -> x.country() != null).findFirst().orElse(es.get(0)));
    String country = last.country();
    String code = (country == null ? ActorResolver.UNKNOWN : country) + "ELI";
    return new Actor(code, last.name(), last.kind(), country, "ELI");
  }

  static Actor toActor(Entry e) {
    return new Actor(e.code(), e.name(), e.kind(), e.country(), e.sector());
  }

  /** Mutable tables while loading; handed over to the immutable dictionary. */
  static final class Builder {
    final Map<String, List<Entry>> names;
    final Map<String, Role> roles;
    final Map<String, List<Entry>> surnames;
    final Map<String, List<Entry>> holders;
    final Map<String, String> countryNames;
    final Map<String, Character> givenNames;
    final Set<String> placeModifiers = new HashSet<>();

    Builder() {
      givenNames = new HashMap<>();
      names = new HashMap<>();
      roles = new HashMap<>();
      surnames = new HashMap<>();
      holders = new HashMap<>();
      countryNames = new HashMap<>();
    }

    Builder(ActorDictionary d) {
      names = deepCopy(d.names);
      roles = new HashMap<>(d.roles);
      surnames = deepCopy(d.surnames);
      holders = d.holders;
      countryNames = d.countryNames;
      givenNames = d.givenNames;
      placeModifiers.addAll(d.placeModifiers);
    }

    private static Map<String, List<Entry>> deepCopy(Map<String, List<Entry>> m) {
      Map<String, List<Entry>> c = new HashMap<>(m.size() * 2);
      m.forEach((k, v) -> c.put(k, new ArrayList<>(v)));
      return c;
    }

    void addName(String surface, Entry e) {
      String key = Names.key(surface);
      if (!key.isEmpty()) {
        names.computeIfAbsent(key, k -> new ArrayList<>()).add(e.withAcronym(Names.isAcronym(surface)));
      }
    }

    void addSurname(String fullName, Entry e, boolean familyNameFirst) {
      List<String> toks = Names.keyTokens(fullName);
      if (toks.size() >= 2) {
        String s = familyNameFirst ? toks.get(0) : toks.get(toks.size() - 1);
        surnames.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
      }
    }

    void addHolder(String countryOrIgo, String title, Entry e) {
      holders.computeIfAbsent(countryOrIgo + "|" + title, k -> new ArrayList<>()).add(e);
    }

    void addUser(UserDictionaries.UserActor a) {
      String country = null;
      String sector = null;
      String code = a.code();
      if (!code.startsWith("IGO") && code.length() >= 3 && countryNames.containsKey(code.substring(0, 3))) {
        country = code.substring(0, 3);
        sector = code.length() > 3 ? code.substring(3) : null;
      }
      Entry e =
          new Entry(Entry.Type.USER, code, a.displayName(), a.kind(), country, sector, null, '-', a.from(), a.to(),
              false);
      Set<String> done = new LinkedHashSet<>();
      for (String n : a.names()) {
        String key = Names.key(n);
        if (key.isEmpty() || !done.add(key)) {
          continue;
        }
        // User entries go first so that they win over built-in ones for the same name.
        names.computeIfAbsent(key, k -> new ArrayList<>()).add(0, e.withAcronym(Names.isAcronym(n)));
        if (a.kind() == ActorKind.PERSON) {
          addSurname(n, e, false);
        }
      }
    }

    static InputStream resource(String name) {
      InputStream in = ActorDictionary.class.getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException("missing built-in resource org/parley/actors/" + name);
      }
      return in;
    }

    static List<String[]> readTsv(String name, int columns) {
      List<String[]> rows = new ArrayList<>();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
        boolean header = true;
        int lineNo = 0;
        for (String l = r.readLine(); l != null; l = r.readLine()) {
          lineNo++;
          if (l.isBlank() || l.startsWith("#")) {
            continue;
          }
          if (header) {
            header = false;
            continue;
          }
          String[] f = l.split("\t", -1);
          if (f.length != columns) {
            throw new IllegalStateException(name + ":" + lineNo + ": expected " + columns + " columns");
          }
          rows.add(f);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read built-in resource " + name, e);
      }
      return rows;
    }
  }
}
