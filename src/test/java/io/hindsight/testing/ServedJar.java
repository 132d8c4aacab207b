package io.hindsight.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code hindsight serve} from the built jar on a free loopback port, with what it prints. */
public final class ServedJar implements AutoCloseable {

  private static final Pattern READY = Pattern.compile("ready at (http://\\S+) ");

  private final Process process;
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  private final URI base;
  private final Thread reader;

  private ServedJar(Process process) throws IOException, InterruptedException {
    this.process = process;
    CountDownLatch ready = new CountDownLatch(1);
    String[] found = new String[1];
    this.reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  lines.add(line);
                  Matcher m = READY.matcher(line);
                  if (found[0] == null && m.find()) {
                    found[0] = m.group(1);
                    ready.countDown();
                  }
                }
              } catch (IOException e) {
                // the process ended
              }
              ready.countDown();
            },
            "served-jar-output");
    reader.setDaemon(true);
    reader.start();
    if (!ready.await(60, TimeUnit.SECONDS) || found[0] == null) {
      process.destroyForcibly();
      throw new IllegalStateException("serve never became ready: " + lines);
    }
    this.base = URI.create(found[0] + "/");
  }

  /** Starts {@code serve --port 0} on {@code data}; stdout and stderr are read together. */
  public static ServedJar start(Path workDir, Path data, String... extra)
      throws IOException, InterruptedException {
    return start(workDir, data, java.util.Map.of(), extra);
  }

  /** {@link #start(Path, Path, String...)} with {@code env} added to the server's environment. */
  public static ServedJar start(
      Path workDir, Path data, java.util.Map<String, String> env, String... extra)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "java",
                "-jar",
                JarRunner.jar().toString(),
                "--data",
                data.toString(),
                "serve",
                "--port",
                "0"));
    command.addAll(List.of(extra));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
    builder.environment().remove("HINDSIGHT_DATA");
    builder.environment().putAll(env);
    return new ServedJar(builder.start());
  }

  public URI base() {
    return base;
  }

  public Process process() {
    return process;
  }

  public List<String> output() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  /** Sends SIGTERM and waits for the exit; returns the exit code. */
  public int terminate() throws IOException, InterruptedException {
    // Not Process.destroy(): it also closes our end of the output, losing what the server prints
    // while it stops.
    new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("serve did not stop after SIGTERM: " + output());
    }
    reader.join(TimeUnit.SECONDS.toMillis(10)); // the last lines it printed
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
