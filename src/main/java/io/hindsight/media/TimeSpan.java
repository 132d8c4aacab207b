package io.hindsight.media;

import io.hindsight.HindsightException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A stretch of time in seconds, {@code start <= end}.
 *
 * @param start seconds
 * @param end seconds, not before {@code start}
 */
public record TimeSpan(double start, double end) {

  public TimeSpan {
    if (!Double.isFinite(start) || !Double.isFinite(end) || end < start) {
      throw HindsightException.badInput("a time span must run forward: " + start + " to " + end);
    }
  }

  public double duration() {
    return end - start;
  }

  public boolean overlaps(double otherStart, double otherEnd) {
    return otherStart < end && otherEnd > start;
  }

  /** This span widened by {@code seconds} on each side. */
  public TimeSpan padded(double seconds) {
    return new TimeSpan(start - seconds, end + seconds);
  }

  /** The part of this span inside {@code bounds}, if any time is left. */
  public Optional<TimeSpan> within(TimeSpan bounds) {
    double s = Math.max(start, bounds.start);
    double e = Math.min(end, bounds.end);
    return e > s ? Optional.of(new TimeSpan(s, e)) : Optional.empty();
  }

  /** This span moved {@code seconds} earlier, e.g. from recording time into clip time. */
  public TimeSpan minus(double seconds) {
    return new TimeSpan(start - seconds, end - seconds);
  }

  /** Gaps shorter than this are rounding, not time: far below one audio sample. */
  private static final double TOUCHING_SECONDS = 1e-6;

  /** The same time covered by as few spans as possible: sorted, overlapping or touching merged. */
  public static List<TimeSpan> union(Collection<TimeSpan> spans) {
    List<TimeSpan> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingDouble(TimeSpan::start));
    List<TimeSpan> merged = new ArrayList<>();
    for (TimeSpan span : sorted) {
      int last = merged.size() - 1;
      if (last >= 0 && span.start <= merged.get(last).end + TOUCHING_SECONDS) {
        merged.set(
            last, new TimeSpan(merged.get(last).start, Math.max(merged.get(last).end, span.end)));
      } else {
        merged.add(span);
      }
    }
    return List.copyOf(merged);
  }

  /** 75.4 s as "1:15"; an hour or more as "1:02:03": times as the pages and messages show them. */
  public static String clock(double seconds) {
    long s = (long) Math.floor(Math.max(0, seconds));
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
