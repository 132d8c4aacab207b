package io.hindsight.bench;

import io.hindsight.HindsightException;
import io.hindsight.media.FfmpegMediaTools;
import io.hindsight.media.MediaTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Repeats a recording's audio into a long AAC file, so benchmarks can run on hours of speech. */
public final class LongRecording {

  private final MediaTools media;

  public LongRecording(MediaTools media) {
    this.media = media;
  }

  /** Returns how many copies of the source went into {@code out}. */
  public int make(Path source, Path out, double minutes, Path reference)
      throws IOException, InterruptedException {
    double seconds = media.probe(source).durationSeconds();
    if (!(media instanceof FfmpegMediaTools real)) {
      throw new IllegalStateException("needs the real ffmpeg");
    }
    int repeats = (int) Math.ceil(minutes * 60 / seconds);
    Process p =
        new ProcessBuilder(
                real.binaries().ffmpeg().toString(),
                "-v",
                "error",
                "-y",
                "-nostdin",
                "-stream_loop",
                String.valueOf(repeats - 1),
                "-i",
                source.toString(),
                "-vn",
                "-ac",
                "1",
                "-c:a",
                "aac",
                "-b:a",
                "48k",
                out.toString())
            .inheritIO()
            .start();
    if (p.waitFor() != 0) {
      throw HindsightException.badInput("ffmpeg could not make " + out);
    }
    if (reference != null) {
      String text = Files.readString(reference).strip();
      Path copy = out.resolveSibling(out.getFileName() + ".txt");
      Files.writeString(
          copy, String.join("\n", java.util.Collections.nCopies(repeats, text)) + "\n");
    }
    return repeats;
  }

  public static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
