package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.HindsightException.Kind;
import io.hindsight.pair.User;
import io.javalin.http.Context;

/** Who is making a request, as the {@link Gate} found out. Handlers ask here, never the cookie. */
final class Visitor {

  private static final String USER = "hindsight.user";
  private static final String SESSION = "hindsight.session";

  private Visitor() {}

  static void set(Context ctx, User user, Sessions.Session session) {
    ctx.attribute(USER, user);
    ctx.attribute(SESSION, session);
  }

  /** The signed-in user, or null. */
  static User userOrNull(Context ctx) {
    return ctx.attribute(USER);
  }

  static Sessions.Session session(Context ctx) {
    return ctx.attribute(SESSION);
  }

  static User user(Context ctx) {
    User user = userOrNull(ctx);
    if (user == null) {
      throw new HindsightException(Kind.UNAUTHORIZED, "sign in first");
    }
    return user;
  }

  /** The signed-in user, who must be a member of a pair (administrators see no pair's data). */
  static User member(Context ctx) {
    User user = user(ctx);
    if (!user.role().isMember() || user.pair() == null) {
      throw new HindsightException(
          Kind.FORBIDDEN, "administrators manage people and pairs; they see no pair's recordings");
    }
    return user;
  }

  static User admin(Context ctx) {
    User user = user(ctx);
    if (!user.isAdmin()) {
      throw new HindsightException(Kind.FORBIDDEN, "only administrators may see this");
    }
    return user;
  }
}
