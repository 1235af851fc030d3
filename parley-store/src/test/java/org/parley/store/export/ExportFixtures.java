package org.parley.store.export;

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
import org.parley.store.AddResult;
import org.parley.store.ParleyStore;

/** A small fictional store: three articles, their quotes and events, with text that is awkward for CSV. */
final class ExportFixtures {
  private ExportFixtures() {}

  static final Actor EST = new Actor("ESTGOV", "Estonia", ActorKind.STATE, "EST", "GOV");
  static final Actor RUS = new Actor("RUSMIL", "Russia", ActorKind.STATE, "RUS", "MIL");
  static final Actor SAAR = new Actor("ESTGOV", "Kristjan Saar", ActorKind.PERSON, "EST", "GOV");
  static final Actor UNO = new Actor("IGOUNO", "United Nations", ActorKind.IGO, null, null);

  /** The evidence of the first event: commas, straight and curly quotes, and a paragraph break inside. */
  static final String TRICKY = "Estonia accused Russia of \"repeated, deliberate\" incursions, the ministry said,\n\n"
      + "adding: “we, too, have limits.”";

  static void build(Path dir) throws Exception {
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      for (Analysis a : List.of(airspace(), drills(), assembly())) {
        AddResult r = store.add(a);
        if (r.outcome() != AddResult.Outcome.ADDED) {
          throw new IllegalStateException(a.article().id() + " was not added: " + r.outcome());
        }
      }
      store.commit();
    }
  }

  private static Article article(String id, String site, String day, List<String> authors, List<String> paragraphs) {
    PublishedDate pd = day == null ? null
        : new PublishedDate(LocalDate.parse(day), OffsetDateTime.parse(day + "T09:00:00+02:00"), day, DateSource.META);
    return new Article(id, "pages/" + id + ".html", "https://" + site + ".example/news/" + id, site,
        "Title, \"quoted\", of " + id, null, pd, authors, "en", paragraphs, List.of());
  }

  /** Estonia accuses Russia; Saar is quoted. */
  static Analysis airspace() {
    String[] p1p2 = TRICKY.split("\n\n");
    String p3 = "“We will not accept these provocations,” Foreign Minister Kristjan Saar said in Tallinn.";
    Article a = article("air-1", "northwind", "2019-03-04", List.of("Maarja Tamm", "Jaan Kask"),
        List.of(p1p2[0], p1p2[1], p3));
    String text = a.text();
    Span s1 = new Span(0, TRICKY.length());
    int p3at = text.indexOf(p3);
    Span s3 = new Span(p3at, p3at + p3.length());
    Mention est = new Mention(new Span(0, 7), "Estonia", EST);
    Mention rus = new Mention(new Span(16, 22), "Russia", RUS);
    Event accuse = new Event("ACCUSE", "112", -2.0, est, rus, LocalDate.parse("2019-03-02"), DatePrecision.DAY,
        false, null, new Span(8, 15), s1, 0.9);
    int at = text.indexOf("Kristjan Saar");
    Mention saar = new Mention(new Span(at, at + 13), "Kristjan Saar", SAAR);
    Quote q = new Quote(new Span(p3at + 1, p3at + 42), "We will not accept these provocations,", QuoteKind.DIRECT,
        saar, "said", null, s3);
    return new Analysis(a, List.of(s1, s3), List.of(est, rus, saar), List.of(q), List.of(accuse), List.of());
  }

  /** No publication date: a negated event without target or day, by an unresolved actor, and an unattributed quote. */
  static Analysis drills() {
    String p1 = "Troops of an unnamed unit did not mobilise near the border, officials insisted.";
    String p2 = "Residents said \"nothing unusual\" had been seen along the river.";
    Article a = article("drills-2", "atlas", null, List.of(), List.of(p1, p2));
    String text = a.text();
    int p2at = text.indexOf(p2);
    Mention unit = new Mention(new Span(0, 6), "Troops", null);
    Event mobilize = new Event("MOBILIZE", "154", -7.2, unit, null, null, DatePrecision.ARTICLE, true, null,
        new Span(32, 40), new Span(0, p1.length()), 0.6);
    Quote q = new Quote(new Span(p2at + 16, p2at + 33), "nothing unusual", QuoteKind.MIXED, null, "said", null,
        new Span(p2at, p2at + p2.length()));
    return new Analysis(a, List.of(new Span(0, p1.length())), List.of(unit), List.of(q), List.of(mobilize),
        List.of());
  }

  /** The UN and Estonia consult; month precision; a second event in a later month. */
  static Analysis assembly() {
    String p1 = "The United Nations met Estonia's delegation in New York in April to discuss maritime security.";
    String p2 = "Estonia later agreed to host a regional conference.";
    Article a = article("un-3", "meridian", "2019-05-20", List.of("A. Writer"), List.of(p1, p2));
    String text = a.text();
    int p2at = text.indexOf(p2);
    Mention un = new Mention(new Span(4, 18), "United Nations", UNO);
    Mention est = new Mention(new Span(23, 30), "Estonia", EST);
    Mention est2 = new Mention(new Span(p2at, p2at + 7), "Estonia", EST);
    Event consult = new Event("CONSULT", "040", 1.0, un, est, LocalDate.parse("2019-04-01"), DatePrecision.MONTH,
        false, null, new Span(19, 22), new Span(0, p1.length()), 0.8);
    Event agree = new Event("AGREE", "036", 4.0, est2, null, LocalDate.parse("2019-05-20"), DatePrecision.ARTICLE,
        false, "will", new Span(p2at + 14, p2at + 20), new Span(p2at, p2at + p2.length()), 0.7);
    List<Event> events = new ArrayList<>(List.of(consult, agree));
    return new Analysis(a, List.of(), List.of(un, est, est2), List.of(), events, List.of());
  }
}
