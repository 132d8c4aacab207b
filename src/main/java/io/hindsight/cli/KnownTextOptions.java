package io.hindsight.cli;

import io.hindsight.HindsightException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * What {@code bench recall} and {@code bench decoder} transcribe: a recording whose text is known,
 * and, unless told otherwise, its variants (noise, speeds, other voices).
 */
final class KnownTextOptions {

  @Option(
      names = "--sample",
      paramLabel = "FILE",
      description = "The recording (default: sample-media/mentoring-session.mp4).")
  Path sample;

  @Option(
      names = "--reference",
      paramLabel = "TXT",
      description = "What was said in it (default: reference.txt beside the sample).")
  Path reference;

  @Option(
      names = "--no-variants",
      description = "Only the recording as given: no noise, speeds or other voices.")
  boolean noVariants;

  @Option(names = "--model", paramLabel = "DIR")
  Path model;

  /** The given recording, else the bundled sample. */
  Path recording() {
    Path file = Demo.findSample(sample);
    if (file == null) {
      throw HindsightException.badInput("no sample recording found: give --sample FILE");
    }
    return file;
  }

  /** The given reference text, else reference.txt beside {@code recording}. */
  String text(Path recording) throws java.io.IOException {
    Path text = reference != null ? reference : recording.resolveSibling("reference.txt");
    if (!Files.isRegularFile(text)) {
      throw HindsightException.badInput("no reference text " + text + ": give --reference TXT");
    }
    return Files.readString(text);
  }

  boolean variants() {
    return !noVariants;
  }
}
