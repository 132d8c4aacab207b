package io.hindsight.recording;

import io.hindsight.HindsightException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A recording uploaded through the web app, to be stored now and processed by a job.
 *
 * @param media writes the uploaded bytes to a path the library chooses (a move where possible)
 * @param fileName the name the uploader's file had, for messages only: never for storage
 * @param consentNames the members whose signed agreement covers this recording
 * @param consentScope what the agreement allows, e.g. "record,transcribe,search"
 * @param uploadedBy the uploader's user id
 * @param agreementVersion the agreement version in force at upload
 */
public record Upload(
    MediaSource media,
    String fileName,
    String pair,
    String title,
    LocalDate recordedAt,
    List<String> consentNames,
    String consentScope,
    String uploadedBy,
    int agreementVersion) {

  /** The uploaded file's bytes, however the front end received them. */
  @FunctionalInterface
  public interface MediaSource {
    void writeTo(Path target) throws IOException;
  }

  public Upload {
    consentNames = List.copyOf(consentNames);
    if (title != null && title.strip().length() > 200) {
      throw HindsightException.badInput("the title is too long (200 characters at most)");
    }
  }
}
