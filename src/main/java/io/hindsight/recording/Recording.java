package io.hindsight.recording;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One recorded session and the consent it was processed under.
 *
 * @param mediaFiles the stored originals, named by the server, in the recording's folder
 * @param consentNames who agreed to the recording being kept and transcribed
 * @param consentScope what they agreed to, e.g. "record,transcribe,search"
 */
public record Recording(
    String id,
    String pair,
    String title,
    LocalDate recordedAt,
    Instant createdAt,
    Status status,
    String error,
    List<String> mediaFiles,
    String mediaType,
    boolean hasVideo,
    Double durationSeconds,
    List<String> consentNames,
    Instant consentAt,
    String consentScope) {

  public Recording {
    mediaFiles = List.copyOf(mediaFiles);
    consentNames = List.copyOf(consentNames);
  }

  /** Where a recording is in its processing. */
  public enum Status {
    QUEUED,
    PROCESSING,
    READY,
    FAILED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Status parse(String label) {
      return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
  }

  public Recording withStatus(Status newStatus, String newError) {
    return new Recording(
        id,
        pair,
        title,
        recordedAt,
        createdAt,
        newStatus,
        newError,
        mediaFiles,
        mediaType,
        hasVideo,
        durationSeconds,
        consentNames,
        consentAt,
        consentScope);
  }
}
