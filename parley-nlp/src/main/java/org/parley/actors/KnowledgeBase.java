package org.parley.actors;

import java.time.LocalDate;
import java.util.Set;
import org.parley.model.ActorKind;

/**
 * Loads the knowledge base converted from the PETRARCH2/Phoenix dictionaries ({@code kb/}, see its README) under the
 * hand-written tables: a name already known from {@code leaders.tsv}, {@code seats.tsv}, {@code igos.tsv} or
 * {@code countries.tsv} keeps its Parley entry, because those carry titles, genders and terms after 2014.
 */
final class KnowledgeBase {
  /** Agent sectors Parley codes; Phoenix's finer ones (crime, health, agriculture …) are not actors of politics. */
  private static final Set<String> AGENT_SECTORS = Set.of("GOV", "OPP", "LEG", "MIL", "COP", "JUD", "MED", "BUS",
      "CVL", "REB", "REL", "EDU", "SPY", "LAB", "REF", "NGO");

  /**
   * Phoenix's finer agent sectors that readers code as one of Parley's: farmers and ranchers run businesses, human
   * rights groups are NGOs.
   */
  private static final java.util.Map<String, String> PHOENIX_SECTORS = java.util.Map.of("AGR", "BUS", "HRI", "NGO");

  /** Phoenix writes state branches as GOV + branch; Parley codes the branch itself. */
  private static final Set<String> BRANCHES = Set.of("LEG", "JUD", "MIL", "COP", "MED", "SPY");
  private static final String KB_ORGS = "PETRARCH2/Phoenix, kb/organisations.tsv";

  /** Agent nouns that news uses far more often for an act: "calls for the publication of the advice". */
  private static final Set<String> ACT_NOUNS = Set.of("publication", "publications");
  private static final Set<String> INSTITUTION_WORDS = Set.of("universities", "ministries", "departments",
      "agencies", "offices", "commissions", "councils", "committees", "parties", "banks", "companies", "courts",
      "posts", "stations", "academy", "academies", "bureau", "bureaus", "authority", "authorities", "board", "boards",
      "service", "services", "unit", "units", "headquarters", "base", "bases", "station", "post", "firm", "firms");

  private KnowledgeBase() {}

  static void load(ActorDictionary.Builder b) {
    Set<String> excluded = new java.util.HashSet<>();
    for (String[] f : ActorDictionary.Builder.readTsv("kb-exclusions.tsv", 2)) {
      excluded.add(Names.key(f[0]));
    }
    for (String[] f : ActorDictionary.Builder.readTsv("kb/places.tsv", 2)) {
      if (!b.names.containsKey(Names.key(f[0])) && !excluded.contains(Names.key(f[0]))
          && b.countryNames.containsKey(f[1])) {
        b.addName(f[0], new Entry(Entry.Type.CAPITAL, f[1], b.countryNames.get(f[1]), ActorKind.STATE, f[1], null,
            null, '-', null, null, false, "PETRARCH2/Phoenix, kb/places.tsv"));
      }
    }
    for (String[] f : ActorDictionary.Builder.readTsv("kb/organisations.tsv", 3)) {
      Entry e = organisation(b, f[0], f[1]);
      addNew(b, f[0], e);
      for (String alias : split(f[2])) {
        addNew(b, alias, e);
      }
    }
    for (String[] f : ActorDictionary.Builder.readTsv("kb/people.tsv", 3)) {
      if (b.names.containsKey(Names.key(f[0]))) {
        continue; // known from Parley's own tables, as a person or as anything else ("The Islamic State")
      }
      for (String role : f[1].split(";")) {
        Entry e = person(b, f[0], role);
        b.addName(f[0], e);
        for (String alias : split(f[2])) {
          b.addName(alias, e);
        }
      }
    }
    for (String[] f : ActorDictionary.Builder.readTsv("kb/agents.tsv", 3)) {
      String last = f[0].substring(f[0].lastIndexOf(' ') + 1);
      // Agents that name institutions ("university", "police post") would keep "Riga Technical University" from
      // being read as one organisation; people and groups of people are what the role patterns need.
      String sector = PHOENIX_SECTORS.getOrDefault(f[1], f[1]);
      if (AGENT_SECTORS.contains(sector) && !Chunker.ORG_WORDS.containsKey(last) && !Chunker.PLACE_WORDS.contains(last)
          && !INSTITUTION_WORDS.contains(last) && !ACT_NOUNS.contains(last)) {
        // A singular agent may stand before a name ("airline boss Tony Fernandes"); alone it is a group, as before.
        Role r = new Role(sector, "singular".equals(f[2]) ? Role.Type.AGENT : Role.Type.GROUP, "-", '-', false);
        b.roles.putIfAbsent(Names.key(f[0]), r);
      }
    }
  }

  /** One dated role: "RUSGOV 2004-03-09.." or an undated "GBRELI". */
  private static Entry person(ActorDictionary.Builder b, String name, String role) {
    String[] cf = role.split(" ", 2);
    String code = cf[0];
    LocalDate from = null;
    LocalDate to = null;
    if (cf.length == 2) {
      String[] ft = cf[1].split("\\.\\.", -1);
      from = ft[0].isEmpty() ? null : LocalDate.parse(ft[0]);
      to = ft.length < 2 || ft[1].isEmpty() ? null : LocalDate.parse(ft[1]);
    }
    String country = countryOf(b, code);
    String sector = country != null && code.length() >= 6 ? code.substring(3, 6) : null;
    // Parley codes are country + one sector; Phoenix's sub-sectors (GBRGOVJUD) stay in the name of the office only.
    String parleyCode = country != null && sector != null ? country + sector : code;
    return new Entry(Entry.Type.PERSON, parleyCode, name, ActorKind.PERSON, country, sector, null, '-', from, to,
        false, "PETRARCH2/Phoenix, kb/people.tsv");
  }

  private static Entry organisation(ActorDictionary.Builder b, String name, String code) {
    String country = countryOf(b, code);
    if (code.startsWith("IGO")) {
      return new Entry(Entry.Type.IGO, code, name, ActorKind.IGO, null, null, null, '-', null, null, false, KB_ORGS);
    }
    String sector = country != null && code.length() >= 6 ? code.substring(3, 6) : null;
    if (sector != null && code.length() >= 9 && BRANCHES.contains(code.substring(6, 9))) {
      sector = code.substring(6, 9); // USAGOVLEG, the Congress, is the legislature; EGYGOVMED, state media, is media
    }
    // A non-governmental body with no country is coded NGO alone; Phoenix's topic suffixes (NGOHRIAMN) are not.
    String parleyCode = country != null ? country + (sector == null ? "" : sector)
        : code.startsWith("NGO") ? "NGO" : code;
    return new Entry(Entry.Type.SEAT, parleyCode, name, ActorKind.ORGANIZATION, country, sector, null, '-', null,
        null, false, KB_ORGS);
  }

  private static @org.jspecify.annotations.Nullable String countryOf(ActorDictionary.Builder b, String code) {
    return code.length() >= 3 && b.countryNames.containsKey(code.substring(0, 3)) ? code.substring(0, 3) : null;
  }

  private static void addNew(ActorDictionary.Builder b, String name, Entry e) {
    // "Senate" is an alias of the US Congress in Phoenix, but every bicameral country has one: role words stay roles.
    String key = Names.key(name);
    if (!b.names.containsKey(key) && !b.roles.containsKey(key) && !composed(b, key)) {
      b.addName(name, e);
    }
  }

  /**
   * "German Chancellor" is listed as a name of the Reichstag; the resolver reads a country word before a role itself
   * (and finds the chancellor of the day), so such aliases are left out.
   */
  private static boolean composed(ActorDictionary.Builder b, String key) {
    for (int i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) {
      if (b.roles.containsKey(key.substring(i + 1)) && b.names.containsKey(key.substring(0, i))) {
        return true;
      }
    }
    return false;
  }

  private static String[] split(String field) {
    return field.isEmpty() ? new String[0] : field.split("\\|");
  }
}
