package org.parley.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.words.WordFiles;

/**
 * The event code tables: CAMEO codes with their names, Goldstein values, quad classes and PLOVER types, and the PLOVER
 * types with their quad categories. Loaded from the project's resource files {@code cameo-codes.txt} and
 * {@code plover-types.txt} (facts re-keyed from the CAMEO codebook, GDELT's Goldstein table and the PLOVER manual; the
 * files carry the source note). Immutable and thread-safe.
 */
public final class Ontology {
  private static final Ontology STANDARD = load();

  /**
   * One CAMEO code.
   *
   * @param code the code, 2 to 4 digits
   * @param goldstein its Goldstein score
   * @param ploverType its PLOVER type, or null for CAMEO roots 01 and 02 (PLOVER drops them)
   * @param ploverMode its PLOVER mode, when the mapping gives one
   * @param quad quad class: VC, MC, VK or MK (verbal/material cooperation/conflict)
   * @param label the CAMEO name
   */
  public record CameoCode(String code, double goldstein, @Nullable String ploverType, @Nullable String ploverMode,
                          String quad, String label) {
    /** The first two digits. */
    public String root() {
      return code.substring(0, 2);
    }
  }

  private final Map<String, CameoCode> codes;
  private final Map<String, String> ploverQuad;
  private final java.util.Set<String> needRecipient;

  private Ontology(Map<String, CameoCode> codes, Map<String, String> ploverQuad, java.util.Set<String> needRecipient) {
    this.codes = Map.copyOf(codes);
    this.ploverQuad = Map.copyOf(ploverQuad);
    this.needRecipient = java.util.Set.copyOf(needRecipient);
  }

  /** Whether PLOVER requires a recipient for the type (material cooperation, aid, sanctions). */
  public boolean requiresRecipient(String ploverType) {
    return needRecipient.contains(ploverType.toUpperCase(Locale.ROOT));
  }

  /** The tables shipped with Parley. */
  public static Ontology standard() {
    return STANDARD;
  }

  /** The entry for a code, or for its nearest listed parent ("0841x" falls back to "0841", then "084"). */
  public Optional<CameoCode> lookup(String code) {
    String c = code.trim();
    while (c.length() >= 2) {
      CameoCode hit = codes.get(c);
      if (hit != null) {
        return Optional.of(hit);
      }
      c = c.substring(0, c.length() - 1);
    }
    return Optional.empty();
  }

  /** Whether the code itself (not just a parent) is in the CAMEO table. */
  public boolean isCode(String code) {
    return codes.containsKey(code);
  }

  /** The Goldstein score of a code (nearest parent), or 0 for an unknown code. */
  public double goldstein(String code) {
    return lookup(code).map(CameoCode::goldstein).orElse(0.0);
  }

  /** The PLOVER type of a code (nearest parent), or null when PLOVER has no event for it. */
  public @Nullable String ploverType(String code) {
    return lookup(code).map(CameoCode::ploverType).orElse(null);
  }

  /** The quad category (VC, MC, VK, MK) of a PLOVER type, or null for an unknown type. */
  public @Nullable String ploverQuad(String ploverType) {
    return ploverQuad.get(ploverType.toUpperCase(Locale.ROOT));
  }

  private static Ontology load() {
    Map<String, CameoCode> codes = new HashMap<>();
    for (String line : lines("cameo-codes.txt")) {
      String[] f = line.split("\t", 6);
      if (f.length < 6) {
        throw new IllegalStateException("cameo-codes.txt: bad line: " + line);
      }
      codes.put(f[0], new CameoCode(f[0], Double.parseDouble(f[1]), dash(f[2]), dash(f[3]), f[4], f[5]));
    }
    Map<String, String> quads = new HashMap<>();
    java.util.Set<String> needRecipient = new java.util.HashSet<>();
    for (String line : lines("plover-types.txt")) {
      String[] f = line.split("\t");
      quads.put(f[0], f[1]);
      if (f.length > 2 && f[2].equals("yes")) {
        needRecipient.add(f[0]);
      }
    }
    return new Ontology(codes, quads, needRecipient);
  }

  private static @Nullable String dash(String s) {
    return s.equals("-") || s.isEmpty() ? null : s;
  }

  static java.util.List<String> lines(String resource) {
    return WordFiles.lines(Ontology.class, resource);
  }

}
