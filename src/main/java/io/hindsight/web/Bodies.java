package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.HindsightException.Kind;
import io.javalin.http.Context;

/** Reads JSON request bodies, turning any malformed one into a 400 that shows the right shape. */
final class Bodies {

  private Bodies() {}

  static <T> T read(Context ctx, Class<T> type, String example) {
    T body;
    try {
      body = ctx.bodyAsClass(type);
    } catch (RuntimeException e) {
      throw new HindsightException(Kind.BAD_INPUT, "the body must be JSON like " + example, e);
    }
    if (body == null) {
      throw HindsightException.badInput("the body must be JSON like " + example);
    }
    return body;
  }
}
