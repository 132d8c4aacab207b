package io.hindsight.reflection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NextSessionTest {

  private static final NextSession NEXT =
      new NextSession(LocalDate.of(2026, 12, 15), 14, LocalDate.of(2026, 12, 1));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-12-04 | Next session due Tue 15 Dec (every 14 days since Tue 1 Dec)",
        "2026-12-14 | Next session due tomorrow (every 14 days since Tue 1 Dec)",
        "2026-12-15 | Next session due today (every 14 days since Tue 1 Dec)",
        "2026-12-16 | Next session was due Tue 15 Dec, 1 day ago (every 14 days since Tue 1 Dec)",
        "2026-12-20 | Next session was due Tue 15 Dec, 5 days ago (every 14 days since Tue 1 Dec)",
      })
  void saysWhenInWords(LocalDate today, String words) {
    assertEquals(words, NEXT.words(today));
  }

  @org.junit.jupiter.api.Test
  void calendarTextIsEscapedAndLongLinesFolded() {
    assertEquals("a\\\\b\\;c\\,d\\ne", SessionCalendar.text("a\\b;c,d\ne"));
    String ics =
        SessionCalendar.of(
            "p1",
            NEXT,
            new io.hindsight.pair.Engagement(14, "video", null, "é".repeat(60)),
            java.util.List.of("Ann", "Ben"));
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
    }
    assertTrue(ics.contains("DTSTART;VALUE=DATE:20261215\r\n"));
    assertTrue(ics.contains("\r\n "), "a long description is folded");
  }
}
