package io.hindsight.reflection;

import io.hindsight.Plural;
import io.hindsight.pair.Agreement;
import io.hindsight.pair.Engagement;
import io.hindsight.recording.Recording;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When the pair's next session is due: the last session's date plus the cadence they agreed.
 *
 * @param last the latest session's date
 */
public record NextSession(LocalDate due, int cadenceDays, LocalDate last) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  /** Null-free: empty without a cadence in the terms or without a dated session. */
  public static Optional<NextSession> of(Agreement agreement, List<Recording> recordings) {
    Engagement rules = agreement.rulesOfEngagement();
    if (rules.cadenceDays() == null) {
      return Optional.empty();
    }
    return recordings.stream()
        .map(Recording::recordedAt)
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .map(
            last -> new NextSession(last.plusDays(rules.cadenceDays()), rules.cadenceDays(), last));
  }

  /** When the next session is due, in words, for the pages; null without a cadence or a date. */
  public static String dueLine(Agreement agreement, List<Recording> recordings, LocalDate today) {
    return of(agreement, recordings).map(n -> n.words(today)).orElse(null);
  }

  /** "Next session due Tue 15 Dec (every 14 days since Tue 1 Dec)"; "… was due 3 days ago". */
  public String words(LocalDate today) {
    long days = ChronoUnit.DAYS.between(today, due);
    String when =
        days == 0
            ? "due today"
            : days == 1
                ? "due tomorrow"
                : days > 0
                    ? "due " + DAY.format(due)
                    : "was due " + DAY.format(due) + ", " + Plural.count(-days, "day") + " ago";
    return "Next session "
        + when
        + " ("
        + Engagement.every(cadenceDays)
        + " since "
        + DAY.format(last)
        + ")";
  }
}
