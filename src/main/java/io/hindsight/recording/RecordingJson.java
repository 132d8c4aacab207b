package io.hindsight.recording;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hindsight.job.Progress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recording as the API shows it: the CLI's {@code recordings --json} fields plus live progress.
 *
 * @param progress where processing is: stage, percent and an estimate of the seconds left
 * @param error why processing failed; only when status is failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordingJson(
    String id,
    String pair,
    String title,
    LocalDate recordedAt,
    Instant createdAt,
    String status,
    ProgressJson progress,
    Double durationSeconds,
    boolean hasVideo,
    String mediaType,
    String error,
    Consent consent) {

  public record ProgressJson(String stage, int percent, Double secondsLeft) {}

  public record Consent(List<String> names, Instant at, String scope) {}

  public static RecordingJson of(Recording r, Progress live) {
    return new RecordingJson(
        r.id(),
        r.pair(),
        r.title(),
        r.recordedAt(),
        r.createdAt(),
        r.status().label(),
        progress(r, live),
        r.durationSeconds(),
        r.hasVideo(),
        r.mediaType(),
        r.error(),
        new Consent(r.consentNames(), r.consentAt(), r.consentScope()));
  }

  private static ProgressJson progress(Recording r, Progress live) {
    return switch (r.status()) {
      case READY -> new ProgressJson("done", 100, 0.0);
      case FAILED -> new ProgressJson("failed", 0, null);
      case QUEUED, PROCESSING ->
          live == null
              ? new ProgressJson(
                  r.status() == Recording.Status.QUEUED ? "queued" : "probe", 0, null)
              : new ProgressJson(
                  live.stage().label(),
                  Math.min(99, live.percent()),
                  live.secondsLeft() < 0 ? null : Math.rint(live.secondsLeft()));
    };
  }
}
