package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.HindsightException.Kind;
import io.javalin.http.Context;

/** Reads JSON request bodies, turning any malformed one into a 400 that shows the right shape. */
final class Bodies {

  private Bodies() {}

  static <T> T read(Context ctx, Class<T> type, String example) {
    // Read first, apart: a failure to receive the body is the connection's, not the JSON's.
    String text = ctx.body();
    T body;
    try {
      body = ctx.jsonMapper().fromJsonString(text, type);
    } catch (Exception e) { // Jackson's checked exceptions arrive undeclared, through Kotlin
      throw new HindsightException(Kind.BAD_INPUT, "the body must be JSON like " + example, e);
    }
    if (body == null) {
      throw HindsightException.badInput("the body must be JSON like " + example);
    }
    return body;
  }
}
