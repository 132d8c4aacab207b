package io.hindsight.media;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@link CommandRunner} on real child processes, with stdin closed and stdout discarded. */
final class ProcessCommandRunner implements CommandRunner {

  @Override
  public void run(List<String> command, Duration timeout) throws IOException {
    Process process =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    process.getOutputStream().close();
    StderrTail stderr = new StderrTail(process.getErrorStream());
    stderr.start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        throw new IOException("it took longer than " + timeout.toSeconds() + " s and was stopped");
      }
      stderr.join(2_000);
      if (process.exitValue() != 0) {
        throw new IOException(stderr.lastLine("exit code " + process.exitValue()));
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
