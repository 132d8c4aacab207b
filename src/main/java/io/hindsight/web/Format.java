package io.hindsight.web;

import io.hindsight.media.TimeSpan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How times, sizes, dates and messages read on the pages. */
final class Format {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
          .withZone(ZoneId.systemDefault());

  private Format() {}

  /** 75.4 s as "1:15"; an hour or more as "1:02:03". */
  static String clock(double seconds) {
    return TimeSpan.clock(seconds);
  }

  /** A duration in words for lists: "1 min 8 s", "2 h 5 min". */
  static String duration(Double seconds) {
    if (seconds == null) {
      return "";
    }
    long s = Math.round(seconds);
    if (s >= 3600) {
      return s / 3600 + " h " + s / 60 % 60 + " min";
    }
    return s >= 60 ? s / 60 + " min " + s % 60 + " s" : s + " s";
  }

  /** Seconds as a query value: "12.34". */
  static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.2f", seconds);
  }

  /** "2 Dec 2026"; empty for no date. */
  static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  /** "2 Dec", for a chart's narrow columns. */
  static String shortDay(LocalDate date) {
    return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH));
  }

  /** "2 Dec 2026, 16:05", in the server's time zone. */
  static String moment(Instant instant) {
    return MOMENT.format(instant);
  }

  /** A message as a sentence: "no such file" reads "No such file.". */
  static String sentence(String text) {
    if (text == null || text.isEmpty()) {
      return ".";
    }
    String t = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    if (t.isEmpty()) {
      return ".";
    }
    return Character.toUpperCase(t.charAt(0)) + t.substring(1) + ".";
  }

  /** A processing stage as a person reads it: "transcribe" becomes "Transcribing". */
  static String stage(String stage) {
    return switch (stage == null ? "" : stage) {
      case "queued" -> "Waiting in line";
      case "probe" -> "Reading the file";
      case "extract" -> "Extracting audio";
      case "transcribe" -> "Transcribing";
      case "index" -> "Indexing";
      case "done" -> "Done";
      case "failed" -> "Failed";
      default -> "Processing";
    };
  }
}
