package io.hindsight.recording;

import io.hindsight.media.GrowingFile;
import io.hindsight.media.Streamable;
import io.hindsight.transcribe.StreamedTrack;
import io.hindsight.transcribe.Transcriber;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * One media file as it arrives, from an upload or standard input: spooled to disk, and, when its
 * first bytes show a container that can be decoded as a stream, recognized while it arrives. What
 * is heard goes no further than {@link IngestPipeline}, which uses it only for a recording that is
 * admitted (consented, complete, media, within the limit); closing it unused drops it and its
 * spool.
 */
public final class StreamedUpload implements AutoCloseable {

  // One file heard while it arrives at a time: two at once would each take half the cores, and the
  // second is transcribed once complete instead, as any upload.
  private static final Semaphore STREAMING = new Semaphore(1);

  private final GrowingFile spool;
  private final Supplier<Transcriber> transcriber;
  private final byte[] head = new byte[Streamable.HEAD_BYTES];
  private int headLength;
  private Streamable.Verdict verdict = Streamable.Verdict.UNDECIDED;
  private volatile StreamedTrack track;
  private boolean taken;

  /**
   * @param streams whether this file may be heard as it arrives
   */
  StreamedUpload(Path spoolFile, Supplier<Transcriber> transcriber, boolean streams)
      throws IOException {
    this.spool = new GrowingFile(spoolFile);
    this.transcriber = transcriber;
    if (!streams) {
      verdict = Streamable.Verdict.UNKNOWN;
    }
  }

  public void write(byte[] bytes, int offset, int length) throws IOException {
    spool.append(bytes, offset, length);
    if (verdict == Streamable.Verdict.UNDECIDED) {
      int copied = Math.min(length, head.length - headLength);
      System.arraycopy(bytes, offset, head, headLength, copied);
      headLength += copied;
      decide(false);
    }
  }

  /** The last byte has arrived. */
  public void complete() throws IOException {
    spool.complete();
    if (verdict == Streamable.Verdict.UNDECIDED) {
      decide(true);
    }
  }

  private void decide(boolean whole) throws IOException {
    verdict = Streamable.of(head, headLength, whole);
    if (verdict == Streamable.Verdict.STREAMS && STREAMING.tryAcquire()) {
      try {
        track = transcriber.get().startStream(spool.reader());
        track.whenClosed(STREAMING::release);
      } catch (IOException | RuntimeException e) {
        STREAMING.release();
        throw e;
      }
    }
  }

  public long bytesReceived() {
    return spool.size();
  }

  /** Seconds of its audio recognized so far; 0 while it is not heard as it arrives. */
  public double secondsHeard() {
    StreamedTrack t = track;
    return t == null ? 0 : t.secondsHeard();
  }

  /** Whether it is being heard as it arrives. */
  public boolean streaming() {
    return track != null;
  }

  /** What its first bytes said. */
  public Streamable.Verdict verdict() {
    return verdict;
  }

  /** Stops hearing it as it arrives: it is then transcribed from its file, as any upload. */
  public void stopStreaming() {
    StreamedTrack t = track;
    track = null;
    if (t != null) {
      t.close();
    }
  }

  /** Its bytes, moved where the pipeline stores them. */
  public IngestRequest.MediaSource source() {
    return target -> Files.move(spool.file(), target);
  }

  /** Hands what was heard to the caller, who closes it; null when it was not heard. */
  synchronized StreamedTrack take() {
    taken = true;
    return track;
  }

  /** Drops what was heard, unless taken, and the spool, unless moved into place. */
  @Override
  public synchronized void close() {
    spool.close();
    if (!taken) {
      stopStreaming();
    }
    try {
      Files.deleteIfExists(spool.file());
    } catch (IOException e) {
      // the upload folder is swept at start
    }
  }
}
