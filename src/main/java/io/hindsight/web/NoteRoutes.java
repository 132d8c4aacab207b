package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.note.Note;
import io.hindsight.note.Notes;
import io.hindsight.pair.User;
import io.hindsight.recording.Library;
import io.hindsight.recording.Recording;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;

/** Reflection notes on a recording: add, list those the caller may see, delete one's own. */
final class NoteRoutes {

  record NoteBody(Double atSeconds, String text, String visibility, Boolean forNextTime) {}

  record MarkBody(Boolean forNextTime) {}

  /** A note as the API shows it; {@code mine} tells the author's own notes apart. */
  record NoteJson(
      String id,
      String recordingId,
      String author,
      boolean mine,
      double atSeconds,
      String text,
      String visibility,
      Instant createdAt,
      boolean forNextTime) {

    static NoteJson of(Note n, User viewer) {
      return new NoteJson(
          n.id(),
          n.recordingId(),
          n.author(),
          n.authorId().equals(viewer.id()),
          n.atSeconds(),
          n.text(),
          n.visibility(),
          n.createdAt(),
          n.forNextTime());
    }
  }

  private final Library library;
  private final Notes notes;

  NoteRoutes(Library library, Notes notes) {
    this.library = library;
    this.notes = notes;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/recordings/{id}/notes", this::list);
    routes.post("/api/recordings/{id}/notes", this::add);
    routes.delete("/api/recordings/{id}/notes/{noteId}", this::delete);
    routes.patch("/api/recordings/{id}/notes/{noteId}", this::mark);
  }

  private void list(Context ctx) {
    Recording recording = Owned.recording(ctx, library);
    User viewer = Visitor.member(ctx);
    ctx.json(
        notes.visibleTo(viewer, recording.id()).stream().map(n -> NoteJson.of(n, viewer)).toList());
  }

  private void add(Context ctx) {
    Recording recording = Owned.recording(ctx, library);
    User author = Visitor.member(ctx);
    NoteBody body =
        Bodies.read(
            ctx,
            NoteBody.class,
            "{\"atSeconds\": 12.5, \"text\": \"...\", \"visibility\": \"private\" or \"pair\"}");
    if (body.atSeconds() == null) {
      throw HindsightException.badInput("atSeconds is required: the moment the note is about");
    }
    String visibility = body.visibility() == null ? Note.PRIVATE : body.visibility();
    boolean nextTime = Boolean.TRUE.equals(body.forNextTime());
    Note note = notes.add(author, recording, body.atSeconds(), body.text(), visibility, nextTime);
    ctx.status(201).json(NoteJson.of(note, author));
  }

  private void mark(Context ctx) {
    Recording recording = Owned.recording(ctx, library);
    MarkBody body = Bodies.read(ctx, MarkBody.class, "{\"forNextTime\": true}");
    if (body.forNextTime() == null) {
      throw HindsightException.badInput("forNextTime is required: true or false");
    }
    notes.markForNextTime(
        Visitor.member(ctx), recording.id(), ctx.pathParam("noteId"), body.forNextTime());
    ctx.status(204);
  }

  private void delete(Context ctx) {
    Recording recording = Owned.recording(ctx, library);
    notes.delete(Visitor.member(ctx), recording.id(), ctx.pathParam("noteId"));
    ctx.status(204);
  }
}
