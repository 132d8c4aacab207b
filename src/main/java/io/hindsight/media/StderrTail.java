package io.hindsight.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains a child process's stderr on a side thread, so a chatty ffmpeg never blocks on a full pipe,
 * and keeps the last few kilobytes for the error message when it fails.
 */
final class StderrTail extends Thread {
  private final InputStream in;
  private final StringBuilder tail = new StringBuilder();

  StderrTail(InputStream in) {
    super("ffmpeg-stderr");
    setDaemon(true);
    this.in = in;
  }

  @Override
  public void run() {
    byte[] buffer = new byte[4096];
    try (in) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        synchronized (tail) {
          tail.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
          if (tail.length() > 8192) {
            tail.delete(0, tail.length() - 4096);
          }
        }
      }
    } catch (IOException ignored) {
      // The process ended; whatever was read is all there is.
    }
  }

  /** The last line ffmpeg wrote, or {@code fallback} when it wrote nothing. */
  String lastLine(String fallback) {
    synchronized (tail) {
      String[] lines = tail.toString().strip().split("\n");
      String last = lines.length == 0 ? "" : lines[lines.length - 1].strip();
      return last.isEmpty() ? fallback : last;
    }
  }
}
