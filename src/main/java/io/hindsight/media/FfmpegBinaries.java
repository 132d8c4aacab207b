package io.hindsight.media;

import io.hindsight.HindsightException;
import java.io.File;
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
        locate("HINDSIGHT_FFMPEG", "ffmpeg", org.bytedeco.ffmpeg.ffmpeg.class),
        locate("HINDSIGHT_FFPROBE", "ffprobe", org.bytedeco.ffmpeg.ffprobe.class));
  }

  private static Path locate(String variable, String name, Class<?> bundled) {
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
      return extracted(name).orElseGet(() -> Path.of(Loader.load(bundled)));
    } catch (RuntimeException | UnsatisfiedLinkError e) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL,
          "the bundled " + name + " could not be loaded; set " + variable,
          e);
    }
  }

  /**
   * The executable from the bundle's folder, which Loader extracts into {@code ~/.javacpp/cache}
   * once and then reuses. {@code Loader.load} would give the same path, but it also loads every
   * ffmpeg library into this JVM, half a second of start-up for libraries only the child process
   * uses. The executable finds its libraries beside it.
   */
  private static java.util.Optional<Path> extracted(String name) {
    try {
      File[] folders = Loader.cacheResources("/org/bytedeco/ffmpeg/" + Loader.getPlatform() + "/");
      for (File folder : folders) {
        File executable = new File(folder, name);
        if (executable.isFile() && (executable.canExecute() || executable.setExecutable(true))) {
          return java.util.Optional.of(executable.toPath());
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      // Fall back on Loader.load, which knows every platform's layout.
    }
    return java.util.Optional.empty();
  }
}
