package io.hindsight.bench;

import io.hindsight.Hindsight;
import io.hindsight.recording.Recording;
import io.hindsight.recording.RecordingFiles;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** What must hold after a load run; each check prints what it found. */
final class LoadChecks {

  private final Hindsight app;
  private final PrintWriter out;

  LoadChecks(Hindsight app, PrintWriter out) {
    this.app = app;
    this.out = out;
  }

  /** The server still answers a signed-in request quickly: it did not hang or fall behind. */
  boolean answersWithin(WebSession session, Duration limit) {
    long t0 = System.nanoTime();
    int status;
    try {
      HttpResponse<String> me = session.get("/api/me");
      status = me.statusCode();
    } catch (Exception e) {
      status = -1;
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    boolean ok = status == 200 && ms <= limit.toMillis();
    out.printf(
        Locale.ROOT, "after the run: /api/me answered %d in %.0f ms%s%n", status, ms, mark(ok));
    return ok;
  }

  /** Every upload the server accepted is transcribed and searchable. */
  boolean allReady(List<String> ids, Duration limit) throws InterruptedException {
    long t0 = System.nanoTime();
    long deadline = t0 + limit.toNanos();
    int ready = 0;
    for (String id : ids) {
      Recording.Status status = app.library().get(id).status();
      while (status != Recording.Status.READY
          && status != Recording.Status.FAILED
          && System.nanoTime() < deadline) {
        Thread.sleep(250);
        status = app.library().get(id).status();
      }
      if (status == Recording.Status.READY) {
        ready++;
      }
    }
    boolean ok = ready == ids.size();
    out.printf(
        Locale.ROOT,
        "uploads: %d of %d ready (waited %.0f s after the run)%s%n",
        ready,
        ids.size(),
        (System.nanoTime() - t0) / 1e9,
        mark(ok));
    return ok;
  }

  /**
   * Rows, files and index documents agree: one folder with media (and a transcript once ready) per
   * recording row, one note row per note the server confirmed (and at most as many more as got no
   * answer in time), and one index document per segment of a ready recording plus one per note.
   */
  boolean countsAddUp(int notesConfirmed, int notesUnanswered) throws Exception {
    List<Recording> recordings = app.library().list(null);
    RecordingFiles files = new RecordingFiles(app.config().dataDir());
    long segments = 0;
    int complete = 0;
    for (Recording r : recordings) {
      boolean media =
          r.mediaFiles().stream().allMatch(f -> Files.isRegularFile(files.media(r.id(), f)));
      boolean transcript =
          Files.isRegularFile(files.folder(r.id()).resolve(RecordingFiles.TRANSCRIPT));
      if (media && (transcript || r.status() != Recording.Status.READY)) {
        complete++;
      }
      if (r.status() == Recording.Status.READY) {
        segments += app.library().transcript(r.id()).segments().size();
      }
    }
    long folders;
    try (Stream<Path> dirs = Files.list(app.config().dataDir().resolve("recordings"))) {
      folders = dirs.count();
    }
    int noteRows = countNotes();
    long documents = app.index().documentCount();
    boolean ok =
        complete == recordings.size()
            && folders == recordings.size()
            && noteRows >= notesConfirmed
            && noteRows <= notesConfirmed + notesUnanswered
            && documents == segments + noteRows;
    out.printf(
        Locale.ROOT,
        "counts: %d recording rows, %d folders, %d complete; %d note rows for %d notes confirmed"
            + " (%d unanswered); %d index documents = %d segments + %d notes%s%n",
        recordings.size(),
        folders,
        complete,
        noteRows,
        notesConfirmed,
        notesUnanswered,
        documents,
        segments,
        noteRows,
        mark(ok));
    return ok;
  }

  // An audit reads the table itself, not through the feature it is checking.
  private int countNotes() {
    return app.database()
        .inTransaction(
            c -> {
              try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM notes");
                  ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
              }
            });
  }

  private static String mark(boolean ok) {
    return ok ? "" : "  <-- FAILED";
  }
}
