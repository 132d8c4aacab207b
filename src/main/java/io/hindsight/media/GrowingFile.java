package io.hindsight.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file written while it is read: an upload spools to disk as it arrives, and its readers (the
 * decoder's feed) follow the writer, waiting for more bytes until it completes. Memory stays
 * bounded whatever the file's length: the bytes live on disk, never in the heap.
 */
public final class GrowingFile implements AutoCloseable {

  private final Path file;
  private final FileChannel out;
  private long size;
  private boolean complete;
  private boolean aborted;

  /** Creates {@code file}, which must not exist. */
  public GrowingFile(Path file) throws IOException {
    this.file = file;
    this.out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  public Path file() {
    return file;
  }

  public void append(byte[] bytes, int offset, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
    synchronized (this) {
      size += length;
      notifyAll();
    }
  }

  public synchronized long size() {
    return size;
  }

  /** The last byte has arrived: readers see the end of the file. */
  public void complete() throws IOException {
    out.close();
    synchronized (this) {
      complete = true;
      notifyAll();
    }
  }

  public synchronized boolean isComplete() {
    return complete;
  }

  /** The upload failed: readers fail too, at once. */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      // nothing more will be written either way
    }
    synchronized (this) {
      if (!complete) {
        aborted = true;
      }
      notifyAll();
    }
  }

  /** Waits until the file is longer than {@code position}; false at its end. */
  private synchronized boolean awaitBeyond(long position) throws IOException {
    while (size <= position && !complete && !aborted) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("stopped waiting for the upload");
      }
    }
    if (aborted) {
      throw new IOException("the upload stopped before its end");
    }
    return size > position;
  }

  /** Reads from the first byte, following the writer. */
  public InputStream reader() throws IOException {
    FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
    return new InputStream() {
      private long position;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        if (!awaitBeyond(position)) {
          return -1;
        }
        int n = in.read(ByteBuffer.wrap(b, off, len), position);
        if (n > 0) {
          position += n;
        }
        return n < 0 ? 0 : n;
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }
}
