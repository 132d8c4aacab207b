package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.HindsightException;
import io.hindsight.transcribe.Diarization;
import io.hindsight.transcribe.SpeakerModelFolder;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Telling the voices of one mixed track apart; {@code --speakers} then names them in order. */
final class DiarizeOptions {

  @Option(
      names = "--diarize",
      description = "Label who speaks when on a recording with one mixed track.")
  boolean diarize;

  @Option(
      names = "--num-speakers",
      paramLabel = "N",
      description = "How many people speak (default: estimated, 1 to 6). Needs --diarize.")
  Integer numSpeakers;

  @Option(
      names = "--speaker-model",
      paramLabel = "DIR",
      description =
          "A Vosk speaker model folder (default: $HINDSIGHT_SPEAKER_MODEL, else the one the build"
              + " fetched into target/speaker-model).")
  Path speakerModel;

  /** What to ask the transcriber for, or null for no diarization. */
  Diarization request() {
    if (!diarize) {
      if (numSpeakers != null || speakerModel != null) {
        throw HindsightException.badInput("--num-speakers and --speaker-model need --diarize");
      }
      return null;
    }
    return new Diarization(numSpeakers, List.of());
  }

  /** Finds and loads the speaker model before any audio is heard; says so when it is missing. */
  void prepare(Hindsight app) {
    if (diarize) {
      app.speech().useSpeakerModel(SpeakerModelFolder.resolve(speakerModel));
    }
  }

  /**
   * As {@link #prepare}, for a recording that is stored: its voices are then named from, and teach,
   * the pair's voice prints as a web upload's do, where the pair's agreement allows it.
   */
  void prepareToStore(Hindsight app) {
    if (diarize) {
      Path folder = SpeakerModelFolder.resolve(speakerModel);
      app.speech().useSpeakerModel(folder);
      app.diarizeUploads(folder);
    }
  }
}
