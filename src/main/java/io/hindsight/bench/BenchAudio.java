package io.hindsight.bench;

import io.hindsight.HindsightException;
import io.hindsight.media.FfmpegMediaTools;
import io.hindsight.media.MediaTools;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Audio made for benchmarks with the bundled ffmpeg: mono AAC, like a phone or a video call. */
final class BenchAudio {

  private BenchAudio() {}

  /**
   * Writes {@code out} from ffmpeg input options ending in {@code -i FILE}.
   *
   * @throws HindsightException of kind BAD_INPUT when ffmpeg refuses
   */
  static void writeMonoAac(MediaTools media, Path out, List<String> input)
      throws IOException, InterruptedException {
    if (!(media instanceof FfmpegMediaTools real)) {
      throw new IllegalStateException("needs the real ffmpeg");
    }
    List<String> command =
        new ArrayList<>(
            List.of(real.binaries().ffmpeg().toString(), "-v", "error", "-y", "-nostdin"));
    command.addAll(input);
    command.addAll(List.of("-vn", "-ac", "1", "-c:a", "aac", "-b:a", "48k", out.toString()));
    Process p = real.binaries().process(command).inheritIO().start();
    if (p.waitFor() != 0) {
      throw HindsightException.badInput("ffmpeg could not make " + out);
    }
  }
}
