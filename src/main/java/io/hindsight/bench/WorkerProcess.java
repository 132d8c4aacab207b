package io.hindsight.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@code hindsight worker} process of the jar, on a database and a shared data folder, and what
 * it prints (stdout and stderr together). {@code bench scale} and the multi-process tests use it.
 */
public final class WorkerProcess implements AutoCloseable {

  private final Process process;
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

  private WorkerProcess(Process process) {
    this.process = process;
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  lines.add(line);
                }
              } catch (IOException e) {
                // the process ended
              }
            },
            "worker-output-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts {@code java -jar JAR --data DATA --database URL worker EXTRA...} in {@code workDir},
   * with {@code env} added, and waits until it takes jobs.
   */
  public static WorkerProcess start(
      Path jar, Path workDir, Path data, String url, Map<String, String> env, String... extra)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "java",
                "-jar",
                jar.toString(),
                "--data",
                data.toString(),
                "--database",
                url,
                "worker"));
    command.addAll(List.of(extra));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
    builder.environment().remove("HINDSIGHT_DATA");
    builder.environment().remove("HINDSIGHT_DATABASE_URL");
    builder.environment().putAll(env);
    WorkerProcess worker = new WorkerProcess(builder.start());
    try {
      worker.await(line -> line.contains("takes jobs from"), Duration.ofSeconds(60));
    } catch (IllegalStateException e) {
      worker.close();
      throw e;
    }
    return worker;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public List<String> output() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  /** Waits until a printed line matches; fails with the output if it never does. */
  public String await(Predicate<String> line, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (String l : output()) {
        if (line.test(l)) {
          return l;
        }
      }
      if (!process.isAlive()) {
        break;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the worker never printed the line it waited for: " + output());
  }

  /** Kills the process as a crash or a pulled plug would: no shutdown hook runs. */
  public void kill9() throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).start().waitFor();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** Stops it as Ctrl+C would: a running job goes back to the queue. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /** The pid in a worker's claim name ({@code host-pid-nonce}), or -1. */
  public static long pidOf(String claimName) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("-(\\d+)-[0-9a-f]+$").matcher(claimName);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }
}
