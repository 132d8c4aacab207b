package io.hindsight.bench;

import io.hindsight.media.MediaTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
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
    int repeats = (int) Math.ceil(minutes * 60 / seconds);
    BenchAudio.writeMonoAac(
        media, out, List.of("-stream_loop", String.valueOf(repeats - 1), "-i", source.toString()));
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
