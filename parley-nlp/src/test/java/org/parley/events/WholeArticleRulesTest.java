package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Span;
import org.parley.nlp.GivenMentions;
import org.parley.nlp.NlpPipeline;
import org.parley.nlp.ParsedDocument;
import org.parley.nlp.ParsedSentence;

/**
 * The rules that make whole real articles come out right: targets found in the sentence or the article, institutions
 * placed in the article's country, acts that were not done left out, criticism and demands said in quotes, and the
 * rule named on every event. Texts are written for these tests; actors are given by hand ("Iran=IRN") so the tests
 * pin the coder, not the actor resolver.
 */
class WholeArticleRulesTest {
  private static final LocalDate ARTICLE = LocalDate.of(2022, 6, 3);
  private final EventCoder coder = EventCoder.standard();


  private List<Event> code(String text, String... actors) {
    ParsedDocument doc = NlpPipeline.forThisThread().parse(text);
    return counted(coder.code(doc, GivenMentions.coded(text, actors), ARTICLE));
  }

  /** Codes the text with one quote, the words at [from, to), said by the given mention whose code is speakerCode. */
  private List<Event> codeWithQuote(String text, int from, int to, QuoteKind kind, String speakerCode,
                                    String... actors) {
    return codeWithQuote(text, from, to, text.substring(from, to), kind, speakerCode, actors);
  }

  /** As above, with the quote's own text given (a quote joined across its cue is its two parts, not the gap). */
  private List<Event> codeWithQuote(String text, int from, int to, String quoted, QuoteKind kind, String speakerCode,
                                    String... actors) {
    List<Mention> ms = GivenMentions.coded(text, actors);
    Mention speaker = ms.stream().filter(m -> m.actor().code().equals(speakerCode)).findFirst().orElseThrow();
    ParsedDocument doc = NlpPipeline.forThisThread().parse(text);
    Span sentence = doc.sentences().stream().map(ParsedSentence::span)
        .filter(sp -> sp.start() <= from && to <= sp.end()).findFirst().orElseThrow();
    Quote q = new Quote(new Span(from, to), quoted, kind, speaker, "said", null, sentence);
    return counted(coder.code(doc, ms, List.of(q), ARTICLE));
  }

  private static List<Event> counted(List<Event> events) {
    return events.stream().filter(e -> !e.negated() && !"if".equals(e.modality())).collect(Collectors.toList());
  }

  private static String describe(List<Event> events) {
    return events.stream().map(e -> String.format(Locale.ROOT, "%s %s->%s (%s)", e.type(),
        e.source().actor().code(), e.target() == null ? "-" : e.target().actor().code(), e.rule()))
        .collect(Collectors.joining("; ", "[", "]"));
  }

  private static Event only(List<Event> events, String type) {
    List<Event> hits = events.stream().filter(e -> e.type().equals(type)).collect(Collectors.toList());
    assertEquals(1, hits.size(), () -> "expected one " + type + " in " + describe(events));
    return hits.get(0);
  }

  private static String target(Event e) {
    assertNotNull(e.target(), () -> "no target: " + describe(List.of(e)));
    return e.target().actor().code();
  }

  // ------------------------------------------------------------------------------------------------ targets

  @Test
  void theAuthorOfWhatIsCriticisedIsTheTarget() {
    List<Event> events = code("The justice minister attacked the ruling by the constitutional court on Monday.",
        "justice minister=POLGOV", "constitutional court=POLJUD");
    Event e = only(events, "ACCUSE");
    assertEquals("POLJUD", target(e));
  }

  @Test
  void anOppositionPartyCriticisesTheGovernmentTheArticleIsAbout() {
    String text = "The Norwegian government unveiled its budget on Tuesday. The Progress Party condemned the plan.";
    List<Event> events = code(text, "Norwegian government=NORGOV", "Progress Party=NOROPP");
    Event e = only(events, "ACCUSE");
    assertEquals("NOROPP", e.source().actor().code());
    assertEquals("NORGOV", target(e));
    assertTrue(e.rule().endsWith("/target-from-article"), e.rule());
  }

  @Test
  void aGovernmentIsNeverItsOwnTarget() {
    List<Event> events = code("Brazil rejected the proposal after talks with Argentina.", "Brazil=BRA",
        "Argentina=ARG");
    for (Event e : events) {
      assertTrue(e.target() == null || !e.target().actor().code().startsWith("BRA"), describe(events));
    }
  }

  @Test
  void anActIsNotAimedAtItsOwnCountry() {
    List<Event> events = code("In Washington, the State Department welcomed the agreement between Serbia and Kosovo.",
        "Washington=USA", "State Department=USAGOV", "Serbia=SRB", "Kosovo=XKX");
    assertTrue(events.stream().anyMatch(e -> e.type().equals("SUPPORT")), describe(events));
    for (Event e : events) {
      assertTrue(!target(e).startsWith("USA"), describe(events));
    }
  }

  @Test
  void materialActsTakeNoTargetFromTheArticleAtLarge() {
    String text = "Kenya and Uganda signed a border accord in May. Kenyan police arrested three smugglers.";
    List<Event> events = code(text, "Kenya=KEN", "Uganda=UGA", "Kenyan police=KENCOP");
    for (Event e : events) {
      if (e.type().equals("COERCE")) {
        assertTrue(e.target() == null || !e.target().actor().code().equals("UGA"), describe(events));
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ actors

  @Test
  void aBareInstitutionBelongsToTheCountryTheArticleIsAbout() {
    String text = "Ghana's finance ministry published new figures. Ghana expects growth to slow. "
        + "The opposition criticised the government over rising prices.";
    List<Event> events = code(text, "Ghana=GHA", "finance ministry=GHAGOV", "opposition=UNKOPP",
        "government=UNKGOV");
    Event e = only(events, "ACCUSE");
    assertEquals("GHAOPP", e.source().actor().code());
    assertEquals("GHAGOV", target(e));
  }

  @Test
  void anAgentlessPassiveTakesTheSourceAReaderSupplies() {
    String text = "The Labour Party pressed its case in Parliament on Monday. "
        + "The British government has been accused of hiding the cost of the plan. "
        + "A Kenyan activist was detained in Uganda on Tuesday.";
    List<Event> events = code(text, "Labour Party=GBROPP", "British government=GBRGOV", "Kenyan activist=KENCVL",
        "Uganda=UGA");
    Event accused = only(events, "ACCUSE");
    assertEquals("GBROPP", accused.source().actor().code());
    assertEquals("GBRGOV", target(accused));
    assertTrue(accused.rule().contains("/passive-source"), accused.rule());
    Event detained = only(events, "COERCE");
    assertEquals("UGAGOV", detained.source().actor().code(), "who detains in a country is its government");
    assertEquals("KENCVL", target(detained));
  }

  @Test
  void anAgentlessPassiveWithNoOneToSupplyIsNoEvent() {
    assertTrue(code("The British government has been accused of hiding the cost of the plan.",
        "British government=GBRGOV").isEmpty());
  }

  // ------------------------------------------------------------------------------------------------ non-events

  @Test
  void wishesPlansAndExpectationsAreNotActs() {
    assertTrue(code("Peru plans to sign a trade deal with Chile.", "Peru=PER", "Chile=CHL").isEmpty());
    assertTrue(code("Peru is expected to sign a trade deal with Chile.", "Peru=PER", "Chile=CHL").isEmpty());
    assertTrue(code("Peru hopes to reach an agreement with Chile.", "Peru=PER", "Chile=CHL").isEmpty());
  }

  @Test
  void possibilitiesQuestionsAndNoCommentAreNotActs() {
    assertTrue(code("Chile may have to accept the terms set by Peru.", "Chile=CHL", "Peru=PER").isEmpty());
    assertTrue(code("The senator asked whether Peru would sanction Chile.", "Peru=PER", "Chile=CHL",
        "senator=PERLEG").stream().noneMatch(e -> e.type().equals("REQUEST")));
    assertTrue(code("The Chilean senator asked the Peruvian minister in parliament.", "Chilean senator=CHLLEG",
        "Peruvian minister=PERGOV").stream().noneMatch(e -> e.type().equals("REQUEST")));
    assertTrue(code("The Chilean senator asked the Peruvian minister to resign.", "Chilean senator=CHLLEG",
        "Peruvian minister=PERGOV").stream().anyMatch(e -> e.type().equals("REQUEST")));
    assertTrue(code("The Peruvian ministry declined to comment on the report.",
        "Peruvian ministry=PERGOV").isEmpty());
    assertTrue(code("The Chilean navy is unable to help Peru this winter.", "Chilean navy=CHLMIL", "Peru=PER")
        .isEmpty());
  }

  @Test
  void anEmptyPromiseAndAYearsLongActivityAreNotActs() {
    assertTrue(code("The Chilean president vowed to keep trying.", "Chilean president=CHLGOV").isEmpty());
    assertTrue(code("Peru pledged to keep its embassy in Chile open.", "Peru=PER", "Chile=CHL").stream()
        .anyMatch(e -> e.type().equals("AGREE")));
    assertTrue(code("The Chilean minister spoke after a decade of fighting in Bolivia.", "Chilean minister=CHLGOV",
        "Bolivia=BOL").stream().noneMatch(e -> e.type().equals("ASSAULT")));
  }

  @Test
  void whatIsTriedLackedOrDoneForYearsIsNotAnActOfTheDay() {
    assertTrue(code("Chile raised its aid in an attempt to help Peru rebuild.", "Chile=CHL", "Peru=PER").stream()
        .noneMatch(e -> e.type().equals("AID") && e.trigger().start() > 30), "an attempt to help");
    assertTrue(code("The Greens plan to oppose the Peruvian budget on Monday.", "Greens=PEROPP",
        "Peruvian=PERGOV").isEmpty(), "a plan to oppose");
    assertTrue(code("Without Chilean troops to help, Peru cannot hold the border.", "Chilean troops=CHLMIL",
        "Peru=PER").stream().noneMatch(e -> e.type().equals("AID")), "without troops to help");
    assertTrue(code("Many Peruvian senators have opposed the Chilean treaty since its inception.",
        "Peruvian senators=PERLEG", "Chilean=CHL").isEmpty(), "since its inception");
    List<Event> bound = code("Chile is bound by law to help Peru defend itself.", "Chile=CHL", "Peru=PER");
    assertTrue(bound.isEmpty(), () -> "bound by law to help … defend: " + describe(bound));
    // the length of a sentence is no habit, and an attempted attack is an attack
    only(code("A Peruvian court jailed a Chilean student for two years.", "Peruvian court=PERJUD",
        "Chilean student=CHLCVL"), "COERCE");
    only(code("Bolivian rebels made an attempt to assassinate the Peruvian governor.", "Bolivian rebels=BOLREB",
        "Peruvian governor=PERGOV"), "ASSAULT");
  }

  @Test
  void whatSomeoneThinksHappenedAndAnAppealToFeelSomethingAreNoActs() {
    assertTrue(code("Voters in Lima think that Chilean troops attacked Peruvian villages.", "Chilean troops=CHLMIL",
        "Peruvian villages=PERCVL").stream().noneMatch(e -> e.type().equals("ASSAULT")), "a belief");
    List<Event> feared = code("Peru expressed concern that Chile was arming Bolivia.", "Peru=PER", "Chile=CHL",
        "Bolivia=BOL");
    assertTrue(feared.stream().noneMatch(e -> e.type().equals("AID")), () -> "a fear: " + describe(feared));
    assertTrue(code("The Peruvian minister urged Chilean families to be strong.", "Peruvian minister=PERGOV",
        "Chilean families=CHLCVL").isEmpty(), "urged to be strong");
    only(code("The Peruvian minister urged Chile to reopen the border.", "Peruvian minister=PERGOV", "Chile=CHL"),
        "REQUEST");
  }

  @Test
  void aGovernmentProtestingCriticisesAPeopleProtestingDemonstrates() {
    Event words = only(code("The Chilean minister protested about cuts ordered by Peru.",
        "Chilean minister=CHLGOV", "Peru=PER"), "ACCUSE");
    assertTrue(words.rule().contains("/verbal"), words.rule());
    assertTrue(code("Chilean farmers protested against Peru's tariffs in Santiago.", "Chilean farmers=CHLCVL",
        "Peru=PER").stream().anyMatch(e -> e.type().equals("PROTEST")));
  }

  @Test
  void aReleasedReportIsNotAPrisonerReleased() {
    assertTrue(code("The Dutch ministry released a report on asylum claims.", "Dutch ministry=NLDGOV").isEmpty());
    Event freed = only(code("Iran released two Dutch sailors.", "Iran=IRN", "Dutch=NLD"), "RETREAT");
    assertEquals("NLD", target(freed));
  }

  // ------------------------------------------------------------------------------------------------ types

  @Test
  void onlyArmedForcesFightByForce() {
    assertTrue(code("The Chilean president has vowed to fight corruption in Santiago.", "Chilean president=CHLGOV")
        .stream().noneMatch(e -> e.type().equals("ASSAULT")));
    only(code("Peruvian troops fought Bolivian rebels near the border.", "Peruvian troops=PERMIL",
        "Bolivian rebels=BOLREB"), "ASSAULT");
  }

  @Test
  void aPoliticianAttackingAPolicyCriticisesItAnArmyAttacksByForce() {
    Event words = only(code("The Danish prime minister attacked Sweden over its migration policy.",
        "Danish prime minister=DNKGOV", "Sweden=SWE"), "ACCUSE");
    assertEquals("SWE", target(words));
    assertTrue(words.rule().contains("/verbal"), words.rule());
    only(code("Russian troops attacked Ukrainian positions near the river.", "Russian troops=RUSMIL",
        "Ukrainian positions=UKRMIL"), "ASSAULT");
  }

  @Test
  void anAppealIsARequest() {
    Event e = only(code("Norway urged Sweden to reopen the border crossing.", "Norway=NOR", "Sweden=SWE"),
        "REQUEST");
    assertEquals("SWE", target(e));
  }

  @Test
  void aVoteAgainstAnnouncedForLaterIsAThreat() {
    Event e = only(code("The Liberal Party will vote against the budget, its leader told the Canadian government.",
        "Liberal Party=CANOPP", "Canadian government=CANGOV"), "THREATEN");
    assertEquals("CANOPP", e.source().actor().code());
  }

  @Test
  void aMeetingPromisedIsAnAgreementToMeetAScheduledOneAMeeting() {
    only(code("The European Union agreed to open membership talks with Albania in June.",
        "European Union=IGOEUREEC", "Albania=ALB"), "AGREE");
    only(code("The European Union will hold talks with Albania in June.", "European Union=IGOEUREEC",
        "Albania=ALB"), "CONSULT");
  }

  // ------------------------------------------------------------------------------------------------ speech acts

  @Test
  void criticismAndDemandsInAQuoteAreActsOfTheSpeaker() {
    String text = "The Dutch government announced the cuts on Monday. \"This plan is reckless and the ministers "
        + "must withdraw it,\" said Jan de Vries of the opposition party.";
    List<Event> events = codeWithQuote(text, text.indexOf("This plan"), text.indexOf(",\" said"), QuoteKind.DIRECT,
        "NLDOPP", "Dutch government=NLDGOV", "Jan de Vries=NLDOPP");
    Event accuse = only(events, "ACCUSE");
    assertEquals("NLDOPP", accuse.source().actor().code());
    assertEquals("NLDGOV", target(accuse));
    assertTrue(accuse.rule().startsWith("quote:accuse:reckless"), accuse.rule());
  }

  @Test
  void anOfficialArrivingInACountryVisitsItTroopsArrivingDoNot() {
    Event visit = only(code("The Chilean president arrived in Peru on Friday.", "Chilean president=CHLGOV",
        "Peru=PER"), "CONSULT");
    assertEquals("PER", target(visit));
    assertTrue(code("Chilean troops arrived in Peru on Friday.", "Chilean troops=CHLMIL", "Peru=PER").stream()
        .noneMatch(e -> e.type().equals("CONSULT")));
  }

  @Test
  void aReproachOrADemandInReportedSpeechIsAnActOfTheSpeaker() {
    String text = "The Danish opposition said the Danish government should have acted sooner and needs to "
        + "publish the report.";
    List<Event> events = codeWithQuote(text, text.indexOf("the Danish government"), text.length() - 1,
        QuoteKind.INDIRECT, "DNKOPP", "Danish opposition=DNKOPP", "Danish government=DNKGOV");
    assertEquals("DNKGOV", target(only(events.stream().filter(e -> e.rule().startsWith("quote:")).toList(),
        "ACCUSE")));
    assertTrue(events.stream().anyMatch(e -> e.type().equals("REQUEST") && e.rule().equals("quote:request:needs to")),
        () -> describe(events));
  }

  @Test
  void aWishedOrHypotheticalJudgementAndWordsThatOnlyLookLikeActsAreNoEvents() {
    for (String said : List.of("I hope the Danish ministry will scrap this illegal rule",
        "It could be a disaster for the Danish ministry",
        "We will move urgently on the report",
        "Our workers do not feel welcome here")) {
      String text = "\"" + said + ",\" said the Dutch government.";
      List<Event> events = codeWithQuote(text, 1, text.indexOf(",\" said"), QuoteKind.DIRECT, "NLDGOV",
          "Dutch government=NLDGOV", "Danish ministry=DNKGOV");
      assertTrue(events.stream().noneMatch(e -> e.rule().startsWith("quote:")), () -> said + ": " + describe(events));
    }
  }

  @Test
  void aQuoteWithoutCriticismDemandOrPraiseIsNoEvent() {
    String text = "\"The ministry opened a new office in the north,\" said the Dutch government.";
    assertTrue(codeWithQuote(text, 1, text.indexOf(",\" said"), QuoteKind.DIRECT, "NLDGOV",
        "Dutch government=NLDGOV").isEmpty());
  }

  @Test
  void criticismOrOppositionFromSomeoneIsTheirActWhereverItStands() {
    Event e = only(code("The speech led to the harshest criticism of the Finnish minister ever from a "
        + "Swedish newspaper.", "Finnish minister=FINGOV", "Swedish newspaper=SWEMED"), "ACCUSE");
    assertEquals("SWEMED", e.source().actor().code());
    assertEquals("FINGOV", target(e));
    assertTrue(e.rule().startsWith("noun-agent:criticism"), e.rule());
    List<Event> events = code("Chile defended the fishing treaty, despite opposition from Peru and Bolivia.",
        "Chile=CHL", "Peru=PER", "Bolivia=BOL");
    List<Event> rejections = events.stream().filter(x -> x.type().equals("REJECT")).toList();
    assertEquals(2, rejections.size(), () -> describe(events));
    for (Event r : rejections) {
      // two parties who oppose one thing together do not oppose each other
      assertTrue(r.target() == null || r.target().actor().code().equals("CHL"), () -> describe(events));
    }
  }

  @Test
  void seekingAnAgreementIsANegotiationAndAMeetingNounWithAPartyIsAMeeting() {
    Event seek = only(code("Chile is seeking an agreement with Peru on fishing rights.", "Chile=CHL", "Peru=PER"),
        "CONSULT");
    assertEquals("PER", target(seek));
    Event meeting = only(code("The Chilean president, speaking at a joint news conference with the Peruvian "
        + "president, stressed the point.", "Chilean president=CHLGOV", "Peruvian president=PERGOV"), "CONSULT");
    assertEquals("CHLGOV", meeting.source().actor().code());
    assertEquals("PERGOV", target(meeting));
  }

  @Test
  void whatWouldHaveHappenedWhatIsAimedAtNobodyAndWhatIsOnlyAnnouncedOrPredictedAreNoActs() {
    for (String text : List.of(
        "The Danish government said the deal could have eased the dispute with Sweden.",
        "The Danish government said it would have been wiser to seek a resolution against Sweden.",
        "The Danish government is not supporting anybody in the Swedish election.",
        "The Danish government will be asking Sweden to extend the treaty.",
        "The plan will undoubtedly be welcomed by the Swedish government.",
        "The Danish government often criticises Sweden.")) {
      List<Event> events = code(text, "Danish government=DNKGOV", "Swedish government=SWEGOV", "Sweden=SWE");
      assertTrue(events.isEmpty(), () -> text + " " + describe(events));
    }
    // a refusal announced for later is an act now
    assertEquals("SWE", target(only(code("The Danish government will not extend the treaty with Sweden.",
        "Danish government=DNKGOV", "Sweden=SWE"), "REJECT")));
  }

  @Test
  void legalActionPlannedIsAThreatAndAnInquiryRefusedForLaterIsARejection() {
    Event threat = only(code("Italian families plan to sue the Italian government.", "Italian families=ITACVL",
        "Italian government=ITAGOV"), "THREATEN");
    assertEquals("ITAGOV", target(threat));
    assertTrue(threat.rule().contains("/planned-legal-action"), threat.rule());
    Event refusal = only(code("The Italian minister said he would not be launching an investigation into the Kenyan "
        + "embassy.", "Italian minister=ITAGOV", "he=ITAGOV", "Kenyan embassy=KENGOV"), "REJECT");
    assertEquals("KENGOV", target(refusal));
  }

  @Test
  void supportVoicedAnAidDealSignedAndACourtChallengeWonAreTheActsTheyName() {
    assertEquals("KEN", target(only(code("The prime minister of Italy voiced his support for Kenya.",
        "prime minister of Italy=ITAGOV", "Kenya=KEN"), "SUPPORT")));
    assertEquals("KEN", target(only(code("Italy signed a debt relief deal with Kenya.", "Italy=ITA", "Kenya=KEN"),
        "AID")));
    assertEquals("ITAGOV", target(only(code("Families of the victims won a challenge against the Italian "
        + "government.", "Families=ITACVL", "Italian government=ITAGOV"), "ACCUSE")));
  }

  @Test
  void anObligationNarratedAJustifiedDecisionAnAcknowledgedFactAndAStateAreNoActs() {
    for (String text : List.of(
        "Under the deal, Turkey must issue a statement promising to recognise Greece.",
        "The Greek minister defended his decision on Turkey.",
        "Greece recognises that Turkey has strong support in Cyprus.",
        "The Greek minister was putting more emphasis on the possibility of deportation to Turkey.")) {
      List<Event> events = code(text, "Turkey=TUR", "Greece=GRC", "Greek minister=GRCGOV", "Cyprus=CYP");
      assertTrue(events.isEmpty(), () -> text + " " + describe(events));
    }
    assertEquals("XKX", target(only(code("Greece recognised Kosovo.", "Greece=GRC", "Kosovo=XKX"), "SUPPORT")));
    // an event noun as the subject of a conclusion is evidence, not a reported act
    assertTrue(code("The French attacks on Turkey indicate that Paris has changed.", "French=FRA", "Turkey=TUR",
        "Paris=FRA").isEmpty());
    assertEquals("TUR", target(only(code("The French attack on Turkey ended on Friday.", "French=FRA",
        "Turkey=TUR"), "ASSAULT")));
  }

  @Test
  void aQuotedQuestionAndWordsSaidAsAHabitAreNoQuotedActs() {
    for (String text : List.of("\"Do you have no shame, Danish ministry?\" said the Dutch government.",
        "The Dutch government often says: \"The Danish ministry is reckless.\"")) {
      int from = text.indexOf('"') + 1;
      List<Event> events = codeWithQuote(text, from, text.indexOf('"', from), QuoteKind.DIRECT, "NLDGOV",
          "Dutch government=NLDGOV", "Danish ministry=DNKGOV");
      assertTrue(events.stream().noneMatch(e -> e.rule().startsWith("quote:")), () -> text + " " + describe(events));
    }
  }

  @Test
  void aPartyConcernedAboutSomethingVoicesConcernAConcernedCitizenDoesNot() {
    Event e = only(code("Japan said it was deeply worried over the North Korean missile tests.", "Japan=JPN",
        "it=JPN", "North Korean=PRK"), "ACCUSE");
    assertEquals("PRK", target(e));
    assertTrue(e.rule().startsWith("adjective:worried"), e.rule());
    assertTrue(code("A concerned Japanese citizen wrote to the North Korean embassy.", "Japanese citizen=JPNCVL",
        "North Korean embassy=PRKGOV").stream().noneMatch(x -> x.type().equals("ACCUSE")));
  }

  @Test
  void aBareParticipleDescribesAStateAndAJoinedQuoteDoesNotSpeakItsCue() {
    List<Event> state = code("The Danish government asked about the treatment they received while detained in Sweden.",
        "Danish government=DNKGOV", "they=DNKCVL", "Sweden=SWE");
    assertTrue(state.stream().noneMatch(e -> e.type().equals("COERCE")), () -> describe(state));
    // the words between the two parts of a joined quote are the reporter's, not the speaker's
    String text = "\"The ministry is doing its best,\" the Dutch government said amid the scandal, \"and we trust it.\"";
    int first = text.indexOf('"') + 1;
    String quoted = "The ministry is doing its best and we trust it.";
    List<Event> events = codeWithQuote(text, first, text.lastIndexOf('"'), quoted, QuoteKind.DIRECT, "NLDGOV",
        "Dutch government=NLDGOV", "ministry=DNKGOV");
    assertTrue(events.stream().noneMatch(e -> e.rule().startsWith("quote:accuse")), () -> describe(events));
  }

  @Test
  void anEventNounWhoseOwnerIsAnActorIsTheirActWhereverItStands() {
    Event e = only(code("The ruling came a day after the Danish minister's resignation.", "Danish minister=DNKGOV"),
        "RETREAT");
    assertEquals("DNKGOV", e.source().actor().code());
    assertTrue(e.rule().startsWith("noun-possessor:resignation"), e.rule());
    // a pronoun owner names no one by itself
    assertTrue(code("The ruling came a day after his resignation.", "his=DNKGOV").isEmpty());
  }

  @Test
  void whoeverHoldsPeopleReleasesThemWhenAPassiveNamesNoOneElse() {
    String text = "All four Britons held by the US in Guantanamo Bay will be returned to the UK within weeks, "
        + "the British foreign secretary told the Commons on Tuesday.";
    List<Event> events = code(text, "Britons=GBRCVL", "US=USA", "UK=GBR", "British foreign secretary=GBRGOV");
    Event e = events.stream().filter(x -> x.rule() != null && x.rule().startsWith("verb:return")).findFirst()
        .orElseThrow(() -> new AssertionError(describe(events)));
    assertEquals("USA", e.source().actor().code());
  }

  @Test
  void aProtestWithAForeignPartyNamedIsNotAimedAtTheProtestersOwnCountry() {
    String text = "Estonia summoned Russia's ambassador on Monday to protest against what it said was a violation of "
        + "its airspace by a Russian military jet.";
    Event e = only(code(text, "Estonia=EST", "Russia's ambassador=RUSGOV", "it=EST", "Russian=RUS"), "PROTEST");
    assertTrue(target(e).startsWith("RUS"), () -> describe(List.of(e)));
    // with no one else named, a protest stays domestic, as PLOVER codes it
    Event home = only(code("Serbs in the north protested on Sunday.", "Serbs=SRB"), "PROTEST");
    assertEquals("SRB", target(home));
  }

  @Test
  void aVerbTheTaggerTookForAnAdjectiveIsStillAnAct() {
    Event e = only(code("Washington has also voiced concern that the conditions in Cuba have not improved.",
        "Washington=USA", "Cuba=CUB"), "ACCUSE");
    assertEquals("CUB", target(e));
  }

  // ------------------------------------------------------------------------------------------------ provenance

  @Test
  void everyEventNamesItsRule() {
    List<Event> events = code("Canada imposed sanctions on Russia. Poland held talks with Lithuania.", "Canada=CAN",
        "Russia=RUS", "Poland=POL", "Lithuania=LTU");
    assertEquals(2, events.size(), describe(events));
    for (Event e : events) {
      assertNotNull(e.rule(), describe(events));
    }
    assertTrue(events.get(0).rule().startsWith("light-verb:impose+sanction"), events.get(0).rule());
    assertTrue(events.get(1).rule().startsWith("light-verb:hold+talk"), events.get(1).rule());
  }

  // ------------------------------------------------------------------------------------------------ fourth pass

  @Test
  void whoDetainsInACountryIsItsGovernment() {
    List<Event> events = code("Premier Ana Lutz of Tarvos was detained in the United States on fraud charges.",
        "Premier Ana Lutz of Tarvos=GRDGOV", "United States=USA");
    Event e = only(events, "COERCE");
    assertEquals("USAGOV", e.source().actor().code(), describe(events));
    assertEquals("GRDGOV", target(e));
  }

  @Test
  void anAccusationAboutCaptivesIsNotAimedAtThem() {
    String text = "The interior ministry defended the law on Monday. "
        + "A senior judge said the rules were unlawful because they allowed detention without trial for suspects.";
    List<Event> events = code(text, "interior ministry=NORGOV", "senior judge=NORJUD", "suspects=NORCVL");
    for (Event e : events) {
      if (e.type().equals("ACCUSE")) {
        assertNotEquals("NORCVL", target(e), describe(events));
      }
    }
  }

  @Test
  void aCountryNamedActingInItsMinistersWordsIsItsGovernment() {
    String text = "\"There is no question of Norway giving up its veto on fishing quotas,\" the fisheries minister said.";
    int from = 1;
    int to = text.indexOf(",\"");
    List<Event> events = codeWithQuote(text, from, to, QuoteKind.DIRECT, "NORGOV", "Norway=NOR",
        "fisheries minister=NORGOV");
    assertTrue(events.stream().noneMatch(e -> e.source().actor().code().equals("NOR")), describe(events));
  }

  @Test
  void anActWithItsAgentAfterFromIsAimedAtTheSubject() {
    List<Event> events = code("Prime Minister Ola Brekke faced sharp criticism from the opposition over the budget.",
        "Prime Minister Ola Brekke=NORGOV", "opposition=NOROPP");
    Event e = only(events, "ACCUSE");
    assertEquals("NOROPP", e.source().actor().code(), describe(events));
    assertEquals("NORGOV", target(e));
  }

  @Test
  void anActOnAProposalIsAimedAtWhoProposedIt() {
    String text = "The Supreme Court has proposed a rule that would hide birth dates in court records. "
        + "The Sheriffs' Association also opposes the proposal, arguing that officers need the data.";
    List<Event> events = code(text, "Supreme Court=USAJUD", "Sheriffs' Association=USACOP", "officers=USACOP");
    Event e = only(events, "REJECT");
    assertEquals("USACOP", e.source().actor().code(), describe(events));
    assertEquals("USAJUD", target(e));
    assertTrue(e.rule().endsWith("/target-proposer"), e.rule());
    // another body of the same code may be the proposer: a prosecutor against the court's rules
    String again = "The Supreme Court has proposed a rule that would hide birth dates in court records. "
        + "The district attorney rejected the proposed rules.";
    Event r = only(code(again, "Supreme Court=USAJUD", "district attorney=USAJUD"), "REJECT");
    assertEquals("Supreme Court", r.target().text(), describe(List.of(r)));
  }

  @Test
  void aStateReceivesWhoIsReturnedToItAndAVetoStrikesAtTheLegislature() {
    List<Event> returned = code("The three sailors held by Iran will be returned to Norway next week.", "Iran=IRN",
        "Norway=NOR");
    assertTrue(returned.stream().anyMatch(e -> e.target() != null && target(e).equals("NORGOV")),
        describe(returned));
    List<Event> vetoed = code("Governor Ana Reyes vetoed a bill that would have raised the pay of teachers.",
        "Governor Ana Reyes=USAGOV", "teachers=USAEDU");
    Event e = only(vetoed, "REJECT");
    assertEquals("USALEG", target(e), describe(vetoed));
    List<Event> overridden = code("Senator Tom Hale voted to override Governor Ana Reyes's veto of a bill on schools.",
        "Senator Tom Hale=USALEG", "Governor Ana Reyes=USAGOV", "schools=USAEDU");
    assertTrue(overridden.stream().anyMatch(v -> v.source().actor().code().equals("USAGOV") && v.target() != null
        && target(v).equals("USALEG")), describe(overridden));
    List<Event> resolution = code("The United States vetoed a Security Council resolution on the ceasefire.",
        "United States=USA", "Security Council=IGOUNOSEC");
    assertTrue(resolution.stream().noneMatch(v -> v.target() != null && target(v).endsWith("LEG")),
        "a UN resolution is no bill: " + describe(resolution));
  }

  @Test
  void aBodyOfNoCountryCriticisesTheGovernmentTheArticleIsAbout() {
    String text = "The Norwegian government defended its asylum rules on Monday. "
        + "The justice minister said the rules would stay. Amnesty International condemned the rules.";
    List<Event> events = code(text, "Norwegian government=NORGOV", "justice minister=NORGOV",
        "Amnesty International=NGO");
    Event e = only(events, "ACCUSE");
    assertEquals("NORGOV", target(e), describe(events));
  }
}
