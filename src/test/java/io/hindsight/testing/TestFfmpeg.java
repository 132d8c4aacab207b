package io.hindsight.testing;

import io.hindsight.media.FfmpegBinaries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The same ffmpeg and ffprobe Hindsight uses, for making and checking test media. */
public final class TestFfmpeg {

  private static final FfmpegBinaries BINARIES = FfmpegBinaries.fromEnvironment();

  private TestFfmpeg() {}

  /** Runs ffmpeg with {@code -y -v error}; returns stdout, and fails the test if ffmpeg fails. */
  public static String ffmpeg(String... args) throws IOException, InterruptedException {
    return run(BINARIES.ffmpeg().toString(), args);
  }

  public static String ffprobe(String... args) throws IOException, InterruptedException {
    return run(BINARIES.ffprobe().toString(), args);
  }

  /** Runs ffmpeg and returns its exit code and stderr, for checks that expect failure or logs. */
  public static JarRunner.Result ffmpegResult(String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of(BINARIES.ffmpeg().toString(), "-hide_banner", "-nostdin"));
    command.addAll(List.of(args));
    Process p = BINARIES.process(command).start();
    p.getOutputStream().close();
    var out = new java.io.ByteArrayOutputStream();
    Thread t =
        new Thread(
            () -> {
              try {
                p.getInputStream().transferTo(out);
              } catch (IOException ignored) {
                // reported through the exit code
              }
            });
    t.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(5, TimeUnit.MINUTES);
    t.join();
    return new JarRunner.Result(p.exitValue(), out.toString(StandardCharsets.UTF_8), err);
  }

  private static String run(String program, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(program, "-v", "error"));
    if (program.endsWith("ffmpeg")) {
      command.add("-y");
      command.add("-nostdin");
    }
    command.addAll(List.of(args));
    Process p = BINARIES.process(command).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
    return output;
  }
}
