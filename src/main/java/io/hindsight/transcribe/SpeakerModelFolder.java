package io.hindsight.transcribe;

import io.hindsight.HindsightException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds Vosk's speaker (x-vector) model: {@code --speaker-model}, then {@code
 * HINDSIGHT_SPEAKER_MODEL}, then the one the build unpacked next to the jar ({@code
 * target/speaker-model}), as {@link ModelFolder} does for the speech model.
 */
public final class SpeakerModelFolder {

  static final String MISSING =
      "no speaker model found, so --diarize cannot tell voices apart: build with 'mvn package' on a"
          + " machine with npm (it fetches vosk-model-spk-0.4 into target/speaker-model), or pass"
          + " --speaker-model DIR or set HINDSIGHT_SPEAKER_MODEL";

  private SpeakerModelFolder() {}

  public static Path resolve(Path explicit) {
    return find(explicit).orElseThrow(() -> HindsightException.badInput(MISSING));
  }

  /** The folder if there is one; an explicit folder that is not a speaker model is an error. */
  public static Optional<Path> find(Path explicit) {
    if (explicit != null) {
      return Optional.of(requireValid(explicit));
    }
    String env = System.getenv("HINDSIGHT_SPEAKER_MODEL");
    if (env != null && !env.isBlank()) {
      return Optional.of(requireValid(Path.of(env)));
    }
    List<Path> candidates = new ArrayList<>();
    ModelFolder.besideJar().ifPresent(dir -> candidates.add(dir.resolve("speaker-model")));
    candidates.add(Path.of("target", "speaker-model"));
    return candidates.stream().filter(SpeakerModelFolder::looksLikeSpeakerModel).findFirst();
  }

  static Path requireValid(Path folder) {
    if (!looksLikeSpeakerModel(folder)) {
      throw HindsightException.badInput(
          folder
              + " is not a Vosk speaker model folder (expected final.ext.raw, mean.vec and"
              + " transform.mat inside); the build fetches vosk-model-spk-0.4 into"
              + " target/speaker-model when npm is installed");
    }
    return folder;
  }

  private static boolean looksLikeSpeakerModel(Path folder) {
    return Files.isRegularFile(folder.resolve("final.ext.raw"))
        && Files.isRegularFile(folder.resolve("mean.vec"))
        && Files.isRegularFile(folder.resolve("transform.mat"));
  }
}
