package io.hindsight.transcribe;

import io.hindsight.HindsightException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the Vosk model folder: {@code --model}, then {@code HINDSIGHT_MODEL}, then the model the
 * build unpacked next to the jar ({@code target/model}), so the jar runs from any directory.
 */
public final class ModelFolder {

  private ModelFolder() {}

  public static Path resolve(Path explicit) {
    if (explicit != null) {
      return requireValid(explicit);
    }
    String env = System.getenv("HINDSIGHT_MODEL");
    if (env != null && !env.isBlank()) {
      return requireValid(Path.of(env));
    }
    List<Path> candidates = new ArrayList<>();
    besideJar().ifPresent(dir -> candidates.add(dir.resolve("model")));
    candidates.add(Path.of("target", "model"));
    for (Path candidate : candidates) {
      if (looksLikeModel(candidate)) {
        return candidate;
      }
    }
    throw HindsightException.badInput(
        "no speech model found: build with 'mvn package' (it unpacks the default model into"
            + " target/model), or pass --model DIR or set HINDSIGHT_MODEL");
  }

  static Path requireValid(Path folder) {
    if (!looksLikeModel(folder)) {
      throw HindsightException.badInput(
          folder + " is not a Vosk model folder (expected am/final.mdl and conf/ inside)");
    }
    return folder;
  }

  private static boolean looksLikeModel(Path folder) {
    return Files.isDirectory(folder)
        && (Files.isRegularFile(folder.resolve("am/final.mdl"))
            || Files.isRegularFile(folder.resolve("final.mdl")));
  }

  /**
   * The folder that holds the running jar (or the classes folder), where the build puts the model
   * and libvosk.
   */
  static java.util.Optional<Path> besideJar() {
    try {
      var source = ModelFolder.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return java.util.Optional.empty();
      }
      Path location = Path.of(source.getLocation().toURI());
      return java.util.Optional.ofNullable(location.getParent());
    } catch (URISyntaxException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }
}
