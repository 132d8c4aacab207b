package io.hindsight.web;

import java.util.Locale;

/** How times and sizes read on the pages. */
final class Format {

  private Format() {}

  /** 75.4 s as "1:15"; an hour or more as "1:02:03". */
  static String clock(double seconds) {
    long s = (long) Math.floor(Math.max(0, seconds));
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
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
}
