package io.hindsight.web;

import io.hindsight.excerpt.Excerpt;
import io.hindsight.excerpt.Excerpts;
import io.hindsight.excerpt.Redaction;
import io.hindsight.media.Clip;
import io.hindsight.web.view.ShareView;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * The public page of a shared excerpt, {@code /s/{token}}, for anyone with the link and no login.
 * It shows the title, the context, the redacted transcript and the clip with its captions, and
 * nothing else: no names, no recording id, no link to the original. Unknown or unpublished links
 * answer 404; revoked or expired ones 410 Gone, for the clip and captions too.
 */
final class SharePage {

  static final String PREFIX = "/s/";

  // No script at all; the clip, its captions and the style sheet come from here.
  static final String CSP =
      "default-src 'none'; style-src 'self'; media-src 'self'; img-src 'self';"
          + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final Excerpts excerpts;

  SharePage(Excerpts excerpts) {
    this.excerpts = excerpts;
  }

  static boolean isShareLink(String path) {
    return path.startsWith(PREFIX);
  }

  void register(RoutesConfig routes) {
    routes.get("/s/{token}", this::page);
    routes.get("/s/{token}/clip", this::clip);
    routes.get("/s/{token}/captions.vtt", this::captions);
  }

  /** The link must not travel further: no referrer to the next site, no search engine, no cache. */
  private static void privateHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Robots-Tag", "noindex, nofollow, noarchive");
    ctx.header("Cache-Control", "no-store");
  }

  private void page(Context ctx) {
    privateHeaders(ctx);
    String token = ctx.pathParam("token");
    Excerpt excerpt = excerpts.shared(token, true);
    Redaction redaction = excerpts.content(excerpt).redaction();
    Clip clip = excerpts.clip(excerpt);
    Templates.page(
        ctx,
        "share.jte",
        new ShareView(
            excerpt.title(), excerpt.context(), clip.hasVideo(), PREFIX + token, redaction.text()));
  }

  private void clip(Context ctx) throws IOException {
    privateHeaders(ctx);
    Clip clip = excerpts.clip(excerpts.shared(ctx.pathParam("token"), false));
    MediaStream.write(ctx, clip.file(), clip.contentType());
  }

  private void captions(Context ctx) {
    privateHeaders(ctx);
    Excerpt excerpt = excerpts.shared(ctx.pathParam("token"), false);
    ctx.contentType("text/vtt; charset=utf-8")
        .result(excerpts.content(excerpt).redaction().captions());
  }
}
