package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.editing.TranscriptEditor;
import io.hindsight.editing.VersionConflict;
import io.hindsight.pair.Vocabulary;
import io.hindsight.recording.Library;
import io.hindsight.recording.Recording;
import io.hindsight.voice.VoicePrints;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Naming the speakers of a recording ("Speaker 1" is "Sarah Miller"), as a new transcript version
 * that captions, exports and search follow at once; and which members' voices are remembered.
 */
final class SpeakerRoutes {

  private static final String EXAMPLE = "{\"Speaker 1\": \"Sarah Miller\"}";

  private final Library library;
  private final TranscriptEditor editor;
  private final VoicePrints voices;
  private final Vocabulary vocabulary;

  SpeakerRoutes(
      Library library, TranscriptEditor editor, VoicePrints voices, Vocabulary vocabulary) {
    this.library = library;
    this.editor = editor;
    this.voices = voices;
    this.vocabulary = vocabulary;
  }

  void register(RoutesConfig routes) {
    routes.put("/api/recordings/{id}/speakers", this::rename);
    routes.get("/api/voices", ctx -> ctx.json(voices.known(Visitor.member(ctx).pair())));
  }

  private void rename(Context ctx) {
    Recording recording = Owned.recording(ctx, library);
    Map<?, ?> body = Bodies.read(ctx, Map.class, EXAMPLE);
    Map<String, String> names = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : body.entrySet()) {
      if (!(e.getValue() instanceof String name)) {
        throw HindsightException.badInput(
            "each speaker's new name is text, like " + EXAMPLE + "; \"" + e.getKey() + "\" is not");
      }
      names.put(String.valueOf(e.getKey()), name);
    }
    try {
      // As every transcript the API gives: with the display casing of the pair's words.
      ctx.json(
          vocabulary.readable(
              recording.pair(), editor.renameSpeakers(Visitor.member(ctx), recording, names)));
    } catch (VersionConflict e) {
      // Only another process can save in between; the page reloads and the member tries again.
      ctx.status(409)
          .json(
              Map.of(
                  "title", HttpStatus.CONFLICT.getMessage(),
                  "status", 409,
                  "details", e.getMessage(),
                  "latest", vocabulary.readable(recording.pair(), e.latest())));
    }
  }
}
