package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.pair.Accounts;
import io.hindsight.pair.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Signing in and out: {@code POST /api/login}, {@code POST /api/logout}, {@code GET /api/me}. */
final class AuthRoutes {

  record LoginBody(String username, String password) {}

  /** What a client needs after signing in: the CSRF token to send back, and who it is. */
  record SignedIn(String csrfToken, UserJson user) {}

  record UserJson(String username, String name, String role, String pair) {
    static UserJson of(User user) {
      return new UserJson(user.username(), user.name(), user.role().label(), user.pair());
    }
  }

  private final Accounts accounts;
  private final Sessions sessions;
  private final Gate gate;

  AuthRoutes(Accounts accounts, Sessions sessions, Gate gate) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.gate = gate;
  }

  void register(RoutesConfig routes) {
    routes.post("/api/login", this::login);
    routes.post("/api/logout", this::logout);
    routes.get("/api/me", this::me);
  }

  private void login(Context ctx) {
    if (ctx.body().isBlank()) {
      throw HindsightException.badInput(Accounts.ENTER_CREDENTIALS);
    }
    LoginBody body =
        Bodies.read(ctx, LoginBody.class, "{\"username\": \"...\", \"password\": \"...\"}");
    char[] password = body.password() == null ? new char[0] : body.password().toCharArray();
    User user = accounts.authenticate(body.username(), password, ctx.ip());
    Sessions.Session old = Visitor.session(ctx);
    if (old != null) {
      sessions.delete(old); // a new session id on every sign-in: no session fixation
    }
    Sessions.Session session = sessions.create(user.id());
    ctx.header("Set-Cookie", gate.cookie(ctx, session.token(), false));
    ctx.json(new SignedIn(session.csrfToken(), UserJson.of(user)));
  }

  private void logout(Context ctx) {
    sessions.delete(Visitor.session(ctx));
    ctx.header("Set-Cookie", gate.cookie(ctx, "", true));
    ctx.status(204);
  }

  private void me(Context ctx) {
    ctx.json(new SignedIn(Visitor.session(ctx).csrfToken(), UserJson.of(Visitor.user(ctx))));
  }
}
