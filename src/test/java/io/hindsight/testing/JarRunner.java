package io.hindsight.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the built {@code hindsight.jar} as a user would, capturing what it prints. */
public final class JarRunner {

  /** What one command did. */
  public record Result(int exitCode, String stdout, String stderr) {
    public String lastLine() {
      String[] lines = stdout.strip().split("\n");
      return lines[lines.length - 1].strip();
    }
  }

  private final Path workDir;
  private final Map<String, String> env;

  public JarRunner(Path workDir, Map<String, String> env) {
    this.workDir = workDir;
    this.env = env;
  }

  public static Path jar() {
    Path jar = Path.of(System.getProperty("hindsight.jar", "target/hindsight.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "build the jar first: mvn package (looked for " + jar.toAbsolutePath() + ")");
    }
    return jar.toAbsolutePath();
  }

  public Result run(String... args) throws IOException, InterruptedException {
    return runWithInput(null, args);
  }

  public Result runWithInput(String stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java", "-jar", jar().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().remove("HINDSIGHT_DATA");
    builder.environment().putAll(env);
    Path out = Files.createTempFile("hindsight-out", ".txt");
    Path err = Files.createTempFile("hindsight-err", ".txt");
    try {
      builder.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process process = builder.start();
      try (var in = process.getOutputStream()) {
        if (stdin != null) {
          in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
      }
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("hindsight " + String.join(" ", args) + " did not finish");
      }
      return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
