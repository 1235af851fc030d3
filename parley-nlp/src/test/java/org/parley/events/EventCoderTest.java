package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.DatePrecision;
import org.parley.model.Event;
import org.parley.model.Span;
import org.parley.nlp.GivenMentions;
import org.parley.nlp.NlpPipeline;
import org.parley.nlp.ParsedDocument;

/**
 * The coder over real CoreNLP parses of sentences written for these tests. Actor mentions are given by hand
 * ("Iran=IRN"), so that the tests pin the coder and not the actor resolver.
 */
class EventCoderTest {
  private static final LocalDate ARTICLE = LocalDate.of(2021, 4, 2); // a Friday
  private final EventCoder coder = EventCoder.standard();

  private List<Event> code(String text, String... actors) {
    ParsedDocument doc = NlpPipeline.forThisThread().parse(text);
    return coder.code(doc, GivenMentions.coded(text, actors), ARTICLE);
  }


  /** Events that count: not negated and not hypothetical. */
  private static List<Event> asserted(List<Event> events) {
    return events.stream().filter(e -> !e.negated() && !"if".equals(e.modality())).collect(Collectors.toList());
  }

  private static Event only(List<Event> events, String type) {
    List<Event> hits = events.stream().filter(e -> e.type().equals(type)).collect(Collectors.toList());
    assertEquals(1, hits.size(), () -> "expected one " + type + " in " + describe(events));
    return hits.get(0);
  }

  private static String describe(List<Event> events) {
    return events.stream().map(e -> String.format(Locale.ROOT, "%s %s %s->%s neg=%s mod=%s", e.type(), e.cameoCode(),
        e.source().actor().code(), e.target() == null ? "-" : e.target().actor().code(), e.negated(), e.modality()))
        .collect(Collectors.joining("; ", "[", "]"));
  }

  private static void assertDyad(Event e, String source, String target) {
    assertEquals(source, e.source().actor().code().substring(0, 3), "source");
    if (target == null) {
      assertNull(e.target(), "target");
    } else {
      assertNotNull(e.target(), "target");
      assertEquals(target, e.target().actor().code().substring(0, 3), "target");
    }
  }

  @Test
  void listOfDemandsSentInMarchIsARequestDatedToTheMonth() {
    String text = "Iran sent a written list of demands to France in March, asking for assurances that the EU will "
        + "not extend sanctions.";
    List<Event> events = asserted(code(text, "Iran=IRN", "France=FRA", "EU=IGOEUREEC"));
    Event e = only(events, "REQUEST");
    assertDyad(e, "IRN", "FRA");
    assertEquals(LocalDate.of(2021, 3, 1), e.date());
    assertEquals(DatePrecision.MONTH, e.precision());
    assertEquals(new Span(0, text.length()), e.sentence());
    assertEquals("demands", text.substring(e.trigger().end() - 7, e.trigger().end()));
    assertEquals(1, events.size(), () -> "the extended sanctions are asked about, not imposed: " + describe(events));
  }

  @Test
  void codesEachPloverType() {
    assertDyad(only(asserted(code("Finland will give Tanzania a grant for schools.", "Finland=FIN", "Tanzania=TZA")),
        "AGREE"), "FIN", "TZA");
    assertDyad(only(asserted(code("Germany held talks with Poland on energy.", "Germany=DEU", "Poland=POL")),
        "CONSULT"), "DEU", "POL");
    assertDyad(only(asserted(code("Ukraine ratified a trade agreement with the European Union.", "Ukraine=UKR",
        "European Union=IGOEUREEC")), "SUPPORT"), "UKR", "IGO");
    assertDyad(only(asserted(code("Chile shared intelligence with Peru about the smugglers.", "Chile=CHL",
        "Peru=PER")), "COOPERATE"), "CHL", "PER");
    assertDyad(only(asserted(code("Japan sent food aid to Haiti after the storm.", "Japan=JPN", "Haiti=HTI")),
        "AID"), "JPN", "HTI");
    assertDyad(only(asserted(code("Israel released twenty Palestinian prisoners.", "Israel=ISR",
        "Palestinian=PSE")), "RETREAT"), "ISR", "PSE");
    assertEquals("CONCEDE", only(asserted(code("The Egyptian government lifted the curfew in Cairo.",
        "Egyptian government=EGYGOV")), "CONCEDE").type());
    assertDyad(only(asserted(code("Serbia demanded the withdrawal of NATO troops.", "Serbia=SRB",
        "NATO troops=IGOWSTNAT")), "REQUEST"), "SRB", "IGO");
    assertDyad(only(asserted(code("Russia threatened to impose sanctions on Georgia.", "Russia=RUS",
        "Georgia=GEO")), "THREATEN"), "RUS", "GEO");
    assertEquals("CHL", only(asserted(code("Thousands of Chilean students protested against the reform.",
        "Chilean students=CHLCVL")), "PROTEST").source().actor().country());
    assertDyad(only(asserted(code("Canada imposed sanctions on Russia.", "Canada=CAN", "Russia=RUS")),
        "SANCTION"), "CAN", "RUS");
    assertEquals("TUR", only(asserted(code("Turkey deployed troops along the border.", "Turkey=TUR")),
        "MOBILIZE").source().actor().code());
    assertDyad(only(asserted(code("Egyptian police arrested two French journalists.", "Egyptian police=EGYCOP",
        "French journalists=FRAMED")), "COERCE"), "EGY", "FRA");
    assertDyad(only(asserted(code("Syrian rebels attacked Filipino peacekeepers near the border.",
        "Syrian rebels=SYRREB", "Filipino peacekeepers=PHLMIL")), "ASSAULT"), "SYR", "PHL");
  }

  @Test
  void accusationOfAnActIsAnAccusationNotTheAct() {
    List<Event> events = asserted(code("European ministers have accused Belgrade of preparing an incursion.",
        "European ministers=IGOEUREEC", "Belgrade=SRB"));
    assertDyad(only(events, "ACCUSE"), "IGO", "SRB");
    assertEquals(1, events.size(), () -> describe(events));
  }

  @Test
  void refusalToSoftenIsAReject() {
    Event e = only(asserted(code("Estonia will not soften its stance, the prime minister said.", "Estonia=EST")),
        "REJECT");
    assertDyad(e, "EST", null);
    assertFalse(e.negated(), "the refusal happened");
    assertEquals("will", e.modality());
    assertTrue(e.cameoCode().startsWith("12"));
  }

  @Test
  void negatedAidIsARejectByTheSpeakerResolvedFromThePronoun() {
    Event e = only(code("Obama said he would not provide support to Israel.", "Obama=USAGOV", "Israel=ISR"),
        "REJECT");
    assertDyad(e, "USA", "ISR");
  }

  @Test
  void deniedActIsCodedAsNegatedAndTheDenialAsAReject() {
    List<Event> events = code("Iran has denied that it is arming the Houthi rebels.", "Iran=IRN",
        "Houthi rebels=YEMREB");
    // the denial is itself a refusal of the claim (CAMEO keeps 016, deny); the arming did not happen
    assertEquals("016", only(asserted(events), "REJECT").cameoCode(), () -> describe(events));
    assertTrue(events.stream().anyMatch(e -> e.negated() && e.source().actor().code().equals("IRN")),
        () -> describe(events));
  }

  @Test
  void negatedAttackIsFlagged() {
    List<Event> events = code("The Malian army did not attack the town.", "Malian army=MLIMIL");
    assertTrue(asserted(events).isEmpty(), () -> describe(events));
    assertTrue(events.stream().anyMatch(e -> e.negated() && e.type().equals("ASSAULT")), () -> describe(events));
  }

  @Test
  void passiveAgentIsTheSource() {
    assertDyad(only(asserted(code("Filipino peacekeepers were attacked by Syrian rebels on Saturday.",
        "Filipino peacekeepers=PHLMIL", "Syrian rebels=SYRREB")), "ASSAULT"), "SYR", "PHL");
  }

  @Test
  void speakerFirstClaimOfAnotherPartysAttackIsAnAccusation() {
    List<Event> events = asserted(code("Syria said Turkish jets bombed a village near Aleppo.", "Syria=SYR",
        "Turkish jets=TURMIL"));
    Event e = only(events, "ACCUSE");
    assertEquals("112", e.cameoCode());
    assertDyad(e, "SYR", "TUR");
    assertTrue(events.stream().noneMatch(x -> x.type().equals("ASSAULT")), () -> describe(events));
  }

  @Test
  void trailingAttributionCodesTheReportedAct() {
    List<Event> events = asserted(code("Turkish jets bombed a village near Aleppo, Syrian officials said.",
        "Turkish jets=TURMIL", "Syrian officials=SYRGOV"));
    Event e = only(events, "ASSAULT");
    assertEquals("TUR", e.source().actor().country());
    assertTrue(events.stream().noneMatch(x -> x.type().equals("ACCUSE")), () -> describe(events));
  }

  @Test
  void partyReportingItsOwnAttackCodesTheAttack() {
    List<Event> events = asserted(code("Turkey said Turkish jets bombed Kurdish rebels in Iraq.", "Turkey=TUR",
        "Turkish jets=TURMIL", "Kurdish rebels=---REB", "Iraq=IRQ"));
    only(events, "ASSAULT");
    assertTrue(events.stream().noneMatch(x -> x.type().equals("ACCUSE")), () -> describe(events));
  }

  @Test
  void conditionIsHypothetical() {
    List<Event> events = code("If Armenia attacks the border posts, Azerbaijan will respond.", "Armenia=ARM",
        "Azerbaijan=AZE");
    assertTrue(asserted(events).isEmpty(), () -> describe(events));
    assertEquals("if", only(events, "ASSAULT").modality());
  }

  @Test
  void sentenceWithoutCodablePredicateOrActorGetsNothing() {
    assertTrue(code("The weather in Paris was mild on Sunday.", "Paris=FRA").isEmpty());
    assertTrue(code("Somebody attacked the building at night.").isEmpty());
  }

  @Test
  void eventDatesResolveAgainstTheArticleDate() {
    Event day = only(code("Germany held talks with Poland on Friday.", "Germany=DEU", "Poland=POL"), "CONSULT");
    assertEquals(LocalDate.of(2021, 4, 2), day.date());
    assertEquals(DatePrecision.DAY, day.precision());
    Event none = only(code("Germany held talks with Poland.", "Germany=DEU", "Poland=POL"), "CONSULT");
    assertEquals(ARTICLE, none.date());
    assertEquals(DatePrecision.ARTICLE, none.precision());
    Event week = only(code("Canada imposed sanctions on Russia last week.", "Canada=CAN", "Russia=RUS"),
        "SANCTION");
    assertEquals(LocalDate.of(2021, 3, 22), week.date());
    assertEquals(DatePrecision.WEEK, week.precision());
  }

  @Test
  void clearAppealIsARequestKeepingItsCameoAppealCode() {
    List<Event> events = asserted(code("Pakistan urged India to release the fishermen.", "Pakistan=PAK",
        "India=IND"));
    Event e = only(events, "REQUEST");
    assertEquals("02", e.cameoRoot());
    assertDyad(e, "PAK", "IND");
    assertTrue(EventCoder.isPloverType(e.type()));
  }

  @Test
  void statementWithoutAnAddresseeIsNotCoded() {
    List<Event> events = code("Norway expressed deep concern on Tuesday.", "Norway=NOR");
    assertTrue(events.stream().noneMatch(e -> e.type().equals(EventCoder.STATEMENT)), () -> describe(events));
  }

  @Test
  void negatedAppealIsNotCoded() {
    List<Event> events = asserted(code("Chile did not urge Peru to withdraw.", "Chile=CHL", "Peru=PER"));
    assertTrue(events.stream().noneMatch(e -> e.type().equals("REQUEST")), () -> describe(events));
  }

  @Test
  void purposeOfAMeetingIsNotASecondMeeting() {
    String text = "Kenya and Uganda will meet in Nairobi to discuss the border dispute.";
    List<Event> events = code(text, "Kenya=KEN", "Uganda=UGA");
    assertFalse(events.isEmpty());
    int meet = text.indexOf("meet");
    assertTrue(events.stream().allMatch(e -> e.trigger().start() == meet), () -> describe(events));
  }

  @Test
  void demandIsAddressedToTheSubjectOfItsClause() {
    List<Event> events = asserted(code("Chile demanded that Bolivia withdraw its border guards.", "Chile=CHL",
        "Bolivia=BOL"));
    assertDyad(only(events, "REQUEST"), "CHL", "BOL");
  }

  @Test
  void documentSpeaksForItsIssuer() {
    List<Event> events = asserted(code("A statement issued by Ethiopia accused Eritrea of arming rebels.",
        "Ethiopia=ETH", "Eritrea=ERI"));
    assertDyad(only(events, "ACCUSE"), "ETH", "ERI");
  }

  @Test
  void arrivingOnAVisitIsAConsultWithTheHost() {
    List<Event> events = asserted(code("The Indian foreign minister arrived in Dhaka on a two-day visit.",
        "The Indian foreign minister=INDGOV", "Dhaka=BGD"));
    assertDyad(only(events, "CONSULT"), "IND", "BGD");
  }

  @Test
  void denyingARequestIsARefusal() {
    List<Event> events = asserted(code("Hungary denied entry to the Serbian delegation.", "Hungary=HUN",
        "Serbian delegation=SRBGOV"));
    assertDyad(only(events, "REJECT"), "HUN", "SRB");
  }

  @Test
  void meetingOfOneBodyAloneIsNotAConsultation() {
    List<Event> events = asserted(code("The Danish cabinet met on Sunday.", "The Danish cabinet=DNKGOV"));
    assertTrue(events.stream().noneMatch(e -> e.type().equals("CONSULT")), () -> describe(events));
  }

  @Test
  void threatToImposeRestrictionsIsAThreatOfSanctions() {
    List<Event> events = asserted(code("Austria threatened to impose import restrictions on Czech goods.",
        "Austria=AUT", "Czech=CZE"));
    Event e = only(events, "THREATEN");
    assertEquals("131", e.cameoCode().substring(0, 3));
    assertEquals("AUT", e.source().actor().code());
  }

  @Test
  void purposeOfAnActIsNotASecondActOfAnotherType() {
    List<Event> events = asserted(code("Algerian youths blocked roads to demand jobs from the government.",
        "Algerian youths=DZACVL", "the government=DZAGOV"));
    only(events, "PROTEST");
    assertTrue(events.stream().noneMatch(e -> e.type().equals("REQUEST")), () -> describe(events));
  }
}
