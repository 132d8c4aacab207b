package io.hindsight.media;

import io.hindsight.HindsightException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to cut out of a recording and what to hide in it.
 *
 * @param source the original recording
 * @param range the part to keep, in seconds of the recording's transcript
 * @param redacted the spans whose sound is replaced, in the same seconds; they are clipped to
 *     {@code range}, sorted and merged here, so callers may pass them in any order
 * @param cover what replaces the sound in the redacted spans
 * @param format the container and codecs
 * @param keepVideo whether to keep the picture of a recording that has one; false gives an
 *     audio-only clip, for when the picture itself shows what must not be shared (name tags)
 * @param outputStem where to write, without extension: the clip becomes {@code outputStem} plus
 *     {@code "." + format.extension(hasVideo)}
 */
public record ClipRequest(
    Path source,
    TimeSpan range,
    List<TimeSpan> redacted,
    Cover cover,
    ClipFormat format,
    boolean keepVideo,
    Path outputStem) {

  /** What a listener hears in place of redacted speech. */
  public enum Cover {
    /** A 1 kHz tone: it is plain that something was removed. */
    BLEEP,
    /** Digital silence. */
    SILENCE
  }

  /** Shorter clips are almost certainly a mistake in the range, and encoders handle them badly. */
  static final double MIN_SECONDS = 0.1;

  public ClipRequest {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(cover, "cover");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(outputStem, "outputStem");
    if (range.start() < 0) {
      throw HindsightException.badInput("a clip cannot start before the recording");
    }
    if (range.duration() < MIN_SECONDS) {
      throw HindsightException.badInput("a clip must last at least " + MIN_SECONDS + " s");
    }
    redacted = clipped(redacted, range);
  }

  /** A bleeped MP4 (or M4A) clip, keeping the picture if there is one. */
  public static ClipRequest bleeped(
      Path source, TimeSpan range, List<TimeSpan> redacted, Path outputStem) {
    return new ClipRequest(source, range, redacted, Cover.BLEEP, ClipFormat.MP4, true, outputStem);
  }

  /** The redacted spans in clip time: seconds from the start of the clip. */
  public List<TimeSpan> redactedInClip() {
    return redacted.stream().map(span -> span.minus(range.start())).toList();
  }

  private static List<TimeSpan> clipped(List<TimeSpan> spans, TimeSpan range) {
    List<TimeSpan> inside = new ArrayList<>();
    for (TimeSpan span : Objects.requireNonNull(spans, "redacted")) {
      span.within(range).ifPresent(inside::add);
    }
    return TimeSpan.union(inside);
  }
}
