package org.parley.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParsersTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "Veröffentlicht am 5. März 2021 um 09:12; de; 2021-03-05",
    "05.03.2021; de; 2021-03-05",
    "Posted March 5, 2021; en; 2021-03-05",
    "5 Mar, 2021 09:12; en; 2021-03-05",
    "le 5 mars 2021; fr; 2021-03-05",
    "5 de marzo de 2021; es; 2021-03-05",
    "5 de março de 2021; pt; 2021-03-05",
    "5 marzo 2021; it; 2021-03-05",
    "2021年3月5日 9時; ja; 2021-03-05",
    "03/05/2021; en; 2021-03-05",
    "03/05/2021; en-gb; 2021-05-03",
    "25/12/2020; en; 2020-12-25"
  })
  void findsDatesInText(String text, String lang, String expected) {
    List<ParsedDate> found = DateParsers.findAll(text, lang);
    assertEquals(expected, found.get(0).day().toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "2021-03-05T09:12:00+01:00; 2021-03-05T09:12+01:00",
    "2021-03-05T23:30:00-0500; 2021-03-05T23:30-05:00",
    "2021-03-05T09:12:00Z; 2021-03-05T09:12Z",
    "Fri, 05 Mar 2021 09:12:00 GMT; 2021-03-05T09:12Z",
    "1614935520; 2021-03-05T09:12Z"
  })
  void keepsTimeAndOffsetOfMachineValues(String value, String expected) {
    ParsedDate d = DateParsers.parseValue(value, null).orElseThrow();
    assertEquals(expected, d.dateTime().toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"2021-03-05T09:12:00; 2021-03-05", "20210305; 2021-03-05"})
  void valueWithoutOffsetKeepsOnlyTheDay(String value, String expected) {
    ParsedDate d = DateParsers.parseValue(value, null).orElseThrow();
    assertEquals(expected, d.day().toString());
    assertEquals(null, d.dateTime());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"Call 555-1234; en", "32.13.2021; de", "Score 3/4/12; en",
    "Mark 5 2021; en", "Seite 12 von 2021; de"})
  void ignoresNumbersThatAreNotDates(String text, String lang) {
    assertTrue(DateParsers.findAll(text, lang).isEmpty(), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "2016-12-19 19:08:44; 19:08:44",
    "2019年3月15日 09:43; 09:43",
    "2019年04月21日 12時00分更新; 12:00",
    "November 19, 2019, 6:21 PM; 18:21",
    "November 19, 2019 at 12:05 am; 00:05",
    "3. März 2021, 18:00 am Abend; 18:00"
  })
  void readsTheLocalTimeWrittenWithADate(String raw, String expected) {
    assertEquals(expected, String.valueOf(DateParsers.localTime(raw)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"2021-03-05T09:12:00+01:00", "5. März 2021", "2021-03-05"})
  void noLocalTimeWithoutOneOrWithAnOffset(String raw) {
    assertEquals(null, DateParsers.localTime(raw));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "06-08-2009T14:12:32+0200; 2009-08-06",
    "11/01/2023 12:43:42; 2023-01-11",
    "25/12/2020; null",
    "05.03.2021; null"
  })
  void offersTheOtherReadingOfAnAmbiguousOrder(String raw, String expected) {
    ParsedDate p = DateParsers.parseValue(raw, null).orElseThrow();
    assertEquals(expected, String.valueOf(DateParsers.swapped(p)));
  }
}
