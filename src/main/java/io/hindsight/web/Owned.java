package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.excerpt.Excerpt;
import io.hindsight.excerpt.Excerpts;
import io.hindsight.pair.User;
import io.hindsight.recording.Library;
import io.hindsight.recording.Recording;
import io.javalin.http.Context;

/**
 * Finds the recording a request names, only if the caller's pair owns it. Another pair's recording
 * answers exactly as a missing one does (404), so ids reveal nothing.
 */
final class Owned {

  private Owned() {}

  static Recording recording(Context ctx, Library library) {
    User user = Visitor.member(ctx);
    String id = ctx.pathParam("id");
    Recording recording;
    try {
      recording = library.get(id);
    } catch (HindsightException e) {
      throw notFound(id);
    }
    if (!recording.pair().equals(user.pair())) {
      throw notFound(id);
    }
    return recording;
  }

  /** The excerpt a request names ({id}), only if the caller's pair owns it. */
  static Excerpt excerpt(Context ctx, Excerpts excerpts) {
    User user = Visitor.member(ctx);
    Excerpt excerpt = excerpts.get(ctx.pathParam("id"));
    if (!excerpt.pair().equals(user.pair())) {
      throw HindsightException.notFound("no excerpt with id '" + excerpt.id() + "'");
    }
    return excerpt;
  }

  private static HindsightException notFound(String id) {
    return HindsightException.notFound("no recording with id '" + id + "'");
  }
}
