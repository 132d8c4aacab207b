package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.HindsightException.Kind;
import io.hindsight.pair.Accounts;
import io.hindsight.pair.User;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * Runs before every request: sets the security headers, finds the session, keeps anonymous visitors
 * out (401 for the API, a redirect to the login page for pages), and checks the CSRF token on every
 * request that changes state.
 */
final class Gate {

  static final String COOKIE = "hindsight_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String CSRF_FIELD = "_csrf";

  // Scripts and styles come only from our own files: no inline code, so injected markup cannot
  // run. Media, captions and API calls are same-origin too.
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " media-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none';"
          + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final String LOOKED_UP = "hindsight.sessionLookedUp";
  private static final Set<String> PUBLIC = Set.of("/login", "/api/login", "/favicon.ico");
  private static final Set<HandlerType> SAFE =
      Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  private final Sessions sessions;
  private final Accounts accounts;
  private final WebConfig config;

  Gate(Sessions sessions, Accounts accounts, WebConfig config) {
    this.sessions = sessions;
    this.accounts = accounts;
    this.config = config;
  }

  void handle(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    String path = ctx.path();
    if (path.startsWith("/assets/")) {
      return;
    }
    // Pages and API answers are private to the person: no shared or browser cache keeps them.
    ctx.header("Cache-Control", "no-store");
    Optional<User> user = Optional.ofNullable(signedIn(ctx));
    Optional<Sessions.Session> session = user.map(u -> Visitor.session(ctx));
    boolean api = isApi(ctx);
    if (user.isEmpty() && !PUBLIC.contains(path) && !SharePage.isShareLink(path)) {
      if (api || !SAFE.contains(ctx.method())) {
        throw new HindsightException(Kind.UNAUTHORIZED, "sign in first: POST /api/login");
      }
      String next = ctx.queryString() == null ? path : path + "?" + ctx.queryString();
      ctx.redirect(
          "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
      ctx.skipRemainingHandlers();
      return;
    }
    if (!SAFE.contains(ctx.method())) {
      requireSameOrigin(ctx);
      if (session.isPresent() && !path.equals("/api/login")) {
        requireCsrfToken(ctx, session.get());
      }
    }
  }

  /**
   * The signed-in user, looked up at most once per request however often this runs: the session and
   * its user are the two database reads every request would otherwise repeat.
   */
  private User signedIn(Context ctx) {
    if (ctx.attribute(LOOKED_UP) == null) {
      ctx.attribute(LOOKED_UP, Boolean.TRUE);
      sessions
          .find(ctx.cookie(COOKIE))
          .ifPresent(s -> accounts.activeById(s.userId()).ifPresent(u -> Visitor.set(ctx, u, s)));
    }
    return Visitor.userOrNull(ctx);
  }

  static boolean isApi(Context ctx) {
    return ctx.path().startsWith("/api/");
  }

  /**
   * A browser always sends Origin on a cross-site POST; refusing a foreign one stops login CSRF,
   * where no session (and so no token) exists yet.
   */
  private static void requireSameOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null) {
      return;
    }
    try {
      String host = URI.create(origin).getAuthority();
      if (host != null && host.equalsIgnoreCase(ctx.host())) {
        return;
      }
    } catch (IllegalArgumentException e) {
      // fall through: an unreadable Origin is not ours
    }
    throw new HindsightException(Kind.FORBIDDEN, "cross-site requests are not allowed");
  }

  private static void requireCsrfToken(Context ctx, Sessions.Session session) {
    String sent = ctx.header(CSRF_HEADER);
    if (sent == null && ctx.isFormUrlencoded()) {
      sent = ctx.formParam(CSRF_FIELD);
    }
    if (sent == null
        || !MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8),
            session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
      throw new HindsightException(
          Kind.FORBIDDEN,
          "missing or wrong CSRF token: send the csrfToken from POST /api/login in the "
              + CSRF_HEADER
              + " header");
    }
  }

  /** The session cookie: HttpOnly, SameSite=Lax, and Secure over https. */
  String cookie(Context ctx, String token, boolean clear) {
    boolean secure = config.secureCookies() || "https".equalsIgnoreCase(ctx.scheme());
    return COOKIE
        + "="
        + (clear ? "" : token)
        + "; Path=/; HttpOnly; SameSite=Lax"
        + (clear ? "; Max-Age=0" : "; Max-Age=" + Sessions.ABSOLUTE.toSeconds())
        + (secure ? "; Secure" : "");
  }
}
