package io.hindsight.media;

import io.hindsight.HindsightException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.Loader;

/**
 * Finds the ffmpeg and ffprobe executables: the environment's {@code HINDSIGHT_FFMPEG} and {@code
 * HINDSIGHT_FFPROBE} win; otherwise the ones bundled in {@code org.bytedeco:ffmpeg}, so a machine
 * with only a JDK runs Hindsight.
 */
public record FfmpegBinaries(Path ffmpeg, Path ffprobe) {

  public static FfmpegBinaries fromEnvironment() {
    return new FfmpegBinaries(
        locate("HINDSIGHT_FFMPEG", org.bytedeco.ffmpeg.ffmpeg.class),
        locate("HINDSIGHT_FFPROBE", org.bytedeco.ffmpeg.ffprobe.class));
  }

  private static Path locate(String variable, Class<?> bundled) {
    String configured = System.getenv(variable);
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      if (!Files.isExecutable(path)) {
        throw HindsightException.badInput(
            variable + " points to " + path + ", which is not an executable");
      }
      return path;
    }
    try {
      // Loader extracts the executable from the jar into ~/.javacpp/cache once, then reuses it.
      return Path.of(Loader.load(bundled));
    } catch (RuntimeException | UnsatisfiedLinkError e) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL,
          "the bundled " + bundled.getSimpleName() + " could not be loaded; set " + variable,
          e);
    }
  }
}
