package io.hindsight.media;

import io.hindsight.HindsightException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bytedeco.javacpp.Loader;

/**
 * Finds the ffmpeg and ffprobe executables: the environment's {@code HINDSIGHT_FFMPEG} and {@code
 * HINDSIGHT_FFPROBE} win; otherwise the ones bundled in {@code org.bytedeco:ffmpeg}, so a machine
 * with only a JDK runs Hindsight.
 *
 * @param libraries the folder of the bundled shared libraries, or null for executables that find
 *     their own
 */
public record FfmpegBinaries(Path ffmpeg, Path ffprobe, Path libraries) {

  public FfmpegBinaries(Path ffmpeg, Path ffprobe) {
    this(ffmpeg, ffprobe, null);
  }

  public static FfmpegBinaries fromEnvironment() {
    Path ffmpeg = locate("HINDSIGHT_FFMPEG", "ffmpeg", org.bytedeco.ffmpeg.ffmpeg.class);
    Path ffprobe = locate("HINDSIGHT_FFPROBE", "ffprobe", org.bytedeco.ffmpeg.ffprobe.class);
    String configured = System.getenv("HINDSIGHT_FFMPEG");
    boolean bundled = configured == null || configured.isBlank();
    return new FfmpegBinaries(ffmpeg, ffprobe, bundled ? ffmpeg.getParent() : null);
  }

  /**
   * A process running {@code command} on these executables. The bundled libraries find each other
   * only through the loader's path: libavcodec needs libva.so.2 but carries no RUNPATH, so without
   * it the executables start only where the system happens to have libva installed.
   */
  public ProcessBuilder process(List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command);
    if (libraries != null) {
      String inherited = builder.environment().get("LD_LIBRARY_PATH");
      builder
          .environment()
          .put(
              "LD_LIBRARY_PATH",
              inherited == null || inherited.isBlank()
                  ? libraries.toString()
                  : libraries + File.pathSeparator + inherited);
    }
    return builder;
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
   * uses. The executable finds its libraries beside it, under the names {@link SonameLinks} makes.
   */
  private static Optional<Path> extracted(String name) {
    try {
      File[] folders = Loader.cacheResources("/org/bytedeco/ffmpeg/" + Loader.getPlatform() + "/");
      for (File folder : folders) {
        File executable = new File(folder, name);
        if (executable.isFile() && (executable.canExecute() || executable.setExecutable(true))) {
          SonameLinks.make(folder.toPath());
          return Optional.of(executable.toPath());
        }
      }
    } catch (IOException | RuntimeException e) {
      // Fall back on Loader.load, which knows every platform's layout.
    }
    return Optional.empty();
  }
}
