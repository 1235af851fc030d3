package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.DatePrecision;
import org.parley.nlp.NlpPipeline;
import org.parley.nlp.ParsedSentence;

class DateResolverTest {
  private static final LocalDate ARTICLE = LocalDate.of(2021, 4, 2); // a Friday
  private final DateResolver resolver = new DateResolver();

  private DateResolver.TimeExpression one(String sentence) {
    ParsedSentence s = NlpPipeline.forThisThread().parse(sentence).sentences().get(0);
    List<DateResolver.TimeExpression> found = resolver.find(s, ARTICLE);
    assertEquals(1, found.size(), () -> sentence + " -> " + found);
    return found.get(0);
  }

  private void resolves(String sentence, LocalDate date, DatePrecision precision) {
    DateResolver.TimeExpression t = one(sentence);
    assertEquals(date, t.date(), sentence);
    assertEquals(precision, t.precision(), sentence);
  }

  @Test
  void weekdayIsTheLatestSuchDayUpToTheArticleDate() {
    resolves("The talks ended on Friday.", LocalDate.of(2021, 4, 2), DatePrecision.DAY);
    resolves("The talks began on Tuesday.", LocalDate.of(2021, 3, 30), DatePrecision.DAY);
  }

  @Test
  void relativeDays() {
    resolves("The envoy arrived yesterday.", LocalDate.of(2021, 4, 1), DatePrecision.DAY);
    resolves("The envoy arrived two days ago.", LocalDate.of(2021, 3, 31), DatePrecision.DAY);
  }

  @Test
  void weeksAndMonths() {
    resolves("The border closed last week.", LocalDate.of(2021, 3, 22), DatePrecision.WEEK);
    resolves("The border closed earlier this month.", LocalDate.of(2021, 4, 1), DatePrecision.MONTH);
    resolves("The border closed last month.", LocalDate.of(2021, 3, 1), DatePrecision.MONTH);
  }

  @Test
  void monthNamesReadAsTheLatestPastOne() {
    resolves("The border closed in December.", LocalDate.of(2020, 12, 1), DatePrecision.MONTH);
    resolves("The border closed in March.", LocalDate.of(2021, 3, 1), DatePrecision.MONTH);
    resolves("The border closed on March 5.", LocalDate.of(2021, 3, 5), DatePrecision.DAY);
    resolves("The border closed on 5 March 2019.", LocalDate.of(2019, 3, 5), DatePrecision.DAY);
  }

  @Test
  void aBareYearDatesTheActButTheStartOfASpanDoesNot() {
    resolves("The senator backed his rival in 2009.", LocalDate.of(2009, 1, 1), DatePrecision.YEAR);
    ParsedSentence s = NlpPipeline.forThisThread().parse("Talks have gone on since 2003.").sentences().get(0);
    assertTrue(new DateResolver().find(s, LocalDate.of(2021, 4, 2)).isEmpty());
  }

  @Test
  void modalMayAndVerbMarchAreNotDates() {
    ParsedSentence s = NlpPipeline.forThisThread().parse("Protesters may march to the square.").sentences().get(0);
    assertTrue(resolver.find(s, ARTICLE).isEmpty());
  }
}
