package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Mention;

/** The error classes of issue 14, each with sentences written for this test. */
class ActorLinkingTest {
  private static final ActorResolver RESOLVER = ActorResolver.builtIn();
  private static final LocalDate D2005 = LocalDate.of(2005, 3, 1);
  private static final LocalDate D2016 = LocalDate.of(2016, 3, 1);

  private static String code(List<Mention> ms, String text) {
    return ActorResolverTest.code(ms, text);
  }

  /** Resolves one sentence as the tagged pipeline sees it: tokens at the given spans with the given NER tags. */
  private static List<Mention> resolveTagged(String text, int[][] spans, String[] ner) {
    List<TokenInfo> toks = new java.util.ArrayList<>();
    for (int i = 0; i < spans.length; i++) {
      toks.add(new TokenInfo(spans[i][0], spans[i][1], text.substring(spans[i][0], spans[i][1]), "", ner[i]));
    }
    return RESOLVER.resolve(text, List.of(new org.parley.model.Span(0, text.length())), List.of(toks), D2016);
  }

  private static String codeContaining(List<Mention> ms, String part, int nth) {
    int seen = 0;
    for (Mention m : ms) {
      if (m.text().contains(part) && seen++ == nth) {
        return m.actor().code();
      }
    }
    return "-";
  }

  // --- a person described by the body they belong to speaks for it, in every later mention

  @Test
  void aPersonFromANamedBodyTakesItsSectorAndTheCountryWrittenWithIt() {
    List<Mention> ms = RESOLVER.resolve("""
        LONDON - Ministers defended the new detention rules on Tuesday.

        Nadia Ferrow, from the UK's Human Rights Watch, said the rules were unlawful.
        Ferrow said she would write to the Home Office.""", D2005);
    assertEquals("GBRNGO", codeContaining(ms, "Nadia Ferrow", 0));
    assertEquals("GBRNGO", code(ms, "Ferrow"));
  }

  @Test
  void aNamedPersonTheArticleDoesNotDescribeIsACivilianOfItsCountryElseUnknown() {
    List<Mention> ms = RESOLVER.resolve("""
        LONDON - The Home Office said on Tuesday that the detention rules would stay.

        Tomas Edgecombe said he had been held for two years without charge.
        Edgecombe said he would sue the British government.""", D2005);
    assertEquals("GBRCVL", codeContaining(ms, "Tomas Edgecombe", 0));
    assertEquals("GBRCVL", code(ms, "Edgecombe"));
    // no country leads: the person stays unknown rather than borrowing one
    List<Mention> none = RESOLVER.resolve("Tomas Edgecombe said he had been held for two years without charge.",
        D2005);
    assertEquals("UNK", codeContaining(none, "Tomas Edgecombe", 0));
  }

  @Test
  void aPositionInABodyGivesTheBodysSector() {
    List<Mention> ms = RESOLVER.resolve("""
        WASHINGTON - The Senate passed the immigration bill on Friday.

        Orla Brennick, the owner of a small roofing company in Ohio, said she had lost half her crew.
        Ivo Santer, a defence analyst at Boston University, said the bill would not pass the House.
        Petra Marvell, legal director of the human rights organisation Safeguard, said: "This is not enough."
        """, D2016);
    assertEquals("USABUS", codeContaining(ms, "Orla Brennick", 0));
    assertEquals("USAEDU", codeContaining(ms, "Ivo Santer", 0));
    assertEquals("NGO", codeContaining(ms, "Petra Marvell", 0));
  }

  @Test
  void theWordsBeforeAnUnknownBodysNameSayWhatItIs() {
    List<Mention> ms = RESOLVER.resolve("""
        LONDON - Ministers defended the new detention rules on Tuesday.

        The civil rights group Freedom First said it was delighted.
        The militant group Red Dawn Brigade claimed the attack.""", D2005);
    assertEquals("GBRNGO", codeContaining(ms, "Freedom First", 0));
    assertEquals("GBRREB", codeContaining(ms, "Red Dawn Brigade", 0));
  }

  @Test
  void anAdjectiveBeforeTheRoleAndTheOriginAfterItStillPlaceThePerson() {
    List<Mention> ms = RESOLVER.resolve("""
        WASHINGTON - The Senate passed the immigration bill on Friday.

        Rosa Ibarra, an undocumented immigrant from Mexico, said she was afraid to drive to work.
        Ibarra said the law had split her family.""", D2016);
    assertEquals("MEXCVL", codeContaining(ms, "Rosa Ibarra", 0));
    assertEquals("MEXCVL", code(ms, "Ibarra"));
  }

  @Test
  void anHonorificBetweenTheOfficeAndTheNameDoesNotHideThePerson() {
    List<Mention> ms = RESOLVER.resolve("""
        LONDON - Ministers faced questions about the legal advice on Tuesday.

        The book is about the Attorney General Lord Ashworth's advice. Lord Ashworth denied the claims.""", D2005);
    assertEquals("GBRGOV", codeContaining(ms, "Ashworth", 1));
  }

  // --- a country is never borrowed from a nearby word

  @Test
  void nationalityWrittenNextToTheRoleWinsOverACityInTheSentence() {
    List<Mention> ms = RESOLVER.resolve("Israeli Prime Minister Avi Dror spoke to reporters in Madrid on Monday.", D2016);
    assertEquals("ISRGOV", codeContaining(ms, "Avi Dror", 0));
  }

  @Test
  void aPersonWithoutOwnCountryTakesTheArticlesHomeNotTheTopicOfTheSentence() {
    List<Mention> ms = RESOLVER.resolve("""
        LONDON - Downing Street defended its record on Tuesday as MPs in Westminster debated Britain's budget.

        The shadow foreign secretary, Ann Pellow, said the war in Iraq had been a costly mistake.
        Pellow said China had been right to stay out.""", D2005);
    assertEquals("GBROPP", codeContaining(ms, "Ann Pellow", 0));
    assertEquals("GBROPP", code(ms, "Pellow"));
  }

  @Test
  void aSenatorInAnAmericanStoryIsNotBritishBecauseLondonIsMentioned() {
    List<Mention> ms = RESOLVER.resolve("""
        WASHINGTON - The White House welcomed the vote in Congress on Thursday.

        Senator Dana Whitcombe said the talks in London had failed to move the British side.""", D2016);
    assertEquals("USALEG", codeContaining(ms, "Dana Whitcombe", 0));
  }

  @Test
  void possessiveAndOfPhrasesGiveTheCountry() {
    List<Mention> ms = RESOLVER.resolve(
        "Russia's foreign minister met the prime minister of Estonia in a hotel in Paris.", D2016);
    assertEquals("RUSGOV", codeContaining(ms, "foreign minister", 0));
    assertEquals("ESTGOV", codeContaining(ms, "prime minister of Estonia", 0));
  }

  @Test
  void withoutAnyCountryTheCountryStaysUnknownRatherThanGuessed() {
    List<Mention> ms = RESOLVER.resolve("A spokesman for the ministry, Tomas Reye, declined to comment.", D2016);
    assertTrue(codeContaining(ms, "Tomas Reye", 0).startsWith("UNK"), ms.toString());
  }

  // --- opposition is not government

  @Test
  void partiesAreGovernmentOrOppositionOnTheArticleDate() {
    String text = "Tory leader Edwin Marsh said the Labour government had failed. The Tories said they would vote no.";
    List<Mention> in2005 = RESOLVER.resolve(text, D2005);
    assertEquals("GBROPP", codeContaining(in2005, "Edwin Marsh", 0));
    assertEquals("GBROPP", code(in2005, "Tories"));
    List<Mention> in2016 = RESOLVER.resolve(text, D2016);
    assertEquals("GBRGOV", codeContaining(in2016, "Edwin Marsh", 0));
  }

  @Test
  void shadowOfficesAndPortfolioSpokesmenOfOppositionPartiesAreOpposition() {
    List<Mention> ms = RESOLVER.resolve(
        "Liberal Democrat home affairs spokesman Rhys Gwilt criticised the plan, and shadow chancellor Moira Tan "
            + "agreed.", D2005);
    assertEquals("GBROPP", codeContaining(ms, "Rhys Gwilt", 0));
    assertEquals("OPP", codeContaining(ms, "Moira Tan", 0).substring(3));
  }

  @Test
  void aBareSurnameIsNotAForeignLeaderTheArticleNeverPlaces() {
    String text = """
        LONDON - British ministers defended the anti-terror bill in the Commons on Tuesday.

        Mr Howard said it would be far better to add a sunset clause.

        The bill returns to the Commons next week.""";
    assertEquals("GBRCVL", codeContaining(RESOLVER.resolve(text, D2005), "Howard", 0));
    String withAustralia = text + "\n\nAustralia has passed a similar law.";
    assertEquals("AUSGOV", codeContaining(RESOLVER.resolve(withAustralia, D2005), "Howard", 0));
  }

  @Test
  void aLegislatorOfTheOppositionStillSpeaksAsALegislator() {
    List<Mention> ms = RESOLVER.resolve("Republican senator Hal Brandt of Ohio said the bill would pass.", D2016);
    assertEquals("USALEG", codeContaining(ms, "Hal Brandt", 0));
  }

  // --- groups keep their own side

  @Test
  void westernLeadersAndEuMinistersAreNotTheGovernmentTheyAccuse() {
    List<Mention> ms = RESOLVER.resolve(
        "Western leaders accused Moscow of sabotage, and EU foreign ministers condemned Russia.", D2016);
    assertEquals("WSTGOV", code(ms, "Western leaders"));
    assertEquals("IGOEUREEC", code(ms, "EU foreign ministers"));
    assertNotEquals("RUSGOV", code(ms, "Western leaders"));
  }

  @Test
  void protestersAreCiviliansNotOpposition() {
    List<Mention> ms = RESOLVER.resolve("Serbian protesters blocked the bridge.", D2016);
    assertEquals("SRBCVL", code(ms, "Serbian protesters"));
  }

  // --- named people, bodies and media are coded

  @Test
  void knownBodiesMediaAndLawyersGetTheirSector() {
    List<Mention> ms = RESOLVER.resolve("""
        Amnesty International said the detentions were unlawful. The People's Daily said Beijing would respond.
        The BBC's home affairs correspondent, Nia Roberts, said the plan was new.""", D2016);
    assertEquals("NGO", code(ms, "Amnesty International"));
    assertEquals("CHNMED", code(ms, "The People's Daily"));
    assertEquals("GBRMED", codeContaining(ms, "Nia Roberts", 0));
  }

  @Test
  void peopleFromTheKnowledgeBaseGetTheRoleOfTheArticleDate() {
    // Only in the converted Phoenix tables: home secretary until late 2004, then again in 2005.
    ActorDictionary d = RESOLVER.dictionary();
    assertEquals("GBRGOV", d.lookup("David Blunkett", LocalDate.of(2005, 7, 1)).orElseThrow().code());
    assertEquals("GBRELI", d.lookup("David Blunkett", LocalDate.of(2010, 6, 1)).orElseThrow().code());
    assertEquals("ELI", codeContaining(RESOLVER.resolve("David Blunkett said no.", LocalDate.of(2010, 6, 1)),
        "Blunkett", 0).substring(3));
  }

  // --- one entity, one code per article

  @Test
  void aLaterRoleReachesEveryMentionOfThePerson() {
    List<Mention> ms = RESOLVER.resolve(
        "Jan Kowalczyk said the talks would go on. Kowalczyk, Poland's deputy foreign minister, added that he was "
            + "hopeful.", D2016);
    assertEquals("POLGOV", code(ms, "Jan Kowalczyk"));
    assertEquals("POLGOV", code(ms, "Kowalczyk"));
    assertEquals("POLGOV", code(ms, "he"));
  }

  @Test
  void aLaterBareMentionNeverLosesTheEarlierCode() {
    List<Mention> ms = RESOLVER.resolve(
        "Chilean Interior Minister Rosa Varga said the curfew would end. Varga, speaking later, said: \"We are calm.\"",
        D2016);
    assertEquals("CHLGOV", codeContaining(ms, "Rosa Varga", 0));
    assertEquals("CHLGOV", code(ms, "Varga"));
  }

  // --- an institution before a generic title gives the sector

  @Test
  void aSpokesmanOfTheNavyOrAPresidentOfTheSenateSpeaksForThatBranch() {
    List<Mention> ms = RESOLVER.resolve(
        "A Peruvian navy spokesman said the search would go on. Chilean Senate President Ana Lira disagreed.", D2016);
    assertEquals("PERMIL", codeContaining(ms, "navy spokesman", 0));
    assertEquals("CHLLEG", codeContaining(ms, "Ana Lira", 0));
  }

  @Test
  void aDatelineNamesTheHomeCountryEvenWhenAnotherCountryIsTheTopic() {
    List<Mention> ms = RESOLVER.resolve("""
        Attack suspects sought

        LISBON — France asked for help after the attacks in Paris, and French officials said Paris would act.
        The mayor, Rui Pinto, said the police had been told. The mayor added that help would come.""",
        D2016);
    assertEquals("PRTGOV", codeContaining(ms, "Rui Pinto", 0));
  }

  @Test
  void anOfficeElectSplitByTheTokenizerStillPrecedesTheName() {
    String text = "President-elect Ana Ruiz of Chile said the cabinet was ready.";
    int[][] spans = {{0, 9}, {9, 10}, {10, 15}, {16, 19}, {20, 24}, {25, 27}, {28, 33}, {34, 38}, {39, 42},
        {43, 50}, {51, 54}, {55, 60}, {60, 61}};
    String[] ner = {"O", "O", "O", "PERSON", "PERSON", "O", "LOCATION", "O", "O", "O", "O", "O", "O"};
    List<Mention> ms = resolveTagged(text, spans, ner);
    assertEquals("GOV", codeContaining(ms, "Ana Ruiz", 0).substring(3), ms.toString());
  }

  @Test
  void ofAndFromAfterARoleSayWhereThePeopleBelong() {
    List<Mention> ms = RESOLVER.resolve(
        "The United States sheltered dissidents from Egypt. The mayor of the northern West Bank city spoke.", D2016);
    assertEquals("EGY", codeContaining(ms, "dissidents", 0).substring(0, 3));
    assertEquals("PSEGOV", codeContaining(ms, "mayor", 0));
  }

  @Test
  void abbreviatedTitlesAndThePopeAreKnown() {
    List<Mention> ms = RESOLVER.resolve(
        "TRENTON - Gov. Ray Dunmore vetoed the bill. Pope Francis said the sisters had done good work.", D2016);
    assertEquals("USAGOV", codeContaining(ms, "Ray Dunmore", 0));
    assertEquals("VATGOV", codeContaining(ms, "Francis", 0));
  }

  // --- third pass on whole real articles: offices in bodies, parties, places the tables do not know

  @Test
  void anOfficeInABodyThatIsNoGovernmentSpeaksForTheBody() {
    List<Mention> ms = RESOLVER.resolve("""
        MONTGOMERY, Ala. - The state's new immigration law took effect on Friday.

        Work will slow, said Dara Pollock, executive vice president of the Roofing Contractors Association of Alabama.
        Lena Cordray, president of the Home Builders Association of Ohio, said sites stood idle.
        An official with a background screening company said the rule was unfair.
        Senator Ron Vale, president of the Senate, said the law would stay.""", D2016);
    assertEquals("USABUS", codeContaining(ms, "Dara Pollock", 0), ms.toString());
    assertEquals("USABUS", codeContaining(ms, "Lena Cordray", 0), ms.toString());
    assertEquals("USABUS", codeContaining(ms, "official", 0), ms.toString());
    // an office in a legislature is still an office, not a body's voice
    assertNotEquals("USABUS", codeContaining(ms, "Ron Vale", 0));
  }

  @Test
  void aBodyOfMembersTakesTheirSector() {
    List<Mention> ms = RESOLVER.resolve("""
        TULSA, Okla. - A plan to close court records drew fire on Monday.

        The Home Builders Association of Tulsa opposed the plan.
        The Greenfield Civic Association said it would sue.""", D2016);
    assertTrue(codeContaining(ms, "Home Builders", 0).endsWith("BUS"), ms.toString());
    assertTrue(codeContaining(ms, "Civic Association", 0).endsWith("NGO"), "no members named: a civic body " + ms);
  }

  @Test
  void aPartyMemberInAnAppositionTakesThePartysCodeOfTheDay() {
    List<Mention> ms = RESOLVER.resolve("""
        WASHINGTON - Party insiders are lining up behind the front-runner.

        "I trust her," said Carl Henning, a DNC member from Montana.
        Ada Rowe, the niece of a former senator and RNC member, said she had not decided.""", D2016);
    assertEquals("USAGOV", codeContaining(ms, "Carl Henning", 0), "Democrats held the presidency in 2016");
    assertEquals("USAOPP", codeContaining(ms, "Ada Rowe", 0), "Republicans did not");
  }

  @Test
  void aBodyInAForeignCountryGivesItsMemberThatCountry() {
    List<Mention> ms = RESOLVER.resolve("""
        BRUSSELS - The district has long worried the police.

        Belgium is the weak link, said Joost Verhaegen, a lecturer at Leiden University in the Netherlands.
        The mayor of Molenbeek, Anne Dubois, said the district was safe.""", D2016);
    assertEquals("NLDEDU", codeContaining(ms, "Joost Verhaegen", 0), ms.toString());
    assertEquals("BELGOV", codeContaining(ms, "Anne Dubois", 0), "a Brussels dateline makes a Belgian story");
  }

  @Test
  void aParentheticalSaidIsNoApposition() {
    List<Mention> ms = RESOLVER.resolve("""
        PARIS - Investigators widened their search on Monday.

        A French official said Karim Belhadj had planned the attack.
        Mr. Belhadj, the official said, was also in contact with the others.""", D2016);
    assertNotEquals("FRAGOV", codeContaining(ms, "Belhadj", 1), "the official spoke of him; he is not one");
  }

  @Test
  void aSurnameTheTaggerCallsAnOrganisationIsThePersonNamedBefore() {
    String text = "Rosa Chavarria spoke. \"I was wrong,\" Chavarria said.";
    int[][] spans = {{0, 4}, {5, 14}, {15, 20}, {20, 21}, {22, 23}, {23, 24}, {25, 28}, {29, 34}, {34, 35},
        {35, 36}, {37, 46}, {47, 51}, {51, 52}};
    String[] ner = {"PERSON", "PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "ORGANIZATION", "O", "O"};
    List<Mention> ms = resolveTagged(text, spans, ner);
    Mention later = ms.stream().filter(m -> m.span().start() == 37).findFirst().orElseThrow();
    assertEquals("Rosa Chavarria", later.actor().name(), ms.toString());
  }

  @Test
  void aLegislatorOfAPartyOutOfPowerSpeaksForTheOppositionInAParliament() {
    String text = """
        LONDON - The prime minister defended the council cuts on Wednesday.

        Labour MP Dana Whitlock attacked the prime minister over the cuts.""";
    assertEquals("GBROPP", codeContaining(RESOLVER.resolve(text, D2016), "Dana Whitlock", 0), "Labour out of power");
    assertEquals("GBRLEG", codeContaining(RESOLVER.resolve(text, D2005), "Dana Whitlock", 0), "Labour governing");
    List<Mention> us = RESOLVER.resolve("""
        MONTGOMERY, Ala. - The immigration law took effect on Friday.

        Republican state Sen. Carl Boone said the law would stay.""", D2016);
    assertEquals("USALEG", codeContaining(us, "Carl Boone", 0), "a presidential system's legislators stay LEG");
  }

  @Test
  void legislatorsNamedByTheirSideAndLeadersOfACause() {
    List<Mention> ms = RESOLVER.resolve("""
        PORT OF SPAIN - The Senate debated the motion on Tuesday.

        All 15 government senators voted against the amendment.
        The march was chided by national civil rights leaders.""", D2016);
    assertEquals("GOV", codeContaining(ms, "government senators", 0).substring(3), ms.toString());
    assertEquals("NGO", codeContaining(ms, "civil rights leaders", 0).substring(3), ms.toString());
  }

  @Test
  void aPositionInABodyNamedByItsKindOrItsMembers() {
    List<Mention> ms = RESOLVER.resolve("""
        JAKARTA - The search went on through the night.

        Bodies were found, said Budi Santoso, the head of the search and rescue agency, on Tuesday.
        "We are at war," said Tom Reilly, head of the police union.""", D2016);
    assertEquals("IDNGOV", codeContaining(ms, "Budi Santoso", 0), ms.toString());
    assertEquals("COP", codeContaining(ms, "Tom Reilly", 0).substring(3), ms.toString());
  }

  @Test
  void formerOfficesAndNameSuffixes() {
    List<Mention> ms = RESOLVER.resolve("""
        LONDON - The legal advice was debated again on Sunday.

        But ex-foreign secretary Ron Keble says all the advice should now be published.
        He worked at the request of Martin Luther King Jr. in Chicago.""", D2005);
    assertEquals("GBRELI", codeContaining(ms, "Ron Keble", 0), ms.toString());
    assertTrue(ms.stream().noneMatch(m -> m.actor().code().endsWith("GOV") && m.text().contains("King")),
        ms.toString());
  }

  @Test
  void aPronounTakesTheTitleHolderOfItsOwnSentenceBeforeAManNamedEarlier() {
    List<Mention> ms = RESOLVER.resolve("""
        LONDON - A freed detainee spoke to reporters on Sunday.

        Mr Tomas Bell said he had been beaten at the camp.
        The home secretary said he would not be launching an investigation.""", D2005);
    Mention he = ms.stream().filter(m -> m.text().equals("he")).reduce((a, b) -> b).orElseThrow();
    assertTrue(he.actor().code().endsWith("GOV"), ms.toString());
  }

  @Test
  void aSurnameAfterANameWithASuffixIsThatPerson() {
    List<Mention> ms = RESOLVER.resolve("""
        WASHINGTON - Democrats marked the anniversary on Friday.

        Samuel Whitford Jr., a DNC member, spoke on the call.
        Whitford, who served under two presidents, said the program would last.""", D2016);
    assertEquals(codeContaining(ms, "Samuel Whitford Jr", 0), code(ms, "Whitford"), ms.toString());
  }

  @Test
  void aCapitalisedOfficeAloneIsItsHolderOnceNamed() {
    List<Mention> ms = RESOLVER.resolve("""
        ROAD TOWN - The territory woke to the news on Thursday.

        Governor Alan Pryce made the announcement this afternoon.
        It is my duty as Governor to inform you of the arrest.""", D2016);
    assertEquals(2, ms.stream().filter(m -> m.actor().name().equals("Alan Pryce")).count(), ms.toString());
    List<Mention> none = RESOLVER.resolve("It is my duty as Governor to inform you of the arrest.", D2016);
    assertTrue(none.stream().noneMatch(m -> m.text().equals("Governor")), "no holder named: no mention");
  }

  @Test
  void anInstitutionNamedByItsKindAloneIsTheHomeOneAndInvestigatorsArePolice() {
    List<Mention> ms = RESOLVER.resolve("""
        VATICAN CITY - The Vatican published its report on Tuesday.

        Investigators said the suspect had fled.""", D2016);
    assertEquals("COP", codeContaining(ms, "Investigators", 0).substring(3), ms.toString());
    String text = "The Vatican said so. The Church agreed.";
    int[][] spans = {{0, 3}, {4, 11}, {12, 16}, {17, 19}, {19, 20}, {21, 24}, {25, 31}, {32, 38}, {38, 39}};
    String[] ner = {"O", "LOCATION", "O", "O", "O", "O", "ORGANIZATION", "O", "O"};
    List<Mention> tagged = resolveTagged(text, spans, ner);
    assertEquals("VATREL", codeContaining(tagged, "Church", 0), tagged.toString());
  }
}
