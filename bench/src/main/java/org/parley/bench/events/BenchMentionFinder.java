package org.parley.bench.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.nlp.ParsedDocument;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/**
 * BENCH ADAPTER ONLY: a minimal actor-mention finder so that the event bench can run before
 * {@code org.parley.actors.ActorResolver} lands. It knows country names (from the JDK's ISO tables), a hand-written
 * list of demonyms, capitals, common IGOs and armed groups, a few long-serving leaders, and sector role words. It is
 * deliberately simple (no coreference, no date-bounded roles); the real resolver replaces it.
 */
final class BenchMentionFinder {
  private static final int MAX_PHRASE = 5;

  /** Phrase (lower case, tokens joined by one space) to actor code (country, IGO or group). */
  private final Map<String, String> phrases = new HashMap<>();
  /** Role word (lower-case lemma) to sector code. */
  private final Map<String, String> roles = new HashMap<>();

  BenchMentionFinder() {
    for (String cc : Locale.getISOCountries()) {
      Locale l = new Locale("", cc);
      String name = l.getDisplayCountry(Locale.ENGLISH).replaceAll("\\s*\\(.*\\)", "").replaceAll("\\s*-.*", "");
      try {
        put(name, l.getISO3Country());
      } catch (java.util.MissingResourceException e) {
        // no alpha-3 code: skip
      }
    }
    table(ALIASES);
    table(DEMONYMS);
    table(CAPITALS);
    table(IGOS);
    table(LEADERS);
    for (String pair : ROLES.split(",")) {
      String[] kv = pair.trim().split(":");
      roles.put(kv[0], kv[1]);
    }
  }

  private void table(String data) {
    for (String pair : data.split(",")) {
      String[] kv = pair.trim().split(":");
      put(kv[0], kv[1]);
    }
  }

  private void put(String phrase, String code) {
    String key = phrase.toLowerCase(Locale.ROOT).replace("-", " - ").replace(".", " . ").replaceAll("\\s+", " ").trim();
    phrases.put(key, code);
    phrases.put(phrase.toLowerCase(Locale.ROOT).trim(), code);
  }

  /** The actor mentions of a parsed text. */
  List<Mention> find(ParsedDocument doc) {
    List<Mention> out = new ArrayList<>();
    for (ParsedSentence s : doc.sentences()) {
      find(doc.text(), s, out);
    }
    return out;
  }

  private void find(String text, ParsedSentence s, List<Mention> out) {
    List<Token> toks = s.tokens();
    int n = toks.size();
    String[] code = new String[n];
    int[] start = new int[n];
    boolean[] used = new boolean[n];
    int i = 0;
    while (i < n) {
      int matched = 0;
      String c = null;
      for (int len = Math.min(MAX_PHRASE, n - i); len >= 1; len--) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < i + len; k++) {
          if (k > i) {
            sb.append(' ');
          }
          sb.append(toks.get(k).word().toLowerCase(Locale.ROOT));
        }
        String key = sb.toString();
        String hit = phrases.get(key);
        if (hit == null && len == 1 && key.length() > 4 && key.endsWith("s")) {
          hit = phrases.get(key.substring(0, key.length() - 1)); // plural demonyms: "Algerians"
        }
        if (hit == null && key.endsWith(" 's")) {
          continue;
        }
        if (hit != null && (len > 1 || Character.isUpperCase(toks.get(i).word().charAt(0)))) {
          matched = len;
          c = hit;
          break;
        }
      }
      if (matched == 0) {
        i++;
        continue;
      }
      // "Syrian rebels", "Iraq's national security advisor", "US Deputy Secretary of Energy": add the role's sector.
      int last = i + matched - 1;
      String sector = "";
      int end = last;
      for (int k = last + 1; k < Math.min(n, last + 5); k++) {
        Token t = toks.get(k);
        String r = roles.get(t.lemma().toLowerCase(Locale.ROOT));
        if (r != null) {
          sector = r;
          end = k;
          break;
        }
        if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.word().equals("'s") || t.pos().equals("POS"))
            || phrases.containsKey(t.word().toLowerCase(Locale.ROOT))) {
          break;
        }
      }
      String full = c.length() == 3 && !c.startsWith("IGO") ? c + sector : c;
      add(text, toks, i, end, full, out);
      for (int k = i; k <= end; k++) {
        used[k] = true;
      }
      i = end + 1;
    }
    // Role words with no country: "insurgents", "the government" (country unknown: "---").
    for (int k = 0; k < n; k++) {
      if (used[k]) {
        continue;
      }
      Token t = toks.get(k);
      String r = roles.get(t.lemma().toLowerCase(Locale.ROOT));
      if (r != null && t.isNoun() && !r.equals("GOV")) {
        add(text, toks, k, k, "---" + r, out);
      } else if (r != null && t.isNoun() && k > 0 && toks.get(k - 1).lemma().equalsIgnoreCase("the")) {
        add(text, toks, k, k, "---" + r, out);
      }
    }
  }

  private static void add(String text, List<Token> toks, int from, int to, String code, List<Mention> out) {
    int a = toks.get(from).start();
    int b = toks.get(to).end();
    String country = code.startsWith("---") || code.startsWith("IGO") ? null : code.substring(0, 3);
    String sector = code.length() > 3 && !code.startsWith("IGO") ? code.substring(3) : null;
    ActorKind kind = code.startsWith("IGO") ? ActorKind.IGO : sector == null ? ActorKind.STATE : ActorKind.GROUP;
    out.add(new Mention(new Span(a, b), text.substring(a, b), new Actor(code, text.substring(a, b), kind, country,
        sector)));
  }

  private static final String ALIASES = "United States:USA,US:USA,U.S.:USA,USA:USA,America:USA,U.S:USA,"
      + "United States of America:USA,Britain:GBR,Great Britain:GBR,UK:GBR,U.K.:GBR,United Kingdom:GBR,"
      + "England:GBR,Russia:RUS,Soviet Union:RUS,South Korea:KOR,North Korea:PRK,Iran:IRN,Syria:SYR,Vietnam:VNM,"
      + "Viet Nam:VNM,Laos:LAO,Burma:MMR,Myanmar:MMR,Ivory Coast:CIV,Congo:COD,Tanzania:TZA,Bolivia:BOL,"
      + "Venezuela:VEN,Moldova:MDA,Macedonia:MKD,Palestine:PSE,Palestinian Territories:PSE,Gaza:PSE,"
      + "Gaza Strip:PSE,West Bank:PSE,Taiwan:TWN,Czech Republic:CZE,Czechoslovakia:CZE,Yugoslavia:SRB,"
      + "Kosovo:XKX,Bosnia:BIH,Herzegovina:BIH,East Timor:TLS,Holland:NLD,the Netherlands:NLD,Vatican:VAT,"
      + "Ethopia:ETH,UAE:ARE,United Arab Emirates:ARE,Emirates:ARE,Cyprus:CYP,Chechnya:RUS,Tibet:CHN,"
      + "Kashmir:IND,Golan Heights:SYR,Northern Ireland:GBR,Scotland:GBR,Wales:GBR,Alaska:USA,"
      + "Hong Kong:HKG,Macau:MAC,Kurdistan:IRQ,Darfur:SDN,Crimea:UKR,Korea:KOR,Micronesia:FSM,"
      + "Saudi Arabia:SAU,Sri Lanka:LKA,New Zealand:NZL,South Africa:ZAF,Sierra Leone:SLE,Costa Rica:CRI,"
      + "El Salvador:SLV,Puerto Rico:PRI,Papua New Guinea:PNG,Cape Verde:CPV,Brunei:BRN,Swaziland:SWZ";
  private static final String DEMONYMS = "Afghan:AFG,Albanian:ALB,Algerian:DZA,American:USA,Angolan:AGO,"
      + "Argentine:ARG,Argentinian:ARG,Armenian:ARM,Australian:AUS,Austrian:AUT,Azerbaijani:AZE,Azeri:AZE,"
      + "Bahraini:BHR,Bangladeshi:BGD,Belarusian:BLR,Belgian:BEL,Bolivian:BOL,Bosnian:BIH,Brazilian:BRA,"
      + "British:GBR,Briton:GBR,Bulgarian:BGR,Burmese:MMR,Burundian:BDI,Cambodian:KHM,Cameroonian:CMR,"
      + "Canadian:CAN,Chadian:TCD,Chilean:CHL,Chinese:CHN,Colombian:COL,Congolese:COD,Croatian:HRV,Croat:HRV,"
      + "Cuban:CUB,Cypriot:CYP,Greek-Cypriot:CYP,Turkish-Cypriot:CYP,Czech:CZE,Danish:DNK,Dane:DNK,Dutch:NLD,"
      + "Ecuadorean:ECU,Ecuadorian:ECU,Egyptian:EGY,Eritrean:ERI,Estonian:EST,Ethiopian:ETH,Fijian:FJI,"
      + "Filipino:PHL,Philippine:PHL,Finnish:FIN,French:FRA,Georgian:GEO,German:DEU,Ghanaian:GHA,Greek:GRC,"
      + "Guatemalan:GTM,Guinean:GIN,Guyanese:GUY,Haitian:HTI,Honduran:HND,Hungarian:HUN,Icelandic:ISL,"
      + "Indian:IND,Indonesian:IDN,Iranian:IRN,Iraqi:IRQ,Irish:IRL,Israeli:ISR,Italian:ITA,Ivorian:CIV,"
      + "Jamaican:JAM,Japanese:JPN,Jordanian:JOR,Kazakh:KAZ,Kenyan:KEN,Korean:KOR,South Korean:KOR,"
      + "North Korean:PRK,Kosovar:XKX,Kuwaiti:KWT,Kyrgyz:KGZ,Lao:LAO,Laotian:LAO,Latvian:LVA,Lebanese:LBN,"
      + "Liberian:LBR,Libyan:LBY,Lithuanian:LTU,Macedonian:MKD,Malagasy:MDG,Malawian:MWI,Malaysian:MYS,"
      + "Malian:MLI,Mauritanian:MRT,Mexican:MEX,Moldovan:MDA,Mongolian:MNG,Montenegrin:MNE,Moroccan:MAR,"
      + "Mozambican:MOZ,Namibian:NAM,Nepalese:NPL,Nepali:NPL,New Zealander:NZL,Nicaraguan:NIC,Nigerian:NGA,"
      + "Nigerien:NER,Norwegian:NOR,Omani:OMN,Pakistani:PAK,Palestinian:PSE,Palestinians:PSE,Panamanian:PAN,"
      + "Paraguayan:PRY,Peruvian:PER,Polish:POL,Pole:POL,Portuguese:PRT,Qatari:QAT,Romanian:ROU,Russian:RUS,"
      + "Rwandan:RWA,Saudi:SAU,Senegalese:SEN,Serb:SRB,Serbian:SRB,Sierra Leonean:SLE,Singaporean:SGP,"
      + "Slovak:SVK,Slovenian:SVN,Slovene:SVN,Somali:SOM,South African:ZAF,Spanish:ESP,Sri Lankan:LKA,"
      + "Sudanese:SDN,Swedish:SWE,Swede:SWE,Swiss:CHE,Syrian:SYR,Taiwanese:TWN,Tajik:TJK,Tanzanian:TZA,"
      + "Thai:THA,Tibetan:CHN,Togolese:TGO,Tunisian:TUN,Turkish:TUR,Turk:TUR,Turkmen:TKM,Ugandan:UGA,"
      + "Ukrainian:UKR,Uruguayan:URY,Uzbek:UZB,Venezuelan:VEN,Vietnamese:VNM,Yemeni:YEM,Zambian:ZMB,"
      + "Zimbabwean:ZWE,Soviet:RUS,Yugoslav:SRB,Kurdish:IRQ,Chechen:RUS,Gazan:PSE,Kashmiri:IND,Emirati:ARE,"
      + "Belgrade:SRB,Scottish:GBR,Welsh:GBR,Bahamian:BHS,Beninese:BEN,Botswanan:BWA,Gabonese:GAB,"
      + "Gambian:GMB,Sudanese government:SDN,Bruneian:BRN,Maldivian:MDV,Maltese:MLT,Luxembourg:LUX";
  private static final String CAPITALS = "Washington:USA,White House:USA,Pentagon:USA,Moscow:RUS,Kremlin:RUS,"
      + "Beijing:CHN,London:GBR,Downing Street:GBR,Paris:FRA,Berlin:DEU,Bonn:DEU,Tokyo:JPN,Tehran:IRN,"
      + "Baghdad:IRQ,Damascus:SYR,Kabul:AFG,Islamabad:PAK,New Delhi:IND,Ankara:TUR,Cairo:EGY,Riyadh:SAU,"
      + "Jerusalem:ISR,Tel Aviv:ISR,Amman:JOR,Beirut:LBN,Tripoli:LBY,Khartoum:SDN,Nairobi:KEN,Kigali:RWA,"
      + "Kinshasa:COD,Pretoria:ZAF,Harare:ZWE,Addis Ababa:ETH,Asmara:ERI,Mogadishu:SOM,Abuja:NGA,Lagos:NGA,"
      + "Seoul:KOR,Pyongyang:PRK,Hanoi:VNM,Bangkok:THA,Manila:PHL,Jakarta:IDN,Kuala Lumpur:MYS,Canberra:AUS,"
      + "Ottawa:CAN,Mexico City:MEX,Havana:CUB,Caracas:VEN,Bogota:COL,Lima:PER,Brasilia:BRA,Buenos Aires:ARG,"
      + "Santiago:CHL,Madrid:ESP,Rome:ITA,Lisbon:PRT,Athens:GRC,Vienna:AUT,Warsaw:POL,Prague:CZE,Budapest:HUN,"
      + "Bucharest:ROU,Sofia:BGR,Kiev:UKR,Kyiv:UKR,Minsk:BLR,Tbilisi:GEO,Yerevan:ARM,Baku:AZE,Sarajevo:BIH,"
      + "Zagreb:HRV,Ljubljana:SVN,Pristina:XKX,Skopje:MKD,Tirana:ALB,Stockholm:SWE,Oslo:NOR,Helsinki:FIN,"
      + "Copenhagen:DNK,Dublin:IRL,Brussels:BEL,The Hague:NLD,Bern:CHE,Taipei:TWN,Colombo:LKA,Kathmandu:NPL,"
      + "Dhaka:BGD,Rangoon:MMR,Yangon:MMR,Phnom Penh:KHM,Freetown:SLE,Monrovia:LBR,Dakar:SEN,Algiers:DZA,"
      + "Tunis:TUN,Rabat:MAR,Sanaa:YEM,Muscat:OMN,Doha:QAT,Kuwait City:KWT,Abu Dhabi:ARE,Dushanbe:TJK,"
      + "Tashkent:UZB,Nicosia:CYP,Georgetown:GUY,Suva:FJI,Maputo:MOZ,Luanda:AGO,Kampala:UGA,Dar es Salaam:TZA";
  private static final String IGOS = "United Nations:IGOUNO,UN:IGOUNO,U.N.:IGOUNO,U.N:IGOUNO,"
      + "Security Council:IGOUNO,UN Security Council:IGOUNO,General Assembly:IGOUNO,UNIFIL:IGOUNO,"
      + "World Food Program:IGOUNOWFP,World Food Programme:IGOUNOWFP,WFP:IGOUNOWFP,UNHCR:IGOUNOHCR,"
      + "UNICEF:IGOUNOUNI,IAEA:IGOUNOIAE,World Health Organization:IGOUNOWHO,WHO:IGOUNOWHO,"
      + "European Union:IGOEUREEC,EU:IGOEUREEC,European Community:IGOEUREEC,EC:IGOEUREEC,"
      + "European Commission:IGOEUREEC,European common market:IGOEUREEC,NATO:IGOWSTNAT,"
      + "North Atlantic Treaty Organization:IGOWSTNAT,OSCE:IGOEUROSC,African Union:IGOAFRAFU,AU:IGOAFRAFU,"
      + "Organization of African Unity:IGOAFROAU,OAU:IGOAFROAU,Arab League:IGOARBLEA,ECOWAS:IGOWAFWAS,"
      + "ASEAN:IGOSEAASN,OPEC:IGOBUSOPC,World Bank:IGOWORWBK,IMF:IGOWORIMF,"
      + "International Monetary Fund:IGOWORIMF,WTO:IGOWORWTO,Interpol:IGOINT,Red Cross:NGOIRC,"
      + "Amnesty International:NGOAMN,Human Rights Watch:NGOHRW,Hamas:PSEREB,Hezbollah:LBNREB,Hizbollah:LBNREB,"
      + "Taliban:AFGREB,al-Qaeda:IMGMUS,Al Qaeda:IMGMUS,al Qaeda:IMGMUS,ISIL:IMGMUSISI,ISIS:IMGMUSISI,"
      + "Islamic State:IMGMUSISI,Boko Haram:NGAREB,al-Shabab:SOMREB,PLO:PSE,Fatah:PSE,FARC:COLREB,"
      + "Khmer Rouge:KHMREB,Kosovo Liberation Army:XKXREB,KLA:XKXREB,Revolutionary United Front:SLEREB,"
      + "RUF:SLEREB,UNITA:AGOREB,SPLM:SDNREB,Muslim Brotherhood:EGYOPP,Congress:USALEG,Senate:USALEG,"
      + "Knesset:ISRLEG,Duma:RUSLEG,Bundestag:DEULEG";
  private static final String LEADERS = "Obama:USAGOV,Barack Obama:USAGOV,Bush:USAGOV,Clinton:USAGOV,"
      + "Reagan:USAGOV,Putin:RUSGOV,Vladimir Putin:RUSGOV,Yeltsin:RUSGOV,Gorbachev:RUSGOV,Medvedev:RUSGOV,"
      + "Assad:SYRGOV,Netanyahu:ISRGOV,Sharon:ISRGOV,Arafat:PSEGOV,Abbas:PSEGOV,Mubarak:EGYGOV,"
      + "Saddam:IRQGOV,Saddam Hussein:IRQGOV,Milosevic:SRBGOV,Kostunica:SRBGOV,Blair:GBRGOV,Cameron:GBRGOV,"
      + "Merkel:DEUGOV,Chirac:FRAGOV,Sarkozy:FRAGOV,Hollande:FRAGOV,Erdogan:TURGOV,Ahmadinejad:IRNGOV,"
      + "Khamenei:IRNGOV,Rouhani:IRNGOV,Karzai:AFGGOV,Musharraf:PAKGOV,Gaddafi:LBYGOV,Qadhafi:LBYGOV,"
      + "Castro:CUBGOV,Chavez:VENGOV,Mugabe:ZWEGOV,Kagame:RWAGOV,Xi Jinping:CHNGOV,Hu Jintao:CHNGOV,"
      + "Jiang Zemin:CHNGOV,Kim Jong Il:PRKGOV,Kim Jong-il:PRKGOV,Kim Jong Un:PRKGOV,Abe:JPNGOV,Modi:INDGOV,"
      + "Poroshenko:UKRGOV,Zelensky:UKRGOV,Lukashenko:BLRGOV,Maliki:IRQGOV,Barak:ISRGOV,Ehud Barak:ISRGOV,"
      + "Rabin:ISRGOV,Peres:ISRGOV,Kabila:CODGOV,Museveni:UGAGOV,Suharto:IDNGOV,Petraeus:USAMIL,"
      + "Suleiman:LBNGOV,Michel Suleiman:LBNGOV";
  private static final String ROLES = "government:GOV,minister:GOV,ministry:GOV,president:GOV,premier:GOV,"
      + "chancellor:GOV,king:GOV,official:GOV,officials:GOV,spokesman:GOV,spokeswoman:GOV,spokesperson:GOV,"
      + "secretary:GOV,leader:GOV,cabinet:GOV,regime:GOV,administration:GOV,embassy:GOV,ambassador:GOV,"
      + "diplomat:GOV,envoy:GOV,negotiator:GOV,authority:GOV,advisor:GOV,adviser:GOV,delegation:GOV,"
      + "foreign:GOV,army:MIL,military:MIL,troops:MIL,troop:MIL,soldier:MIL,force:MIL,forces:MIL,navy:MIL,"
      + "commander:MIL,general:MIL,warplane:MIL,jet:MIL,tank:MIL,police:COP,policeman:COP,officer:COP,"
      + "court:JUD,judge:JUD,prosecutor:JUD,rebel:REB,insurgent:REB,militant:REB,guerrilla:REB,militia:REB,"
      + "separatist:REB,gunman:REB,fighter:REB,protester:OPP,protestor:OPP,demonstrator:OPP,activist:OPP,"
      + "opposition:OPP,dissident:OPP,opponent:OPP,student:CVL,civilian:CVL,resident:CVL,villager:CVL,"
      + "people:CVL,worker:LAB,union:LAB,parliament:LEG,lawmaker:LEG,legislator:LEG,congress:LEG,senate:LEG,"
      + "media:MED,newspaper:MED,agency:GOV,peacekeeper:PKO,inspector:GOV,party:PTY";
}
