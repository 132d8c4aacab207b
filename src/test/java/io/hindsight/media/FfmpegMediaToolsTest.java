package io.hindsight.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.testing.Sample;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decode command, through the same seam as the clip command, and the check for cut MP4s. */
class FfmpegMediaToolsTest {

  private static final FfmpegBinaries BINARIES =
      new FfmpegBinaries(Path.of("/opt/ffmpeg"), Path.of("/opt/ffprobe"));

  @TempDir Path dir;

  /** Streams a few bytes as ffmpeg's output, and keeps the command. */
  private static final class FakeRunner implements CommandRunner {
    final List<List<String>> commands = new ArrayList<>();

    @Override
    public void run(List<String> command, Duration timeout) {
      throw new UnsupportedOperationException("decoding streams its output");
    }

    @Override
    public InputStream stream(List<String> command) {
      commands.add(command);
      return new ByteArrayInputStream(new byte[] {1, 2, 3, 4});
    }

    String after(String option) {
      List<String> c = commands.get(0);
      return c.get(c.indexOf(option) + 1);
    }
  }

  private final FakeRunner runner = new FakeRunner();
  private final FfmpegMediaTools tools = new FfmpegMediaTools(BINARIES, runner);

  @Test
  void decodesOneStreamTo16kHzMonoPcmOnStdout() throws Exception {
    try (InputStream pcm = tools.openPcm(Path.of("/rec/media-0"), AudioTrack.mixOf(1))) {
      assertArrayEquals(new byte[] {1, 2, 3, 4}, pcm.readAllBytes());
    }
    List<String> c = runner.commands.get(0);
    assertEquals("/opt/ffmpeg", c.get(0));
    assertTrue(c.contains("-nostdin"), c.toString());
    assertEquals("/rec/media-0", runner.after("-i"));
    assertEquals("0:a:1", runner.after("-map"));
    assertEquals("s16le", runner.after("-f"));
    assertEquals("pcm_s16le", runner.after("-acodec"));
    assertEquals("1", runner.after("-ac"));
    assertEquals("16000", runner.after("-ar"));
    assertEquals("-", c.get(c.size() - 1), "to stdout");
    assertFalse(c.contains("-af"), "the whole mix, no channel picked: " + c);
  }

  @Test
  void oneChannelOfAStereoStreamIsPannedOut() throws Exception {
    tools.openPcm(Path.of("/rec/media-0"), new AudioTrack(0, 1)).close();
    assertEquals("0:a:0", runner.after("-map"));
    assertEquals("pan=mono|c0=c1", runner.after("-af"));
  }

  @Test
  void anMp4CutShortIsFoundFromItsBoxes() throws Exception {
    byte[] whole = Files.readAllBytes(Sample.video());
    Path cut = Files.write(dir.resolve("cut.mp4"), Arrays.copyOf(whole, whole.length * 2 / 5));

    String problem = Mp4Boxes.truncation(cut, "mov,mp4,m4a,3gp,3g2,mj2").orElseThrow();

    assertTrue(problem.startsWith("looks truncated: it ends after "), problem);
    assertTrue(problem.contains("'mdat'"), problem);
    assertEquals(
        "cut.mp4 " + problem, new UnusableMediaException(cut, problem).getMessage(), "named");
  }

  @Test
  void aWholeMp4AndOtherContainersPass() throws Exception {
    assertTrue(Mp4Boxes.truncation(Sample.video(), "mov,mp4,m4a,3gp,3g2,mj2").isEmpty());
    byte[] whole = Files.readAllBytes(Sample.tracks());
    Path cut = Files.write(dir.resolve("cut.mka"), Arrays.copyOf(whole, whole.length / 2));
    assertTrue(Mp4Boxes.truncation(cut, "matroska,webm").isEmpty(), "only MP4 boxes are read");
  }
}
