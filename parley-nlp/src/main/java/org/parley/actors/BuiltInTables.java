package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.ActorKind;

/** Loads the built-in TSV tables (countries, places, seats, IGOs, roles, leaders) into a dictionary builder. */
final class BuiltInTables {
  // Names written family name first in English-language news, so the surname is the first word.
  static final Set<String> FAMILY_NAME_FIRST = Set.of("CHN", "PRK", "KOR", "TWN", "VNM", "HKG");

  /** The source of region entries ("the West"), which stand alone only after "the". */
  static final String REGIONS = "regions.tsv";

  private BuiltInTables() {}

  static ActorDictionary.Builder load(ActorDictionary.Builder b) {
    for (String[] f : ActorDictionary.Builder.readTsv("countries.tsv", 5)) {
      String code = f[0];
      String name = f[1];
      b.countryNames.put(code, name);
      Entry country = new Entry(Entry.Type.COUNTRY, code, name, ActorKind.STATE, code, null, null, '-', null, null,
          false);
      b.addName(name, country);
      for (String alias : split(f[2])) {
        b.addName(alias, country);
      }
      Entry adjective = new Entry(Entry.Type.ADJECTIVE, code, name, ActorKind.STATE, code, null, null, '-', null,
          null, false);
      for (String adj : split(f[3])) {
        b.addName(adj, adjective);
      }
      Entry capital = new Entry(Entry.Type.CAPITAL, code, name, ActorKind.STATE, code, null, null, '-', null, null,
          false);
      for (String cap : split(f[4])) {
        b.addName(cap, capital);
      }
    }
    for (String[] f : ActorDictionary.Builder.readTsv("regions.tsv", 4)) {
      Entry.Type type = "adjective".equals(f[3]) ? Entry.Type.ADJECTIVE : Entry.Type.COUNTRY;
      b.addName(f[0], new Entry(type, f[1], f[2], ActorKind.STATE, f[1], null, null, '-', null, null, false,
          REGIONS));
    }
    // Cities and regions are places of their country, coded like a capital ("clashes in Aleppo" -> SYR).
    for (String[] f : ActorDictionary.Builder.readTsv("places.tsv", 2)) {
      String name = b.countryNames.getOrDefault(f[1], f[1]);
      b.addName(f[0], new Entry(Entry.Type.CAPITAL, f[1], name, ActorKind.STATE, f[1], null, null, '-', null, null,
          false));
    }
    for (String[] f : ActorDictionary.Builder.readTsv("seats.tsv", 3)) {
      String code = f[1];
      String country = code.substring(0, 3);
      String sector = code.length() > 3 ? code.substring(3) : null;
      b.addName(f[0], new Entry(Entry.Type.SEAT, code, f[0], ActorKind.valueOf(f[2]), country, sector, null, '-',
          null, null, false));
    }
    for (String[] f : ActorDictionary.Builder.readTsv("igos.tsv", 4)) {
      Entry igo = new Entry(Entry.Type.IGO, f[0], f[1], ActorKind.IGO, null, null, null, '-', null, null, false);
      b.addName(f[1], igo);
      for (String alias : split(f[2])) {
        b.addName(alias, igo);
      }
    }
    for (String[] f : ActorDictionary.Builder.readTsv("parties.tsv", 4)) {
      for (Entry e : partyEntries(f[0], f[1], f[3])) {
        b.addName(f[0], e);
        for (String alias : split(f[2])) {
          b.addName(alias, e);
        }
      }
    }
    for (String[] f : ActorDictionary.Builder.readTsv("roles.tsv", 5)) {
      b.roles.put(Names.key(f[0]), new Role(f[1], Role.Type.valueOf(f[2]), f[3], f[4].charAt(0),
          Names.isAcronym(f[0])));
    }
    for (String[] f : ActorDictionary.Builder.readTsv("leaders.tsv", 8)) {
      boolean igo = f[1].startsWith("IGO");
      String country = igo ? null : f[1];
      String code = igo ? f[1] : f[1] + f[2];
      LocalDate from = f[4].isEmpty() ? null : LocalDate.parse(f[4]);
      LocalDate to = f[5].isEmpty() ? null : LocalDate.parse(f[5]);
      Entry e = new Entry(Entry.Type.PERSON, code, f[0], ActorKind.PERSON, country, igo ? null : f[2], f[3],
          f[6].charAt(0), from, to, false);
      boolean familyFirst = country != null && FAMILY_NAME_FIRST.contains(country);
      b.addName(f[0], e);
      b.addSurname(f[0], e, familyFirst);
      for (String alias : split(f[7])) {
        b.addName(alias, e);
        b.addSurname(alias, e, familyFirst);
      }
      b.addHolder(f[1], f[3], e);
    }
    for (String[] f : ActorDictionary.Builder.readTsv("place-modifiers.tsv", 1)) {
      b.placeModifiers.add(f[0]);
    }
    KnowledgeBase.load(b);
    for (String[] f : ActorDictionary.Builder.readTsv("given-names.tsv", 2)) {
      b.givenNames.put(Names.tokenKey(f[0]), f[1].charAt(0));
    }
    return b;
  }

  /** One GOV entry per governing term, and an undated OPP entry for the rest of the time. */
  private static List<Entry> partyEntries(String name, String country, String governing) {
    List<Entry> out = new ArrayList<>();
    for (String term : split(governing.replace(';', '|'))) {
      String[] ft = term.split("\\.\\.", -1);
      LocalDate from = LocalDate.parse(ft[0]);
      LocalDate to = ft.length < 2 || ft[1].isEmpty() ? null : LocalDate.parse(ft[1]);
      out.add(new Entry(Entry.Type.PARTY, country + "GOV", name, ActorKind.ORGANIZATION, country, "GOV", null, '-',
          from, to, false));
    }
    out.add(new Entry(Entry.Type.PARTY, country + "OPP", name, ActorKind.ORGANIZATION, country, "OPP", null, '-',
        null, null, false));
    return out;
  }

  private static String[] split(String field) {
    return field.isEmpty() ? new String[0] : field.split("\\|");
  }
}
