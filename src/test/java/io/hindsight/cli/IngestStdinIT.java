package io.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.bench.Throttled;
import io.hindsight.testing.JarRunner;
import io.hindsight.testing.Sample;
import io.hindsight.testing.TestFfmpeg;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest -}: a recording piped in slowly is transcribed while it arrives, and gets the same
 * transcript as {@code ingest FILE}; input cut short stores nothing.
 */
class IngestStdinIT {

  @TempDir Path work;

  @Test
  void aRecordingPipedInIsHeardWhileItArrivesAndWordedAsTheFile() throws Exception {
    Path webm = webm();
    Path piped = work.resolve("piped");
    Path filed = work.resolve("filed");
    // 66 s of audio in about 32 s.
    Run slow = ingestStdin(piped, webm, 20_000, -1);
    assertEquals(0, slow.exitCode, slow.stderr);
    Matcher heard =
        Pattern.compile("(\\d+) s of audio transcribed before the end of standard input")
            .matcher(slow.stderr);
    assertTrue(heard.find(), slow.stderr);
    assertTrue(Integer.parseInt(heard.group(1)) > 0, slow.stderr);

    JarRunner.Result file =
        jar(filed).run("ingest", webm.toString(), "--pair", "p1", "--consent", "Ann,Ben");
    assertEquals(0, file.exitCode(), file.stderr());

    String fromStdin = export(piped, slow.lastLine());
    String fromFile = export(filed, file.lastLine());
    assertTrue(fromFile.length() > 500, fromFile);
    assertEquals(fromFile, fromStdin, "the same words at the same times");
    assertNoSpool(piped);
  }

  @Test
  void inputCutShortStoresNothing() throws Exception {
    Path webm = webm();
    Path data = work.resolve("cut");
    Run cut = ingestStdin(data, webm, 200_000, Files.size(webm) / 2);
    assertNotEquals(0, cut.exitCode, cut.stderr);
    assertEquals("[]", jar(data).run("recordings", "--json").stdout().replaceAll("\\s", ""));
    assertNoSpool(data);
  }

  @Test
  void aKilledIngestLeavesNoSpoolPastTheNextStart() throws Exception {
    Path webm = webm();
    Path data = work.resolve("killed");
    Path out = work.resolve("killed-out.txt");
    Process process = startIngest(data, out, work.resolve("killed-err.txt"));
    OutputStream stdin = process.getOutputStream();
    stdin.write(Files.readAllBytes(webm), 0, (int) (Files.size(webm) / 2));
    stdin.flush();
    Path staging = data.resolve("staging");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (!hasSpool(staging) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(hasSpool(staging), "the input spools in the staging folder");
    process.destroyForcibly().waitFor(1, TimeUnit.MINUTES); // kill -9: no clean-up runs

    assertEquals("[]", jar(data).run("recordings", "--json").stdout().replaceAll("\\s", ""));
    assertNoSpool(data);
  }

  private static boolean hasSpool(Path staging) throws Exception {
    if (!Files.isDirectory(staging)) {
      return false;
    }
    try (Stream<Path> dirs = Files.list(staging)) {
      return dirs.anyMatch(d -> Files.exists(d.resolve(StandardInput.NAME)));
    }
  }

  private Path webm() throws Exception {
    Path webm = work.resolve("session.webm");
    if (!Files.exists(webm)) {
      TestFfmpeg.ffmpeg(
          "-i",
          Sample.video().toString(),
          "-vn",
          "-c:a",
          "libopus",
          "-b:a",
          "64k",
          webm.toString());
    }
    return webm;
  }

  private static void assertNoSpool(Path data) throws Exception {
    for (Path folder : List.of(data.resolve("uploads"), data.resolve("staging"))) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> left = Files.list(folder)) {
          assertEquals(List.of(), left.toList(), "no spool left in " + folder);
        }
      }
    }
  }

  private String export(Path data, String id) throws Exception {
    JarRunner.Result r = jar(data).run("export", id, "--format", "json");
    assertEquals(0, r.exitCode(), r.stderr());
    return r.stdout();
  }

  private JarRunner jar(Path data) {
    return new JarRunner(work, Map.of("HINDSIGHT_DATA", data.toString()));
  }

  private record Run(int exitCode, String stdout, String stderr) {
    String lastLine() {
      String[] lines = stdout.strip().split("\n");
      return lines[lines.length - 1].strip();
    }
  }

  /** {@code ingest -} fed {@code file} at {@code rate} bytes/s, stopping after {@code cutAt}. */
  private Run ingestStdin(Path data, Path file, double rate, long cutAt) throws Exception {
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process process = startIngest(data, out, err);
    try (InputStream in = Files.newInputStream(file);
        InputStream paced = new Throttled(in, rate, cutAt);
        OutputStream stdin = process.getOutputStream()) {
      byte[] buffer = new byte[8192];
      for (int n; (n = paced.read(buffer)) >= 0; ) {
        stdin.write(buffer, 0, n);
        stdin.flush();
      }
    } catch (java.io.IOException e) {
      // the cut: standard input ends here
    }
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "ingest - did not finish");
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Process startIngest(Path data, Path out, Path err) throws java.io.IOException {
    List<String> command =
        List.of(
            "java",
            "-jar",
            JarRunner.jar().toString(),
            "ingest",
            "-",
            "--pair",
            "p1",
            "--consent",
            "Ann,Ben");
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().put("HINDSIGHT_DATA", data.toString());
    return builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
  }
}
