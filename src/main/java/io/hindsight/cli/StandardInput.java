package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.HindsightException;
import io.hindsight.recording.IngestRequest;
import io.hindsight.recording.RecordingFiles;
import io.hindsight.recording.StreamedUpload;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code ingest -}: one recording read from standard input, spooled in the data folder and heard
 * while it arrives when it streams, as a web upload is. Closing it drops what was not ingested.
 */
final class StandardInput implements AutoCloseable {

  static final String NAME = "stdin";

  private final RecordingFiles.Staged spool;
  private final StreamedUpload upload;

  /**
   * Refuses at once, before reading a byte, a pair whose agreement does not allow recording. The
   * input spools in a locked staging folder, so a kill leaves nothing past the next start.
   */
  StandardInput(Hindsight app, String pair) {
    app.pipeline().requireRecordingAllowed(pair, null);
    this.spool = app.pipeline().spoolFolder();
    try {
      this.upload = app.pipeline().receive(spool.dir().resolve(NAME), false, true);
    } catch (IOException e) {
      spool.close();
      throw new HindsightException(
          HindsightException.Kind.INTERNAL, "cannot spool standard input in " + spool.dir(), e);
    } catch (RuntimeException e) {
      spool.close();
      throw e;
    }
  }

  /** Reads standard input to its end; tells {@code err} how much was heard before that end. */
  void read(InputStream in, java.io.PrintWriter err) {
    byte[] buffer = new byte[64 * 1024];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        upload.write(buffer, 0, n);
      }
      upload.complete();
    } catch (IOException e) {
      throw HindsightException.badInput("could not read standard input: " + e.getMessage());
    }
    if (upload.bytesReceived() == 0) {
      throw HindsightException.badInput("standard input was empty: pipe the recording into it");
    }
    if (upload.streaming()) {
      err.printf(
          java.util.Locale.ROOT,
          "%.0f s of audio transcribed before the end of standard input%n",
          upload.secondsHeard());
      err.flush();
    }
  }

  IngestRequest.Input asInput() {
    return IngestRequest.Input.upload(NAME, upload.source());
  }

  StreamedUpload upload() {
    return upload;
  }

  @Override
  public void close() {
    try {
      upload.close();
    } finally {
      spool.close();
    }
  }
}
