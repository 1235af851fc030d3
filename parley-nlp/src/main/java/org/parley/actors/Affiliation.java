package org.parley.actors;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.parley.model.Actor;

/** Sector choices that depend on who a person speaks for: their party's place on the day, a shadow office. */
final class Affiliation {
  private Affiliation() {}

  /** Countries of parties.tsv whose executive is elected apart from the legislature. */
  private static final java.util.Set<String> PRESIDENTIAL = java.util.Set.of("USA");

  /**
   * The sector of someone whose role gives {@code roleSector}, named with a party ("Tory leader", "Republican
   * senator"). An opposition party turns executive-like roles (leader, spokesman, shadow minister) and a bare party
   * label into OPP, and so a legislator of a party out of power on a known day; other branches stay (a lawyer
   * speaks as a lawyer).
   * A governing party gives GOV only where no role says otherwise.
   */
  static @Nullable String withParty(@Nullable String roleSector, Chunker.@Nullable Chunk mod,
                                    @Nullable LocalDate date) {
    if (mod == null || mod.entry().type() != Entry.Type.PARTY) {
      return roleSector;
    }
    Entry now = ActorDictionary.pick(mod.entries(), date);
    String party = now == null ? "OPP" : now.sector();
    if (roleSector == null || "-".equals(roleSector)) {
      return party;
    }
    if ("OPP".equals(party) && "LEG".equals(roleSector)) {
      // "Labour MP Yvonne Fovargue attacked the PM" in 2015: in a parliamentary system a member of a party out of
      // power speaks for the opposition; a governing party's MP stays a legislator, and so does anyone when the day
      // is unknown. Where the executive is elected apart from the legislature (the table's presidential countries),
      // "Republican state Sen. Scott Beason" is a legislator whoever holds the presidency.
      boolean presidential = PRESIDENTIAL.contains(mod.entry().country());
      return now == null || presidential ? roleSector : "OPP";
    }
    return "OPP".equals(party) && "GOV".equals(roleSector) ? "OPP" : roleSector;
  }

  /**
   * "navy spokesman", "Senate President", "court spokeswoman": a generic executive title after an institution
   * speaks for that institution, so the institution's sector wins over the title's GOV.
   */
  static void branchOfTitle(java.util.List<Role> roles) {
    int last = roles.size() - 1;
    Role title = roles.get(last);
    if (last > 0 && "LEG".equals(title.sector()) && roles.get(last - 1).type() == Role.Type.ORG
        && ("GOV".equals(roles.get(last - 1).sector()) || "OPP".equals(roles.get(last - 1).sector()))) {
      // "government senators", "opposition MPs": legislators named by the side they vote with
      Role side = roles.get(last - 1);
      roles.set(last, new Role(side.sector(), title.type(), title.title(), title.gender(), title.acronym()));
      return;
    }
    if (last == 0 || title.type() != Role.Type.TITLE || !"GOV".equals(title.sector())) {
      return;
    }
    for (int i = last - 1; i >= 0; i--) {
      Role r = roles.get(i);
      if (r.type() == Role.Type.ORG && !"GOV".equals(r.sector()) && !"-".equals(r.sector())) {
        roles.set(last, new Role(r.sector(), title.type(), title.title(), title.gender(), title.acronym()));
        return;
      }
    }
  }

  /** "shadow home secretary": the same office's title, held for the opposition. */
  static Role shadow(Role r) {
    return new Role("OPP", r.type(), "shadow " + r.title(), r.gender(), r.acronym());
  }

  /**
   * The code an entity keeps when a new mention resolves it again: the newer one only when it knows at least as much
   * (country, then sector), so a bare "Smith said" later never erases "Senator Smith of Ohio".
   */
  static Actor better(Actor old, Actor fresh) {
    return rank(fresh) >= rank(old) ? fresh : old;
  }

  private static int rank(Actor a) {
    boolean country = a.country() != null || a.code().startsWith("IGO");
    return (country ? 2 : 0) + (a.sector() != null ? 1 : 0);
  }
}
