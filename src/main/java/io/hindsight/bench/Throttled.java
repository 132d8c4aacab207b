package io.hindsight.bench;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * A stream that gives its bytes no faster than a set rate, as a slow uplink sends them; and,
 * optionally, breaks off after some bytes, as a client that gives up midway.
 */
public final class Throttled extends FilterInputStream {

  private final double bytesPerSecond;
  private final long breakAfter;
  private final long start = System.nanoTime();
  private long sent;

  /**
   * @param breakAfter bytes after which reading fails; negative for never
   */
  public Throttled(InputStream in, double bytesPerSecond, long breakAfter) {
    super(in);
    this.bytesPerSecond = bytesPerSecond;
    this.breakAfter = breakAfter;
  }

  /** Bytes given so far. */
  public synchronized long sent() {
    return sent;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public synchronized int read(byte[] b, int off, int len) throws IOException {
    if (breakAfter >= 0 && sent >= breakAfter) {
      throw new IOException("the sender gave up midway");
    }
    // Small steps (a twentieth of a second each) keep the rate even.
    int step = (int) Math.max(1, Math.min(len, bytesPerSecond / 20));
    if (breakAfter >= 0) {
      step = (int) Math.min(step, Math.max(1, breakAfter - sent));
    }
    int n = super.read(b, off, step);
    if (n <= 0) {
      return n;
    }
    sent += n;
    long due = start + (long) (sent / bytesPerSecond * 1e9);
    long wait = due - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("stopped sending");
      }
    }
    return n;
  }
}
