package io.hindsight.reflection;

import io.hindsight.pair.Engagement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The agreed cadence as an iCalendar file (RFC 5545): one all-day event on the next due date that
 * repeats every N days. It is only downloaded; nothing is sent anywhere.
 */
public final class SessionCalendar {

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private SessionCalendar() {}

  public static String of(String pair, NextSession next, Engagement rules, List<String> names) {
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//Hindsight//Mentoring sessions//EN");
    line(ics, "BEGIN:VEVENT");
    line(ics, "UID:sessions-" + pair + "@hindsight");
    line(ics, "DTSTAMP:" + STAMP.format(Instant.now()));
    line(ics, "DTSTART;VALUE=DATE:" + DATE.format(next.due()));
    line(ics, "DTEND;VALUE=DATE:" + DATE.format(next.due().plusDays(1)));
    line(ics, "RRULE:FREQ=DAILY;INTERVAL=" + next.cadenceDays());
    line(ics, "SUMMARY:" + text("Mentoring session: " + String.join(" and ", names)));
    line(ics, "DESCRIPTION:" + text(String.join("\n", rules.lines())));
    line(ics, "END:VEVENT");
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  /** RFC 5545 TEXT: backslash, semicolon, comma and newline escaped; lines end in CRLF. */
  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r", "")
        .replace("\n", "\\n");
  }

  /** Appends a content line, folded at 75 octets as the RFC asks. */
  private static void line(StringBuilder ics, String content) {
    byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (bytes.length <= 75) {
      ics.append(content).append("\r\n");
      return;
    }
    StringBuilder part = new StringBuilder();
    int octets = 0;
    boolean first = true;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      int size = ch.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (octets + size > (first ? 75 : 74)) {
        ics.append(part).append("\r\n ");
        part.setLength(0);
        octets = 0;
        first = false;
      }
      part.append(ch);
      octets += size;
      i += Character.charCount(cp);
    }
    ics.append(part).append("\r\n");
  }
}
