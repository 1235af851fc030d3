package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.model.Span;

class ActorResolverTest {
  private static final ActorResolver RESOLVER = ActorResolver.builtIn();
  private static final LocalDate D2023 = LocalDate.of(2023, 5, 2);

  /** The actor of the mention whose text is exactly {@code text} (the n-th such mention, from 0). */
  static Optional<Actor> actorOf(List<Mention> ms, String text, int nth) {
    int seen = 0;
    for (Mention m : ms) {
      if (m.text().equals(text) && seen++ == nth) {
        return Optional.ofNullable(m.actor());
      }
    }
    return Optional.empty();
  }

  static String code(List<Mention> ms, String text) {
    return actorOf(ms, text, 0).map(Actor::code).orElse("-");
  }

  @Test
  void metonymsResolveToStateOrItsSector() {
    List<Mention> ms = RESOLVER.resolve(
        "Beijing said the White House had misread its intentions, while Downing Street and the Kremlin stayed "
            + "silent. The Pentagon declined to comment and Foggy Bottom issued a short statement.", D2023);
    assertEquals("CHN", code(ms, "Beijing"));
    assertEquals(ActorKind.STATE, actorOf(ms, "Beijing", 0).orElseThrow().kind());
    assertEquals("USAGOV", code(ms, "the White House"));
    assertEquals("GBRGOV", code(ms, "Downing Street"));
    assertEquals("RUSGOV", code(ms, "the Kremlin"));
    assertEquals("USAMIL", code(ms, "The Pentagon"));
    assertEquals("USAGOV", code(ms, "Foggy Bottom"));
  }

  @Test
  void demonymsAndHyphenatedFormsGiveCountries() {
    List<Mention> ms = RESOLVER.resolve(
        "The French-led mission met US-backed fighters near the Russia-Ukraine frontier, an Iranian drone "
            + "overhead.", D2023);
    assertEquals("FRA", code(ms, "French"));
    assertEquals("USA", code(ms, "US"));
    assertEquals("RUS", code(ms, "Russia"));
    assertEquals("UKR", code(ms, "Ukraine"));
    assertEquals("IRN", code(ms, "Iranian"));
    // Being backed by the US does not make the fighters American.
    assertFalse(code(ms, "fighters").startsWith("USA"), code(ms, "fighters"));
  }

  @Test
  void lowerCaseWordsAreNotCountriesOrBodies() {
    List<Mention> ms = RESOLVER.resolve("Tell us who will carve the turkey and polish the china.", D2023);
    assertTrue(ms.isEmpty(), ms.toString());
  }

  @Test
  void internationalBodies() {
    List<Mention> ms = RESOLVER.resolve(
        "NATO and the UN Security Council met as the IAEA, the African Union and the WHO sent observers; "
            + "the European Union stayed away.", D2023);
    assertEquals("IGOWSTNAT", code(ms, "NATO"));
    assertEquals("IGOUNOSEC", code(ms, "the UN Security Council"));
    assertEquals("IGOUNOIAE", code(ms, "the IAEA"));
    assertEquals("IGOAFRAFU", code(ms, "the African Union"));
    assertEquals("IGOUNOWHO", code(ms, "the WHO"));
    assertEquals("IGOEUREEC", code(ms, "the European Union"));
    assertEquals(ActorKind.IGO, actorOf(ms, "NATO", 0).orElseThrow().kind());
  }

  @ParameterizedTest
  @CsvSource({
    "Iranian officials, IRNGOV", "Russian troops, RUSMIL", "Syrian rebels, SYRREB", "Iraqi protesters, IRQCVL",
    "French police, FRACOP", "Turkish lawmakers, TURLEG", "Afghan civilians, AFGCVL", "Israeli soldiers, ISRMIL",
    "Chinese state media, CHNMED", "Brazilian judges, BRAJUD", "German companies, DEUBUS",
    "Ukraine's defence ministry, UKRGOV", "Japanese diplomats, JPNGOV", "Kenyan demonstrators, KENCVL"
  })
  void roleWordsGiveSectors(String phrase, String code) {
    List<Mention> ms = RESOLVER.resolve("Yesterday " + phrase + " spoke.", D2023);
    assertEquals(code, code(ms, phrase), ms.toString());
  }

  @Test
  void nationalityTitleAndNameGivePersonWithGovernmentCode() {
    List<Mention> ms = RESOLVER.resolve(
        "Estonian Prime Minister Kaja Kallas met Chinese Foreign Minister Wang Yi in Tallinn.", D2023);
    Actor kallas = actorOf(ms, "Estonian Prime Minister Kaja Kallas", 0).orElseThrow();
    assertEquals("ESTGOV", kallas.code());
    assertEquals("Kaja Kallas", kallas.name());
    assertEquals(ActorKind.PERSON, kallas.kind());
    Actor wang = actorOf(ms, "Chinese Foreign Minister Wang Yi", 0).orElseThrow();
    assertEquals("CHNGOV", wang.code());
    assertEquals("Wang Yi", wang.name());
  }

  @Test
  void unknownOfficialTakesNationalityFromSentence() {
    List<Mention> ms = RESOLVER.resolve(
        "Latvia will not back down, Defence Minister Andris Ozolins said on Friday.", D2023);
    Actor a = actorOf(ms, "Defence Minister Andris Ozolins", 0).orElseThrow();
    assertEquals("LVAGOV", a.code());
    assertEquals("Andris Ozolins", a.name());
  }

  @Test
  void knownLeaderTakesNationalityFromTableNotFromNearbyCountry() {
    List<Mention> ms = RESOLVER.resolve(
        "Russia must pay for the attack, Prime Minister Kaja Kallas said in Kyiv.", D2023);
    assertEquals("ESTGOV", code(ms, "Prime Minister Kaja Kallas"));
  }

  @Test
  void nationalityFromEarlierSentenceOfParagraph() {
    List<Mention> ms = RESOLVER.resolve(
        "Lithuania closed two border crossings on Sunday. Interior Minister Agne Bilotaite said the move was "
            + "temporary.", D2023);
    assertEquals("LTUGOV", code(ms, "Interior Minister Agne Bilotaite"));
  }

  @Test
  void leadersTableRespectsTermDates() {
    String text = "Boris Johnson said the talks had failed.";
    assertEquals("GBRGOV", code(RESOLVER.resolve(text, LocalDate.of(2021, 6, 1)), "Boris Johnson"));
    assertEquals("GBRGOV", code(RESOLVER.resolve(text, LocalDate.of(2017, 6, 1)), "Boris Johnson"));
    assertEquals("GBRELI", code(RESOLVER.resolve(text, LocalDate.of(2024, 6, 1)), "Boris Johnson"));
    assertEquals("GBRELI", code(RESOLVER.resolve(text, LocalDate.of(2012, 6, 1)), "Boris Johnson"));
  }

  @Test
  void titleAloneFindsOfficeHolderOnTheDate() {
    String text = "The British prime minister said the deal was dead.";
    assertEquals("Boris Johnson",
        actorOf(RESOLVER.resolve(text, LocalDate.of(2021, 6, 1)), "The British prime minister", 0)
            .orElseThrow().name());
    assertEquals("Rishi Sunak",
        actorOf(RESOLVER.resolve(text, LocalDate.of(2023, 6, 1)), "The British prime minister", 0)
            .orElseThrow().name());
  }

  @Test
  void bareSurnameOfSittingLeaderIsResolved() {
    List<Mention> ms = RESOLVER.resolve("In a speech, Putin said the West was weak.", D2023);
    Actor a = actorOf(ms, "Putin", 0).orElseThrow();
    assertEquals("RUSGOV", a.code());
    assertEquals("Vladimir Putin", a.name());
  }

  @Test
  void surnameTitleAndPronounCoreferenceAcrossSentences() {
    List<Mention> ms = RESOLVER.resolve(
        "Estonian Prime Minister Kaja Kallas met French President Emmanuel Macron in Paris on Monday.\n\n"
            + "Kallas said Europe had to stay united. She added that sanctions were working.\n\n"
            + "The president agreed. He said France would send more air defence systems. "
            + "The Estonian leader thanked him.", D2023);
    assertEquals("ESTGOV", code(ms, "Kallas"));
    assertEquals("Kaja Kallas", actorOf(ms, "She", 0).orElseThrow().name());
    assertEquals("Emmanuel Macron", actorOf(ms, "The president", 0).orElseThrow().name());
    assertEquals("Emmanuel Macron", actorOf(ms, "He", 0).orElseThrow().name());
    assertEquals("Kaja Kallas", actorOf(ms, "The Estonian leader", 0).orElseThrow().name());
    assertEquals("Emmanuel Macron", actorOf(ms, "him", 0).orElseThrow().name());
  }

  @Test
  void pronounGenderLearnedFromEarlierBinding() {
    // Neither person is in the leaders table, so gender is only known once a pronoun has been bound.
    List<Mention> ms = RESOLVER.resolve(
        "Andris Ozolins met Liga Berzina in Riga. Ozolins said he was pleased. Berzina said she agreed. "
            + "Later he left for Vilnius.", D2023);
    assertEquals("Andris Ozolins", actorOf(ms, "he", 0).orElseThrow().name());
    assertEquals("Liga Berzina", actorOf(ms, "she", 0).orElseThrow().name());
    assertEquals("Andris Ozolins", actorOf(ms, "he", 1).orElseThrow().name());
  }

  @Test
  void pluralPronounGoesToLastGroup() {
    List<Mention> ms = RESOLVER.resolve(
        "Sudanese protesters marched on the palace. They demanded new elections.", D2023);
    assertEquals("SDNCVL", code(ms, "They"));
  }

  @Test
  void ministryAndGovernmentTakeCountryInContext() {
    List<Mention> ms = RESOLVER.resolve(
        "Poland summoned the Belarusian ambassador on Tuesday. The ministry said the government would respond.",
        D2023);
    assertEquals("POLGOV", code(ms, "The ministry"));
    assertEquals("POLGOV", code(ms, "the government"));
  }

  @Test
  void unknownPeopleKeepTheirNameWithUnknownCode() {
    List<Mention> ms = RESOLVER.resolve(
        "Marta Kowalczyk, who runs a bakery near the square, was unimpressed. Kowalczyk said prices rose.",
        D2023);
    Actor a = actorOf(ms, "Marta Kowalczyk", 0).orElseThrow();
    assertEquals(ActorResolver.UNKNOWN, a.code());
    assertEquals(ActorKind.PERSON, a.kind());
    assertEquals("Marta Kowalczyk", actorOf(ms, "Kowalczyk", 0).orElseThrow().name());
  }

  @Test
  void appositiveGivesRole() {
    List<Mention> ms = RESOLVER.resolve(
        "Tomas Varga, Slovakia's foreign minister, said the pipeline was safe.", D2023);
    assertEquals("SVKGOV", code(ms, "Tomas Varga"));
  }

  @Test
  void formerOfficeholderIsElite() {
    List<Mention> ms = RESOLVER.resolve("Former Polish president Lech Nowak criticised the plan.", D2023);
    assertEquals("POLELI", code(ms, "Former Polish president Lech Nowak"));
  }

  @Test
  void igoOfficersAndDictionaryImportWorkInText() throws Exception {
    ActorResolver r = new ActorResolver(ActorDictionary.builtIn()
        .withTabari(ActorDictionaryTest.resource("baltic.tabari.txt")));
    List<Mention> ms = r.resolve(
        "NATO Secretary-General Mark Rutte spoke after Acme Petroleum cut supplies. Tamm said it was a mistake.",
        LocalDate.of(2025, 1, 15));
    assertEquals("IGOWSTNAT", code(ms, "NATO Secretary-General Mark Rutte"));
    assertEquals("ESTBUS", code(ms, "Acme Petroleum"));
    assertEquals("ESTELI", code(ms, "Tamm"));
  }

  @Test
  void coreNlpTokensWithNerAreUsed() {
    String text = "Foreign Minister Jordan Tamme told Parliament that Georgia would not join.";
    List<TokenInfo> toks = new ArrayList<>();
    Set<String> persons = Set.of("Jordan", "Tamme");
    for (Names.Tok t : Names.tokenize(text, 0, text.length())) {
      toks.add(new TokenInfo(t.start(), t.end(), t.word(), "NNP",
          persons.contains(t.word()) ? "PERSON" : t.word().equals("Georgia") ? "LOCATION" : "O"));
    }
    List<Mention> ms = RESOLVER.resolve(text, List.of(new Span(0, text.length())), List.of(toks), D2023);
    // "Jordan" is tagged as a person, so it is not the country; the minister's country comes from Georgia.
    Actor a = actorOf(ms, "Foreign Minister Jordan Tamme", 0).orElseThrow();
    assertEquals("GEOGOV", a.code());
    assertEquals("Jordan Tamme", a.name());
  }

  @Test
  void mentionsAreOrderedAndDoNotOverlap() {
    List<Mention> ms = RESOLVER.resolve(
        "Israeli Defence Minister Yoav Gallant and US Secretary of State Antony Blinken met in Tel Aviv. "
            + "Gallant said Israel's army was ready.", D2023);
    for (int i = 1; i < ms.size(); i++) {
      assertTrue(ms.get(i - 1).span().end() <= ms.get(i).span().start(), ms.toString());
    }
    assertEquals("ISRGOV", code(ms, "Israeli Defence Minister Yoav Gallant"));
    assertEquals("USAGOV", code(ms, "US Secretary of State Antony Blinken"));
    assertEquals("ISRGOV", code(ms, "Gallant"));
    assertEquals("ISRMIL", code(ms, "Israel's army"));
  }

  @Test
  void emptyAndOddInputDoesNotFail() {
    assertTrue(RESOLVER.resolve("", D2023).isEmpty());
    assertTrue(RESOLVER.resolve("   \n\n  ", null).isEmpty());
    List<Mention> ms = RESOLVER.resolve("\u0000\u0007 ''' \"\" -- ' s 's ... ???", null);
    assertNotNull(ms);
    assertEquals("USA", code(RESOLVER.resolve("The U.S.", null), "U.S."));
  }

  @Test
  void givenNameGenderKeepsPronounsOffTheWrongPerson() {
    List<Mention> ms = RESOLVER.resolve(
        "Robert Tamme met the mayor on Friday. She said the meeting went well.", D2023);
    assertFalse(actorOf(ms, "She", 0).map(Actor::name).orElse("").equals("Robert Tamme"), ms.toString());
  }

  @Test
  void namedOrganisationsGetGuessedSector() {
    List<Mention> ms = RESOLVER.resolve(
        "The Baltic Times reported the story. Riga Technical University was asked about it, and it said the data "
            + "would be reviewed.",
        D2023);
    Actor paper = actorOf(ms, "The Baltic Times", 0).orElseThrow();
    assertEquals(ActorKind.ORGANIZATION, paper.kind());
    assertEquals("UNKMED", paper.code());
    assertEquals("LVAEDU", code(ms, "Riga Technical University"));
    assertEquals("LVAEDU", actorOf(ms, "it", 0).map(Actor::code).orElse("-"));
    assertEquals(1, ms.stream().filter(m -> m.text().equals("it")).count(), "only the speaking 'it' is a mention");
  }

  @Test
  void roleWordModifyingANounIsNoActor() {
    List<Mention> ms = RESOLVER.resolve("A police station and an army base were hit near Kherson.", D2023);
    assertEquals("-", code(ms, "A police"));
    assertEquals("-", code(ms, "an army"));
  }

  @Test
  void shoutedHeadlineWordsAreNotAcronyms() {
    List<Mention> ms = RESOLVER.resolve("CAR BOMB KILLS FIVE IN CAPITAL", D2023);
    assertEquals("-", code(ms, "CAR"));
  }

  @Test
  void headlineSurnameResolvesToPersonNamedLaterInFull() {
    List<Mention> ms = RESOLVER.resolve(
        "Varga vows to fight on\n\nSlovak opposition leader Tomas Varga said on Monday he would not resign.",
        D2023);
    Actor a = actorOf(ms, "Varga", 0).orElseThrow();
    assertEquals("Tomas Varga", a.name());
    assertEquals("SVKOPP", code(ms, "Slovak opposition leader Tomas Varga"));
  }

  @Test
  void seatOfGovernmentModifiesRole() {
    List<Mention> ms = RESOLVER.resolve(
        "Kremlin spokesman Dmitry Peskov said the talks were over. Peskov added nothing.", D2023);
    Actor a = actorOf(ms, "Kremlin spokesman Dmitry Peskov", 0).orElseThrow();
    assertEquals("RUSGOV", a.code());
    assertEquals("Dmitry Peskov", actorOf(ms, "Peskov", 0).orElseThrow().name());
  }

  @Test
  void honorificBeforeNerPersonGivesGender() {
    String text = "Ms. Tamme met Tõnis Kask. Kask spoke first. Then she answered.";
    List<TokenInfo> toks = new ArrayList<>();
    Set<String> persons = Set.of("Tamme", "Tõnis", "Kask");
    for (Names.Tok t : Names.tokenize(text, 0, text.length())) {
      toks.add(new TokenInfo(t.start(), t.end(), t.word(), "NNP", persons.contains(t.word()) ? "PERSON" : "O"));
    }
    List<Span> sentences = new ArrayList<>();
    List<List<TokenInfo>> perSentence = new ArrayList<>();
    SimpleSplitter.split(text, sentences, new ArrayList<>());
    for (Span sp : sentences) {
      perSentence.add(toks.stream().filter(t -> sp.start() <= t.start() && t.end() <= sp.end()).toList());
    }
    List<Mention> ms = RESOLVER.resolve(text, sentences, perSentence, D2023);
    assertEquals("Tamme", actorOf(ms, "she", 0).orElseThrow().name());
  }

  @Test
  void hugeUnpunctuatedInputFinishesQuickly() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      sb.append(i % 17 == 0 ? "Estonian officials said he " : "word ");
    }
    long t0 = System.nanoTime();
    List<Mention> ms = RESOLVER.resolve(sb.toString(), D2023);
    assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "took too long");
    assertFalse(ms.isEmpty());
  }

  @Test
  void tokensPastTheTextAreACallerBug() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> RESOLVER.resolve("Hi",
        List.of(new Span(0, 2)), List.of(List.of(new TokenInfo(0, 9, "Hi", "", ""))), D2023));
  }

  @Test
  void hyphenSplitByCoreNlpStillMarksPartOfAWord() {
    // CoreNLP 4.x splits hyphenated words: US - backed.
    String text = "The US-backed fighters and Iraqi police met.";
    List<TokenInfo> toks = new ArrayList<>();
    for (Names.Tok t : Names.tokenize(text, 0, text.length())) {
      if (t.word().equals("US-backed")) {
        toks.add(new TokenInfo(t.start(), t.start() + 2, "US", "NNP", "LOCATION"));
        toks.add(new TokenInfo(t.start() + 2, t.start() + 3, "-", "HYPH", "O"));
        toks.add(new TokenInfo(t.start() + 3, t.end(), "backed", "VBN", "O"));
      } else {
        toks.add(new TokenInfo(t.start(), t.end(), t.word(), "", "O"));
      }
    }
    List<Mention> ms = RESOLVER.resolve(text, List.of(new Span(0, text.length())), List.of(toks), D2023);
    assertEquals("USA", code(ms, "US"));
    assertEquals("IRQCOP", code(ms, "Iraqi police"));
    assertFalse(code(ms, "fighters").startsWith("USA"), code(ms, "fighters"));
  }

  @ParameterizedTest
  @CsvSource({
    "2019-06-01, Angela Merkel", "2023-06-01, Olaf Scholz", "2025-08-01, Friedrich Merz"
  })
  void germanChancellorByDate(String date, String name) {
    List<Mention> ms = RESOLVER.resolve("The German chancellor flew to Washington.", LocalDate.parse(date));
    Actor a = actorOf(ms, "The German chancellor", 0).orElseThrow();
    assertEquals(name, a.name());
    assertEquals("DEUGOV", a.code());
  }

  @Test
  void emptyAndOddTokensDoNotFail() {
    String text = "Police said Mr Kask left.";
    List<TokenInfo> toks = List.of(new TokenInfo(0, 6, "Police", "NNS", "O"), new TokenInfo(6, 6, "", "", "PERSON"),
        new TokenInfo(7, 11, "said", "VBD", "O"), new TokenInfo(12, 14, "Mr", "NNP", "O"),
        new TokenInfo(15, 19, "Kask", "NNP", "PERSON"), new TokenInfo(20, 24, "left", "VBD", "O"),
        new TokenInfo(24, 25, ".", ".", "O"));
    List<Mention> ms = RESOLVER.resolve(text, List.of(new Span(0, text.length())), List.of(toks), D2023);
    assertEquals(ActorResolver.UNKNOWN, code(ms, "Kask"));
  }

  @Test
  void citiesAndRegionsArePlacesOfTheirCountry() {
    List<Mention> ms = RESOLVER.resolve(
        "Students marched through Zurich while shelling resumed in Aleppo and troops exercised in Alaska.", D2023);
    assertEquals("CHE", code(ms, "Zurich"));
    assertEquals("SYR", code(ms, "Aleppo"));
    assertEquals("USA", code(ms, "Alaska"));
  }

  @Test
  void wellKnownArmedGroupsTakeTheirCountryOrNetworkCode() {
    List<Mention> ms = RESOLVER.resolve(
        "Hamas and Hezbollah praised the attack, while Boko Haram and the Taliban stayed silent and ISIL issued a "
            + "threat.", D2023);
    assertEquals("PSEREB", code(ms, "Hamas"));
    assertEquals("LBNREB", code(ms, "Hezbollah"));
    assertEquals("NGAREB", code(ms, "Boko Haram"));
    assertEquals("IMGMUSISI", code(ms, "ISIL"));
  }

  @Test
  void leadersOfTheEarly2000sResolveByDate() {
    LocalDate d2003 = LocalDate.of(2003, 2, 10);
    List<Mention> ms = RESOLVER.resolve(
        "President Bush spoke with Prime Minister Tony Blair and President Jacques Chirac in Beijing.", d2003);
    assertEquals("USAGOV", code(ms, "President Bush"));
    assertEquals("GBRGOV", code(ms, "Prime Minister Tony Blair"));
    assertEquals("FRAGOV", code(ms, "President Jacques Chirac"));
  }

  @Test
  void formerLeaderNamedBySurnameKeepsTheirCountry() {
    List<Mention> ms = RESOLVER.resolve(
        "The German government welcomed President Reagan's statement on arms control.", LocalDate.of(2000, 1, 1));
    assertEquals("USA", actorOf(ms, "President Reagan", 0).orElseThrow().country());
  }

  @Test
  void lowerCaseCommonPhraseIsNotTheGroupOfThatName() {
    List<Mention> ms = RESOLVER.resolve("The movement fought for a strict Islamic state in the north.", D2023);
    assertTrue(ms.stream().noneMatch(m -> m.actor() != null && m.actor().code().startsWith("IMG")), ms.toString());
  }

  @Test
  void communitiesNamedWithASecondNationalityBelongToWhereTheyLive() {
    List<Mention> ms = RESOLVER.resolve(
        "Bosnian Serbs and Kosovo Albanians sent letters to the European Community.", D2023);
    assertEquals("BIH", code(ms, "Bosnian Serbs"));
    assertEquals("XKX", code(ms, "Kosovo Albanians"));
    assertEquals("IGOEUREEC", code(ms, "the European Community"));
  }
}
