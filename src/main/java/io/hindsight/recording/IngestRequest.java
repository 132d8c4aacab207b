package io.hindsight.recording;

import io.hindsight.HindsightException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything needed to admit a recording.
 *
 * @param consentNames the people in the recording who agreed to it being kept and transcribed
 * @param speakers labels for the tracks, in order; empty to take them from the media
 * @param diarization how to tell apart the voices of one mixed track; null for no labels
 */
public record IngestRequest(
    List<Path> files,
    String pair,
    String title,
    LocalDate recordedAt,
    List<String> consentNames,
    String consentScope,
    List<String> speakers,
    boolean splitChannels,
    io.hindsight.transcribe.Diarization diarization) {

  public static final String DEFAULT_SCOPE = "record,transcribe,search";

  public IngestRequest(
      List<Path> files,
      String pair,
      String title,
      LocalDate recordedAt,
      List<String> consentNames,
      String consentScope,
      List<String> speakers,
      boolean splitChannels) {
    this(files, pair, title, recordedAt, consentNames, consentScope, speakers, splitChannels, null);
  }

  public IngestRequest {
    files = List.copyOf(files);
    consentNames = consentNames.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    speakers = List.copyOf(speakers);
    if (consentNames.isEmpty()) {
      throw new HindsightException(
          HindsightException.Kind.NO_CONSENT,
          "no consent given: a recording is processed only when the people in it agreed;"
              + " name them with --consent \"NAME[,NAME...]\"");
    }
    if (pair == null || !pair.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw HindsightException.badInput(
          "the pair name must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    if (title != null && title.length() > 200) {
      throw HindsightException.badInput("the title is too long (200 characters at most)");
    }
  }
}
