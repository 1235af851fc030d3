package org.parley.store;

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

/** Small hand-built analyses for store tests. */
final class StoreFixtures {
  private StoreFixtures() {}

  static final Actor EST = new Actor("ESTGOV", "Estonia", ActorKind.STATE, "EST", "GOV");
  static final Actor RUS = new Actor("RUSGOV", "Russia", ActorKind.STATE, "RUS", "GOV");
  static final Actor SAAR = new Actor("ESTGOV", "Kristjan Saar", ActorKind.PERSON, "EST", "GOV");

  static Article article(String id, String site, String day, List<String> paragraphs) {
    LocalDate d = LocalDate.parse(day);
    PublishedDate pd = new PublishedDate(d, OffsetDateTime.parse(day + "T09:00:00+02:00"), day, DateSource.META);
    return new Article(id, "pages/" + id + ".html", "https://" + site + ".example/" + id, site, "Title of " + id,
        null, pd, List.of("Maarja Tamm"), "en", paragraphs, List.of());
  }

  /** An article in which Estonia accuses Russia, and its foreign minister is quoted. */
  static Analysis standoff(String id, String site, String day, String extra) {
    String p1 = "Estonia accused Russia of violating its airspace on Saturday, the foreign ministry said on " + day + ".";
    String p2 = "“We will not accept these provocations,” Foreign Minister Kristjan Saar said in Tallinn.";
    List<String> paras = new ArrayList<>(List.of(p1, p2, extra));
    Article a = article(id, site, day, paras);
    String text = a.text();
    int p2at = text.indexOf(p2);
    Span s1 = new Span(0, p1.length());
    Span s2 = new Span(p2at, p2at + p2.length());
    Mention est = new Mention(new Span(0, 7), "Estonia", EST);
    Mention rus = new Mention(new Span(16, 22), "Russia", RUS);
    Event accuse = new Event("ACCUSE", "112", -2.0, est, rus, LocalDate.parse(day).minusDays(2), DatePrecision.DAY,
        false, null, new Span(8, 15), s1, 0.9);
    int speakerAt = text.indexOf("Kristjan Saar");
    Mention saar = new Mention(new Span(speakerAt, speakerAt + 13), "Kristjan Saar", SAAR);
    Quote q = new Quote(new Span(p2at + 1, p2at + 42), "We will not accept these provocations,", QuoteKind.DIRECT,
        saar, "said", null, s2);
    return new Analysis(a, List.of(s1, s2), List.of(est, rus, saar), List.of(q), List.of(accuse), List.of());
  }

  static String filler(int n) {
    StringBuilder sb = new StringBuilder();
    String[] words = {"border", "guards", "reported", "patrols", "along", "the", "river", "crossing", "near",
        "Narva", "where", "officials", "said", "traffic", "was", "normal", "despite", "the", "tension"};
    for (int i = 0; i < n; i++) {
      sb.append(words[(i * 7 + n) % words.length]).append(i % 40 == 39 ? ".\n\n" : i % 11 == 10 ? ". " : " ");
    }
    return sb.toString().strip();
  }
}
