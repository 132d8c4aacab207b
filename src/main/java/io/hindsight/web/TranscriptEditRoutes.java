package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.editing.Replacement;
import io.hindsight.editing.SegmentEdit;
import io.hindsight.editing.TranscriptEditor;
import io.hindsight.editing.VersionConflict;
import io.hindsight.pair.Vocabulary;
import io.hindsight.recording.Library;
import io.hindsight.recording.Recording;
import io.hindsight.transcribe.Transcript;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;

/**
 * Corrections to a transcript: edit segments, find and replace, undo, history. A save on a version
 * that is no longer the latest answers 409 with the latest transcript, so the page can show both.
 */
final class TranscriptEditRoutes {

  record EditBody(Integer baseVersion, List<SegmentEdit> edits, Replacement replace) {}

  record UndoBody(Integer baseVersion) {}

  private static final String EXAMPLE =
      "{\"baseVersion\": 1, \"edits\": [{\"segment\": 0, \"text\": \"...\"}]} or {\"baseVersion\":"
          + " 1, \"replace\": {\"find\": \"jon\", \"with\": \"John\", \"wholeWord\": true}}";

  private final Library library;
  private final TranscriptEditor editor;
  private final Vocabulary vocabulary;

  TranscriptEditRoutes(Library library, TranscriptEditor editor, Vocabulary vocabulary) {
    this.library = library;
    this.editor = editor;
    this.vocabulary = vocabulary;
  }

  void register(RoutesConfig routes) {
    routes.patch("/api/recordings/{id}/transcript", this::edit);
    routes.post("/api/recordings/{id}/transcript/undo", this::undo);
    routes.get(
        "/api/recordings/{id}/transcript/history",
        ctx -> ctx.json(editor.history(Owned.recording(ctx, library))));
    routes.get("/api/recordings/{id}/transcript/matches", this::matches);
    routes.get("/api/recordings/{id}/transcript/versions/{version}", this::version);
  }

  private void edit(Context ctx) {
    Recording recording = Owned.recording(ctx, library);
    EditBody body = Bodies.read(ctx, EditBody.class, EXAMPLE);
    if ((body.edits() == null) == (body.replace() == null)) {
      throw HindsightException.badInput("send either edits or replace, like " + EXAMPLE);
    }
    respond(
        ctx,
        recording,
        () ->
            body.edits() != null
                ? editor.edit(Visitor.member(ctx), recording, body.baseVersion(), body.edits())
                : editor.replace(
                    Visitor.member(ctx), recording, body.baseVersion(), body.replace()));
  }

  private void undo(Context ctx) {
    Recording recording = Owned.recording(ctx, library);
    Integer base =
        ctx.body().isBlank()
            ? null
            : Bodies.read(ctx, UndoBody.class, "{\"baseVersion\": 2}").baseVersion();
    respond(ctx, recording, () -> editor.undo(Visitor.member(ctx), recording, base));
  }

  private void matches(Context ctx) {
    Recording recording = Owned.recording(ctx, library);
    Replacement find =
        new Replacement(
            ctx.queryParam("find"), "", "true".equalsIgnoreCase(ctx.queryParam("wholeWord")));
    ctx.json(Map.of("count", editor.count(recording, find)));
  }

  private void version(Context ctx) {
    Recording recording = Owned.recording(ctx, library);
    int number;
    try {
      number = Integer.parseInt(ctx.pathParam("version"));
    } catch (NumberFormatException e) {
      throw HindsightException.badInput("a version is a number, like 1 for the recognized text");
    }
    ctx.json(readable(recording, editor.version(recording, number)));
  }

  private interface Save {
    Transcript run();
  }

  /** The one error with more than {@link ApiError}'s shape: the 409 carries the latest version. */
  private void respond(Context ctx, Recording recording, Save save) {
    try {
      ctx.json(readable(recording, save.run()));
    } catch (VersionConflict e) {
      ctx.status(409)
          .json(
              Map.of(
                  "title", HttpStatus.CONFLICT.getMessage(),
                  "status", 409,
                  "details", e.getMessage(),
                  "latest", readable(recording, e.latest())));
    }
  }

  /** With display forms, as the page shows it; what is stored keeps only the words. */
  private Transcript readable(Recording recording, Transcript transcript) {
    return vocabulary.readable(recording.pair(), transcript);
  }
}
