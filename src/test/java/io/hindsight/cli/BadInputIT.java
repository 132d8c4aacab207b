package io.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.testing.JarRunner;
import io.hindsight.testing.JarRunner.Result;
import io.hindsight.testing.Sample;
import io.hindsight.testing.TestFfmpeg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are not usable media, and ingests without consent: refused, explained, nothing kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

  @TempDir static Path work;
  private JarRunner hindsight;
  private Path data;

  @BeforeAll
  void setUp() throws Exception {
    data = work.resolve("data");
    hindsight = new JarRunner(work, Map.of());
    assertEquals(0, run("recordings").exitCode(), "creates an empty library");
  }

  private Result run(String... args) throws Exception {
    String[] all =
        Stream.concat(Stream.of("--data", data.toString()), Arrays.stream(args))
            .toArray(String[]::new);
    return hindsight.run(all);
  }

  private Result ingest(Path file) throws Exception {
    return run("ingest", file.toString(), "--pair", "sarah-david", "--consent", "Sarah,David");
  }

  private List<String> libraryFiles() throws IOException {
    try (Stream<Path> walk =
        Stream.concat(
            Files.walk(data.resolve("recordings")), Files.walk(data.resolve("staging")))) {
      return walk.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
    }
  }

  /** Progress lines aside, what the user is told. */
  private static long errorLines(Result result) {
    return result.stderr().lines().filter(l -> !l.startsWith("ingest: ")).count();
  }

  private void assertRefusedAsNotMedia(Path file, String expectedMessage) throws Exception {
    List<String> before = libraryFiles();
    Result result = ingest(file);
    assertEquals(3, result.exitCode(), file + ": " + result.stderr());
    assertEquals(1, errorLines(result), "one line: " + result.stderr());
    assertTrue(result.stderr().contains(expectedMessage), result.stderr());
    assertFalse(result.stderr().contains("Exception"), result.stderr());
    assertEquals(before, libraryFiles(), "nothing stored for " + file);
    assertEquals("[ ]", run("recordings", "--json").stdout().strip());
  }

  @Test
  void aTextFileNamedMp4() throws Exception {
    Path file = Files.writeString(work.resolve("notes.mp4"), "These are my notes, not a video.\n");
    assertRefusedAsNotMedia(file, "not a media file");
  }

  @Test
  void anEmptyFile() throws Exception {
    assertRefusedAsNotMedia(Files.createFile(work.resolve("empty.mp4")), "not a media file");
  }

  @Test
  void aMissingFile() throws Exception {
    assertRefusedAsNotMedia(work.resolve("nowhere.mp4"), "no such file");
  }

  @Test
  void anMp4CutShortWhoseIndexIsAtTheStart() throws Exception {
    // The sample is written with +faststart: the header survives and promises the full length.
    byte[] whole = Files.readAllBytes(Sample.video());
    Path cut =
        Files.write(work.resolve("cut-faststart.mp4"), Arrays.copyOf(whole, whole.length * 2 / 5));
    assertRefusedAsNotMedia(cut, "truncated");
  }

  @Test
  void anMp4CutShortBeforeItsIndex() throws Exception {
    Path plain = work.resolve("plain.mp4");
    TestFfmpeg.ffmpeg("-i", Sample.video().toString(), "-c", "copy", plain.toString());
    byte[] whole = Files.readAllBytes(plain);
    Path cut = Files.write(work.resolve("cut-plain.mp4"), Arrays.copyOf(whole, whole.length / 2));
    assertRefusedAsNotMedia(cut, "not a media file");
  }

  @Test
  void aVideoWithoutAudio() throws Exception {
    Path silent = work.resolve("no-audio.mp4");
    TestFfmpeg.ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=duration=2:size=160x120:rate=10",
        "-c:v",
        "mpeg4",
        silent.toString());
    assertRefusedAsNotMedia(silent, "no audio stream");
  }

  @Test
  void withoutConsentNothingIsStored() throws Exception {
    List<String> before = libraryFiles();
    Result result = run("ingest", Sample.video().toString(), "--pair", "sarah-david");
    assertEquals(4, result.exitCode(), result.stderr());
    assertTrue(result.stderr().contains("consent"), result.stderr());
    assertEquals(before, libraryFiles());
    assertEquals("[ ]", run("recordings", "--json").stdout().strip());

    Result blank =
        run("ingest", Sample.video().toString(), "--pair", "sarah-david", "--consent", " , ");
    assertEquals(4, blank.exitCode(), blank.stderr());
    assertEquals(before, libraryFiles());
  }
}
