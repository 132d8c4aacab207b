package io.hindsight.recording;

import io.hindsight.HindsightException;
import io.hindsight.transcribe.Diarization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything needed to take in a recording, from the command line or the web app.
 *
 * @param inputs the media; several for one track per person
 * @param title null or blank for the first input's name
 * @param recordedAt when the session took place; null for today
 * @param speakers labels for the tracks, in order; empty to take them from the media
 * @param diarization how to tell apart the voices of one mixed track; null for no labels
 */
public record IngestRequest(
    List<Input> inputs,
    String pair,
    String title,
    LocalDate recordedAt,
    Consent consent,
    List<String> speakers,
    boolean splitChannels,
    Diarization diarization) {

  /**
   * One media file to take in.
   *
   * @param name the name the person knows it by, for messages and the default title only: never for
   *     storage
   * @param file where it is on this machine; null for uploaded bytes
   * @param source writes its bytes where the pipeline chooses (a move where possible)
   */
  public record Input(String name, Path file, MediaSource source) {

    /** A file on this machine: probed where it is, so nothing is copied of a file not media. */
    public static Input file(Path file) {
      return new Input(file.getFileName().toString(), file, target -> Files.copy(file, target));
    }

    /** Files on this machine, as the command line names them. */
    public static List<Input> files(List<Path> files) {
      return files.stream().map(Input::file).toList();
    }

    /** Uploaded bytes: probed once stored. */
    public static Input upload(String name, MediaSource source) {
      return new Input(name, null, source);
    }
  }

  /** A file's bytes, however the front end received them. */
  @FunctionalInterface
  public interface MediaSource {
    void writeTo(Path target) throws IOException;
  }

  /** Without speaker labels for a mixed track. */
  public IngestRequest(
      List<Input> inputs,
      String pair,
      String title,
      LocalDate recordedAt,
      Consent consent,
      List<String> speakers,
      boolean splitChannels) {
    this(inputs, pair, title, recordedAt, consent, speakers, splitChannels, null);
  }

  public IngestRequest {
    inputs = List.copyOf(inputs);
    speakers = List.copyOf(speakers);
    if (inputs.isEmpty()) {
      throw HindsightException.badInput("no media file given");
    }
    if (pair == null || !pair.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw HindsightException.badInput(
          "the pair name must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    title = title == null || title.isBlank() ? null : title.strip();
    if (title != null && title.length() > 200) {
      throw HindsightException.badInput("the title is too long (200 characters at most)");
    }
  }

  /** The title to store: the one given, else the first input's name without its extension. */
  String titleOrName() {
    if (title != null) {
      return title;
    }
    String name = inputs.get(0).name();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
