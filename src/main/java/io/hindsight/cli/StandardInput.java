package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.HindsightException;
import io.hindsight.Ids;
import io.hindsight.recording.IngestRequest;
import io.hindsight.recording.StreamedUpload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ingest -}: one recording read from standard input, spooled in the data folder and heard
 * while it arrives when it streams, as a web upload is. Closing it drops what was not ingested.
 */
final class StandardInput implements AutoCloseable {

  static final String NAME = "stdin";

  private final StreamedUpload upload;

  /** Refuses at once, before reading a byte, a pair whose agreement does not allow recording. */
  StandardInput(Hindsight app, String pair) {
    app.pipeline().requireRecordingAllowed(pair, null);
    Path dir = app.config().dataDir().resolve("uploads");
    try {
      Files.createDirectories(dir);
      this.upload = app.pipeline().receive(dir.resolve("stdin-" + Ids.newId()), false);
    } catch (IOException e) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL, "cannot spool standard input in " + dir, e);
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
    upload.close();
  }
}
