package io.hindsight.media;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link CommandRunner} on real child processes, with stdin closed. Their stderr is drained on a
 * side thread so a chatty ffmpeg never blocks; its last line becomes the error message.
 */
final class ProcessCommandRunner implements CommandRunner {

  private final FfmpegBinaries binaries;

  ProcessCommandRunner(FfmpegBinaries binaries) {
    this.binaries = binaries;
  }

  @Override
  public void run(List<String> command, Duration timeout) throws IOException {
    Process process = start(command, ProcessBuilder.Redirect.DISCARD);
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

  @Override
  public InputStream stream(List<String> command) throws IOException {
    return new ProcessOutput(start(command, ProcessBuilder.Redirect.PIPE));
  }

  @Override
  public InputStream stream(List<String> command, InputStream stdin) throws IOException {
    Process process = launch(command, ProcessBuilder.Redirect.PIPE);
    Thread feed = new Thread(() -> feed(stdin, process), "ffmpeg-feed");
    feed.setDaemon(true);
    feed.start();
    return new ProcessOutput(process);
  }

  /**
   * Copies {@code stdin} into the process until its end, then closes the pipe. A process that stops
   * reading (it failed, or its output was closed) ends the copy; its own error tells why.
   */
  private static void feed(InputStream stdin, Process process) {
    try (InputStream in = stdin;
        java.io.OutputStream out = process.getOutputStream()) {
      in.transferTo(out);
    } catch (IOException e) {
      process.destroy();
    }
  }

  private Process start(List<String> command, ProcessBuilder.Redirect stdout) throws IOException {
    Process process = launch(command, stdout);
    process.getOutputStream().close();
    return process;
  }

  private Process launch(List<String> command, ProcessBuilder.Redirect stdout) throws IOException {
    return binaries
        .process(command)
        .redirectInput(ProcessBuilder.Redirect.PIPE)
        .redirectOutput(stdout)
        .start();
  }

  /** A process's stdout, which checks the exit code when it ends. */
  private static final class ProcessOutput extends FilterInputStream {
    private final Process process;
    private final StderrTail stderr;
    private boolean checked;

    ProcessOutput(Process process) {
      super(process.getInputStream());
      this.process = process;
      this.stderr = new StderrTail(process.getErrorStream());
      this.stderr.start();
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b < 0) {
        checkExit();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n < 0) {
        checkExit();
      }
      return n;
    }

    private void checkExit() throws IOException {
      if (checked) {
        return;
      }
      checked = true;
      try {
        int code = process.waitFor();
        stderr.join(2_000);
        if (code != 0) {
          throw new IOException(stderr.lastLine("exit code " + code));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } finally {
        if (process.isAlive()) {
          process.destroy();
          try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
              process.destroyForcibly();
            }
          } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
          }
        }
      }
    }
  }
}
