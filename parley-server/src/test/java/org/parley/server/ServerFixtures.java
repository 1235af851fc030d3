package org.parley.server;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.DatePrecision;
import org.parley.model.DateSource;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.PublishedDate;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Span;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;

/**
 * A small invented standoff between Estonia and Russia over six weeks of early 2019, on two sites, plus one hostile
 * page whose title, text, quote and URL try to run script in the UI.
 */
final class ServerFixtures {
  private ServerFixtures() {}

  static final Actor EST = new Actor("ESTGOV", "Estonia", ActorKind.STATE, "EST", "GOV");
  static final Actor RUS = new Actor("RUSGOV", "Russia", ActorKind.STATE, "RUS", "GOV");
  static final Actor RUS_MIL = new Actor("RUSMIL", "Russian navy", ActorKind.GROUP, "RUS", "MIL");
  static final Actor SAAR = new Actor("ESTGOV", "Kristjan Saar", ActorKind.PERSON, "EST", "GOV");
  static final Actor VOLKOV = new Actor("RUSGOV", "Pavel Volkov", ActorKind.PERSON, "RUS", "GOV");
  static final Actor NATO = new Actor("IGOWSTNAT", "NATO", ActorKind.IGO, null, null);
  static final Actor EU = new Actor("IGOEUREEC", "European Union", ActorKind.IGO, null, null);
  /** As the resolver names what it finds by a phrase or a pronoun: by the words of the text. */
  static final Actor EST_DIPLOMATS = new Actor("ESTGOV", "Estonian diplomats", ActorKind.GROUP, "EST", "GOV");
  static final Actor EST_AS_IT = new Actor("ESTGOV", "It", ActorKind.STATE, "EST", "GOV");

  static final String HOSTILE_TITLE = "Breaking <script>window.__pwned=1</script> news";
  static final String HOSTILE_IMG = "<img src=x onerror=\"window.__pwned=1\">";
  static final String HOSTILE_URL = "javascript:window.__pwned=1";

  /** A quote to place: its words, who said them (as written) and the sentence holding them. */
  record Q(String words, String speakerAs, Actor speaker, String sentence) {}

  /** An event to place: type, CAMEO, Goldstein, the actors as written and the evidence sentence. */
  record E(String type, String cameo, double goldstein, Actor source, String sourceAs, Actor target, String targetAs,
           String sentence) {}

  static Analysis analysis(String id, String site, String url, String day, String title, List<String> paragraphs,
                           List<Q> quotes, List<E> events) {
    LocalDate d = LocalDate.parse(day);
    PublishedDate pd = new PublishedDate(d, OffsetDateTime.parse(day + "T09:00:00+02:00"), day, DateSource.META);
    Article a = new Article(id, "fixtures/" + id + ".html", url, site, title, null, pd, List.of("Maarja Tamm"), "en",
        paragraphs, List.of());
    String text = a.text();
    List<Span> sentences = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    List<Quote> qs = new ArrayList<>();
    for (Q q : quotes) {
      Span sentence = span(text, q.sentence(), 0);
      Span words = span(text, q.words(), sentence.start());
      Mention who = new Mention(span(text, q.speakerAs(), sentence.start()), q.speakerAs(), q.speaker());
      sentences.add(sentence);
      mentions.add(who);
      qs.add(new Quote(words, q.words(), QuoteKind.DIRECT, who, "said", null, sentence));
    }
    List<Event> es = new ArrayList<>();
    for (E e : events) {
      Span sentence = span(text, e.sentence(), 0);
      Mention src = new Mention(span(text, e.sourceAs(), sentence.start()), e.sourceAs(), e.source());
      Mention tgt = new Mention(span(text, e.targetAs(), sentence.start()), e.targetAs(), e.target());
      mentions.add(src);
      mentions.add(tgt);
      es.add(new Event(e.type(), e.cameo(), e.goldstein(), src, tgt, d, DatePrecision.ARTICLE, false, null,
          new Span(sentence.start(), sentence.start() + 1), sentence, 0.9));
    }
    return new Analysis(a, sentences, mentions, qs, es, List.of());
  }

  private static Span span(String text, String part, int from) {
    int at = text.indexOf(part, from);
    if (at < 0) {
      throw new IllegalArgumentException("fixture text lacks: " + part);
    }
    return new Span(at, at + part.length());
  }

  /** Writes the fixture store into {@code dir} and commits it. */
  static void writeStore(Path dir) throws StoreException {
    writeStore(dir, false);
  }

  /** As {@link #writeStore(Path)}, with {@link #strays()} too when {@code withStrays}. */
  static void writeStore(Path dir, boolean withStrays) throws StoreException {
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      for (Analysis a : analyses()) {
        store.add(a);
      }
      if (withStrays) {
        for (Analysis a : strays()) {
          store.add(a);
        }
      }
      store.commit();
    }
  }

  /**
   * What real stores hold besides the story: a background article nine months before the standoff, read from a
   * local file (no URL), on a site spelt "Nordic Wire" where its other pages say "nordic-wire".
   */
  static List<Analysis> strays() {
    String s1 = "Estonia accused Russia of jamming GPS signals over Saaremaa during an exercise.";
    return List.of(analysis("st-20180514-background", "Nordic Wire", null, "2018-05-14",
        "Background: GPS jamming over Saaremaa", List.of(s1, "Flights were rerouted for two days."), List.of(),
        List.of(new E("ACCUSE", "112", -2.0, EST, "Estonia", RUS, "Russia", s1))));
  }

  static List<Analysis> analyses() {
    List<Analysis> out = new ArrayList<>();
    String s1 = "Estonia accused Russia of sending a patrol aircraft into its airspace over Vaindloo island.";
    String s2 = "Russia rejected calls for new sanctions over the flight, calling them a provocation.";
    String s2q = "Deputy minister Pavel Volkov said “sanctions will not change our course.”";
    out.add(analysis("bt-20190204-airspace", "baltic-times", "https://baltic-times.example/2019/02/04/airspace",
        "2019-02-04", "Estonia protests airspace violation", List.of(s1, s2, s2q),
        List.of(new Q("sanctions will not change our course.", "Pavel Volkov", VOLKOV, s2q)),
        List.of(new E("ACCUSE", "112", -2.0, EST, "Estonia", RUS, "Russia", s1),
            new E("REJECT", "128", -4.0, RUS, "Russia", EST, "calls", s2))));

    String t1 = "Foreign Minister Kristjan Saar said “we ask the European Union to prepare sanctions.”";
    String t2 = "Estonia asked Russia to explain the flight within a week.";
    String t3 = "Russia threatened to expel Estonian diplomats over the airspace dispute.";
    out.add(analysis("nw-20190212-request", "nordic-wire", "https://nordic-wire.example/news/request-explain",
        "2019-02-12", "Tallinn asks Moscow to explain the flight", List.of(t1, t2, t3),
        List.of(new Q("we ask the European Union to prepare sanctions.", "Kristjan Saar", SAAR, t1)),
        List.of(new E("REQUEST", "020", 3.0, EST, "Estonia", RUS, "Russia", t2),
            new E("THREATEN", "138", -7.0, RUS, "Russia", EST_DIPLOMATS, "Estonian diplomats", t3))));

    String u1 = "Russia asked the European Union to lift sanctions on fertiliser exports before new talks.";
    String u2 = "Volkov said “we request that the European Union review the sanctions on fertiliser.”";
    String u3 = "The Russian navy held drills near the Estonian coast on Tuesday.";
    out.add(analysis("bt-20190219-fertiliser", "baltic-times", "https://baltic-times.example/2019/02/19/fertiliser",
        "2019-02-19", "Moscow asks for sanctions review", List.of(u1, u2, u3),
        List.of(new Q("we request that the European Union review the sanctions on fertiliser.", "Volkov", VOLKOV, u2)),
        List.of(new E("REQUEST", "020", 3.0, RUS, "Russia", EU, "European Union", u1),
            new E("REQUEST", "020", 3.0, VOLKOV, "Volkov", EU, "European Union", u2),
            new E("MOBILIZE", "154", -7.2, RUS_MIL, "The Russian navy", EST, "Estonian coast", u3))));

    String v1 = "Estonia and Russia held consultations on air traffic rules in Narva.";
    String v2 = "Kristjan Saar said “the talks were frank and useful.”";
    out.add(analysis("nw-20190226-talks", "nordic-wire", "https://nordic-wire.example/news/narva-talks",
        "2019-02-26", "Narva talks on air traffic", List.of(v1, v2),
        List.of(new Q("the talks were frank and useful.", "Kristjan Saar", SAAR, v2)),
        List.of(new E("CONSULT", "040", 1.0, EST, "Estonia", RUS, "Russia", v1),
            new E("CONSULT", "040", 1.0, RUS, "Russia", EST, "Estonia", v1))));

    String w1 = "Russia agreed to notify Estonia of military flights near the border, ending the sanctions row.";
    String w2 = "Volkov said “we accept the notification rule and the sanctions question is closed.”";
    String w3 = "NATO welcomed the deal between Estonia and Russia.";
    out.add(analysis("bt-20190305-deal", "baltic-times", "https://baltic-times.example/2019/03/05/deal",
        "2019-03-05", "Moscow agrees to notify flights", List.of(w1, w2, w3),
        List.of(new Q("we accept the notification rule and the sanctions question is closed.", "Volkov", VOLKOV, w2)),
        List.of(new E("AGREE", "057", 8.0, RUS, "Russia", EST, "Estonia", w1),
            new E("SUPPORT", "051", 3.4, NATO, "NATO", EST, "Estonia", w3))));

    String x1 = "Estonia agreed to share radar data with Russia on civilian flights.";
    String x2 = "It criticised Russia for a new incident near Saaremaa days later.";
    out.add(analysis("nw-20190312-radar", "nordic-wire", "https://nordic-wire.example/news/radar-data",
        "2019-03-12", "Radar data to be shared", List.of(x1, x2), List.of(),
        List.of(new E("AGREE", "057", 8.0, EST, "Estonia", RUS, "Russia", x1),
            new E("ACCUSE", "111", -2.0, EST_AS_IT, "It", RUS, "Russia", x2))));

    String h1 = "Officials in Tallinn " + HOSTILE_IMG + " denied the report about the airspace.";
    String h2 = "A spokesman said “<script>window.__pwned=1</script> nothing happened.”";
    out.add(analysis("evil-20190320-hostile", "evil-site", HOSTILE_URL, "2019-03-20", HOSTILE_TITLE,
        List.of(h1, h2, "See <a href=\"" + HOSTILE_URL + "\">the link</a> for more."),
        List.of(new Q("<script>window.__pwned=1</script> nothing happened.", "A spokesman", EST, h2)),
        List.of(new E("REJECT", "128", -4.0, EST, "Officials in Tallinn", RUS, "the report", h1))));
    return out;
  }
}
