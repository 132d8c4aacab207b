package io.hindsight.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command that transcribes takes: the files, and how to hear them. */
final class TrackOptions {

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "The recording; several files for one track per person.")
  List<Path> files;

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description =
          "A Vosk model folder (default: $HINDSIGHT_MODEL, else the bundled small English model).")
  Path model;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Recognition threads (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--speakers",
      paramLabel = "NAMES",
      split = ",",
      description = "Names for the audio tracks, in order, e.g. \"Ann,Bo\".")
  List<String> speakers = new ArrayList<>();

  @Option(
      names = "--split-channels",
      description = "Treat a stereo recording as one person per channel.")
  boolean splitChannels;
}
