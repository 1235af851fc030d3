package org.parley.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "3 Mar, 2021 09:12; 2021-03-03; ",
      "March 3, 2021; 2021-03-03; ",
      "2021-03-03; 2021-03-03; ",
      "Wednesday 3 March 2021 10.05 GMT; 2021-03-03; 2021-03-03T10:05Z",
      "Updated: 2021-03-03T14:30:00+01:00; 2021-03-03; 2021-03-03T14:30+01:00",
      "Published 12:40 BST, 4 June 2021; 2021-06-04; 2021-06-04T12:40+01:00",
      "Mar. 3rd, 2021 at 4:15 p.m. EST; 2021-03-03; 2021-03-03T16:15-05:00",
      "3. März 2021, 09:12 Uhr; 2021-03-03; ",
      "Veröffentlicht am 03.03.2021; 2021-03-03; ",
      "Publié le 3 mars 2021 à 10h05; 2021-03-03; ",
      "3 de marzo de 2021; 2021-03-03; ",
      "03/25/2021; 2021-03-25; ",
      "Sept 9, 2020 · 4 min read; 2020-09-09; ",
  })
  void readsDatelinesInManyFormats(String line, String day, String dateTime) {
    Datelines.Found f = Datelines.dateline(line);
    assertNotNull(f, line);
    assertEquals(day, f.date().day().toString());
    assertEquals(dateTime, f.date().dateTime() == null ? null : f.date().dateTime().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The minister said on 3 March 2021 that the plan would go ahead despite the protests.",
      "Harbour council approves new ferry link",
      "Revenue rose 12.5% in 2021",
      "31 February 2021",
      "Call 0800 12 34 56",
  })
  void rejectsLinesThatAreNotDatelines(String line) {
    assertNull(Datelines.dateline(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Updated: 3 March 2021", "Last updated 2021-03-03", "Aktualisiert am 3. März 2021"})
  void marksUpdateDates(String line) {
    assertTrue(Datelines.dateline(line).updated(), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"04.03.2021", "4/3/2021"})
  void readsAmbiguousNumericDatesDayFirstAndSaysSo(String line) {
    Datelines.Found f = Datelines.dateline(line);
    assertEquals("2021-03-04", f.date().day().toString());
    assertTrue(f.ambiguous());
  }
}
