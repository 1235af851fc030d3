package org.parley.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The display name of an actor code ("RUSGOV" → "Russia (government)", "IGOWSTNAT" → "NATO"), so that lists of
 * actors show what a code stands for rather than whichever mention happened to carry it; mentions stay evidence.
 */
public final class ActorNames {
  private static final Map<String, String> SECTORS = Map.ofEntries(
      Map.entry("GOV", "government"), Map.entry("OPP", "opposition"), Map.entry("LEG", "legislature"),
      Map.entry("MIL", "military"), Map.entry("COP", "police"), Map.entry("JUD", "judiciary"),
      Map.entry("MED", "media"), Map.entry("BUS", "business"), Map.entry("NGO", "NGOs"),
      Map.entry("IGO", "international bodies"), Map.entry("CVL", "civilians"), Map.entry("REB", "rebels"),
      Map.entry("REL", "clergy"), Map.entry("EDU", "academics"), Map.entry("ELI", "former officials"),
      Map.entry("SPY", "intelligence"), Map.entry("LAB", "labour"), Map.entry("REF", "refugees"),
      Map.entry("PTY", "parties"));
  private static final Map<String, String> NAMES = load();

  private ActorNames() {}

  /** @return the display name of a code, or null when the code's country or body is not known */
  public static @Nullable String of(String code) {
    String exact = NAMES.get(code);
    if (exact != null) {
      return exact;
    }
    if (code.equals("NGO")) {
      return "NGOs";
    }
    if (code.length() >= 6) {
      String place = NAMES.get(code.substring(0, 3));
      String sector = SECTORS.get(code.substring(3, 6));
      if (place != null && sector != null) {
        return place + " (" + sector + ")";
      }
    }
    return null;
  }

  private static Map<String, String> load() {
    Map<String, String> m = new HashMap<>();
    try (InputStream in = ActorNames.class.getResourceAsStream("actor-names.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/parley/model/actor-names.tsv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        if (l.isBlank() || l.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = l.split("\t", -1);
        m.put(f[0], f[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }
}
