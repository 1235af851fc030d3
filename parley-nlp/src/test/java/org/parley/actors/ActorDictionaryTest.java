package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

class ActorDictionaryTest {
  private static final ActorDictionary DICT = ActorDictionary.builtIn();
  private static final LocalDate D2022 = LocalDate.of(2022, 6, 1);

  static Path resource(String name) throws URISyntaxException {
    return Path.of(Objects.requireNonNull(ActorDictionaryTest.class.getResource("/actors/" + name)).toURI());
  }

  private static String code(String name, LocalDate date) {
    return DICT.lookup(name, date).map(Actor::code).orElse("-");
  }

  @ParameterizedTest
  @CsvSource({
    "Russia, RUS", "Russia's, RUS", "the Kremlin, RUSGOV", "Élysée, FRAGOV", "the Elysee, FRAGOV",
    "U.S., USA", "US, USA", "United States of America, USA", "Iranian, IRN", "Chinese, CHN", "Tehran, IRN",
    "Zhongnanhai, CHNGOV", "the Pentagon, USAMIL", "Foggy Bottom, USAGOV", "Whitehall, GBRGOV",
    "Downing Street, GBRGOV", "NATO, IGOWSTNAT", "the United Nations, IGOUNO", "EU, IGOEUREEC",
    "Côte d'Ivoire, CIV", "Ivory Coast, CIV", "Türkiye, TUR", "KYIV, UKR"
  })
  void looksUpNormalisedNames(String name, String code) {
    assertEquals(code, code(name, D2022));
  }

  @Test
  void acronymsMustBeWrittenInCapitals() {
    assertEquals("-", code("us", D2022));
    assertEquals("-", code("who", D2022));
    assertEquals("IGOUNOWHO", code("WHO", D2022));
  }

  @Test
  void brusselsIsNotTheEu() {
    assertEquals("-", code("Brussels", D2022));
  }

  @Test
  void everyCountryOfIso3166IsThere() {
    assertTrue(DICT.isCountry("EST") && DICT.isCountry("TUV") && DICT.isCountry("ATA"));
    java.util.Set<String> missing = new java.util.TreeSet<>(
        java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA3));
    missing.removeIf(DICT::isCountry);
    assertEquals(java.util.Set.of(), missing, "ISO 3166 countries missing from countries.tsv");
  }

  @Test
  void leaderHasRoleOnlyWithinTerm() {
    assertEquals("ESTELI", code("Kaja Kallas", LocalDate.of(2018, 5, 1)));
    assertEquals("ESTGOV", code("Kaja Kallas", LocalDate.of(2022, 5, 1)));
    assertEquals("IGOEUREEC", code("Kaja Kallas", LocalDate.of(2025, 3, 1)));
    Actor johnson = DICT.lookup("Boris Johnson", LocalDate.of(2024, 1, 1)).orElseThrow();
    assertEquals("ELI", johnson.sector());
    assertEquals("GBR", johnson.country());
  }

  @Test
  void importsTabariDictionaryWithDatedRolesAndSynonyms() throws Exception {
    ActorDictionary d = DICT.withTabari(resource("baltic.tabari.txt"));
    Actor tamm2020 = d.lookup("Juhan Tamm", LocalDate.of(2020, 2, 1)).orElseThrow();
    assertEquals("ESTGOV", tamm2020.code());
    assertEquals(ActorKind.PERSON, tamm2020.kind());
    assertEquals("Juhan Tamm", tamm2020.name());
    assertEquals("ESTELI", d.lookup("Tamm", LocalDate.of(2023, 2, 1)).orElseThrow().code());
    assertEquals("ESTGOV", d.lookup("J. Tamm", LocalDate.of(2021, 2, 1)).orElseThrow().code());
    Actor acme = d.lookup("Acme Oil", D2022).orElseThrow();
    assertEquals("ESTBUS", acme.code());
    assertEquals(ActorKind.ORGANIZATION, acme.kind());
    assertEquals("EST", acme.country());
    assertEquals("BUS", acme.sector());
    assertEquals(ActorKind.IGO, d.lookup("Nordic Defence Pact", D2022).orElseThrow().kind());
    // The built-in dictionary is unchanged.
    assertTrue(DICT.lookup("Juhan Tamm", D2022).isEmpty());
  }

  @Test
  void importsCsv() throws Exception {
    ActorDictionary d = DICT.withCsv(resource("baltic.csv"));
    assertEquals("LVAGOV", d.lookup("Mari Maasikas", LocalDate.of(2021, 1, 1)).orElseThrow().code());
    assertEquals("LVAELI", d.lookup("Mari Maasikas", LocalDate.of(2024, 1, 1)).orElseThrow().code());
    assertEquals("LVABUS", d.lookup("Baltic Grain, Ltd", D2022).orElseThrow().code());
    assertEquals("LVACOP", d.lookup("the Riga Harbour Police", D2022).orElseThrow().code());
  }

  @Test
  void malformedTabariLineIsReportedWithItsLine() throws Exception {
    DictionaryFormatException e =
        assertThrows(DictionaryFormatException.class, () -> DICT.withTabari(resource("broken.tabari.txt")));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("2101-"), e.getMessage());
  }

  @Test
  void malformedCsvIsRejected() {
    DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
        () -> DICT.withCsv(new StringReader("name,code\nSomeone,ESTGOV,2020-13-01,\n"), "inline.csv"));
    assertEquals(2, e.line());
    assertThrows(DictionaryFormatException.class,
        () -> DICT.withTabari(new StringReader("+ORPHAN_\n"), "inline.txt"));
    assertThrows(DictionaryFormatException.class,
        () -> DICT.withTabari(new StringReader("NO_CODE_\nOTHER_ [EST]\n"), "inline.txt"));
  }

  @Test
  void unreadableFileRaisesIoException() {
    assertThrows(IOException.class, () -> DICT.withCsv(Path.of("does-not-exist.csv")));
  }
}
