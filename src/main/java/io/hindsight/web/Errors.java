package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.pair.Accounts;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to one answer: {@link ApiError} JSON for the API, a friendly page for a
 * browser. A person never sees a stack trace; an unexpected error is logged and reported as 500.
 */
final class Errors {

  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private Errors() {}

  static void register(RoutesConfig routes) {
    routes.exception(
        HindsightException.class,
        (e, ctx) -> {
          if (e instanceof Accounts.TooManyAttempts t) {
            ctx.header("Retry-After", Long.toString(t.retryAfterSeconds()));
          }
          if (e.kind() == HindsightException.Kind.INTERNAL) {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          }
          respond(ctx, e.kind().httpStatus, e.getMessage());
        });
    routes.exception(
        HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          Integer tooLarge = UploadLimit.statusOf(e);
          if (tooLarge != null) {
            respond(ctx, tooLarge, UploadLimit.message(ctx));
            return;
          }
          HttpException unreadable = clientFault(e);
          if (unreadable != null) {
            // The client's fault, not ours: one line, no stack trace.
            LOG.warn(
                "{} {} unreadable: {} {}",
                ctx.method(),
                ctx.path(),
                unreadable.getCode(),
                unreadable.getReason());
            respond(ctx, unreadable.getCode(), unreadableMessage(unreadable));
            return;
          }
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          respond(ctx, 500, "something went wrong on the server; its log has the details");
        });
    routes.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            respond(ctx, 404, "there is nothing at " + ctx.path());
          }
        });
    routes.error(
        405,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            respond(ctx, 405, ctx.method() + " is not allowed on " + ctx.path());
          }
        });
  }

  /** Jetty's verdict that the request itself is malformed (a 4xx), if that is what failed. */
  private static HttpException clientFault(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
        return http;
      }
    }
    return null;
  }

  private static String unreadableMessage(HttpException e) {
    String reason = e.getReason();
    return "the request could not be read"
        + (reason == null || reason.isBlank() ? "" : ": " + reason)
        + "; send it again, complete and well-formed";
  }

  static void respond(Context ctx, int status, String details) {
    String title = HttpStatus.forStatus(status).getMessage();
    ctx.status(status);
    if (Gate.isApi(ctx) || !wantsHtml(ctx)) {
      ctx.json(new ApiError(title, status, details));
    } else {
      ctx.html(Layout.errorPage(ctx, status, title, details));
    }
  }

  private static boolean wantsHtml(Context ctx) {
    String accept = ctx.header("Accept");
    return accept == null || accept.contains("text/html") || accept.contains("*/*");
  }
}
