package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.excerpt.Excerpt;
import io.hindsight.excerpt.ExcerptChange;
import io.hindsight.excerpt.Excerpts;
import io.hindsight.media.Clip;
import io.hindsight.recording.Library;
import io.hindsight.recording.Recording;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Excerpts for the pair's members: draft, edit the redactions, preview, approve, publish, revoke;
 * and the pair's "always redact" list. Every route finds its excerpt or recording through {@link
 * Owned}, so another pair's ids answer 404.
 */
final class ExcerptRoutes {

  record CreateBody(
      String title,
      String context,
      Double startSeconds,
      Double endSeconds,
      List<String> redactWords,
      Boolean keepSuggested) {}

  record PublishBody(Integer expiresInDays) {}

  record RedactWordsBody(List<String> words) {}

  private final Library library;
  private final Excerpts excerpts;

  ExcerptRoutes(Library library, Excerpts excerpts) {
    this.library = library;
    this.excerpts = excerpts;
  }

  void register(RoutesConfig routes) {
    routes.post("/api/recordings/{id}/excerpts", this::create);
    routes.get("/api/recordings/{id}/excerpts", this::listOfRecording);
    routes.get("/api/excerpts", this::list);
    routes.get("/api/excerpts/{id}", ctx -> ctx.json(content(Owned.excerpt(ctx, excerpts))));
    routes.patch("/api/excerpts/{id}", this::change);
    routes.post("/api/excerpts/{id}/approve", this::approve);
    routes.post("/api/excerpts/{id}/publish", this::publish);
    routes.post("/api/excerpts/{id}/revoke", this::revoke);
    routes.get("/api/excerpts/{id}/preview/clip", this::previewClip);
    routes.get("/api/excerpts/{id}/preview/captions.vtt", this::previewCaptions);
    routes.get(
        "/api/agreement/redact-words",
        ctx -> ctx.json(Map.of("words", excerpts.redactions().words(Visitor.member(ctx).pair()))));
    routes.put("/api/agreement/redact-words", this::setRedactWords);
    routes.get(
        "/api/agreement/excerpt-length",
        ctx ->
            ctx.json(
                Map.of("maxSeconds", excerpts.length().maxSeconds(Visitor.member(ctx).pair()))));
    routes.put("/api/agreement/excerpt-length", this::setLength);
  }

  record LengthBody(Integer maxSeconds) {}

  private void setLength(Context ctx) {
    LengthBody body = Bodies.read(ctx, LengthBody.class, "{\"maxSeconds\": 300}");
    int stored = excerpts.length().set(Visitor.member(ctx).pair(), body.maxSeconds());
    ctx.json(Map.of("maxSeconds", stored));
  }

  private void create(Context ctx) {
    Recording recording = Owned.recording(ctx, library);
    CreateBody body =
        Bodies.read(
            ctx,
            CreateBody.class,
            "{\"title\": \"...\", \"context\": \"...\", \"startSeconds\": 10, \"endSeconds\": 30,"
                + " \"redactWords\": [\"...\"], \"keepSuggested\": true}");
    if (body.startSeconds() == null || body.endSeconds() == null) {
      throw HindsightException.badInput("startSeconds and endSeconds are required");
    }
    var content =
        excerpts.create(
            recording,
            Visitor.member(ctx),
            new Excerpts.Draft(
                body.title(),
                body.context(),
                body.startSeconds(),
                body.endSeconds(),
                body.redactWords(),
                body.keepSuggested() == null || body.keepSuggested()));
    ctx.status(201).json(ExcerptJson.of(content));
  }

  private void list(Context ctx) {
    ctx.json(excerpts.list(Visitor.member(ctx).pair()).stream().map(ExcerptJson::of).toList());
  }

  private void listOfRecording(Context ctx) {
    Recording recording = Owned.recording(ctx, library);
    ctx.json(
        excerpts.list(recording.pair()).stream()
            .filter(e -> e.recordingId().equals(recording.id()))
            .map(ExcerptJson::of)
            .toList());
  }

  private void change(Context ctx) {
    Excerpt excerpt = Owned.excerpt(ctx, excerpts);
    ExcerptChange change =
        Bodies.read(
            ctx,
            ExcerptChange.class,
            "{\"redactWords\": [\"...\"], \"unredactWords\": [], \"redactIndexes\": [3],"
                + " \"unredactIndexes\": [], \"title\": \"...\", \"context\": \"...\","
                + " \"bleep\": true}");
    ctx.json(ExcerptJson.of(excerpts.change(excerpt.id(), change)));
  }

  private void approve(Context ctx) {
    Excerpt excerpt = Owned.excerpt(ctx, excerpts);
    excerpts.approve(excerpt.id(), Visitor.member(ctx));
    ctx.json(content(excerpts.get(excerpt.id())));
  }

  private void publish(Context ctx) {
    Excerpt excerpt = Owned.excerpt(ctx, excerpts);
    PublishBody body =
        ctx.body().isBlank()
            ? new PublishBody(null)
            : Bodies.read(ctx, PublishBody.class, "{\"expiresInDays\": 30} or no body");
    Duration validFor =
        body.expiresInDays() == null
            ? Excerpts.DEFAULT_EXPIRY
            : Duration.ofDays(body.expiresInDays());
    Excerpt published = excerpts.publish(excerpt.id(), validFor);
    ctx.json(Map.of("url", published.url(), "expiresAt", published.expiresAt()));
  }

  private void revoke(Context ctx) {
    Excerpt excerpt = Owned.excerpt(ctx, excerpts);
    ctx.json(ExcerptJson.of(excerpts.revoke(excerpt.id())));
  }

  private void previewClip(Context ctx) throws IOException {
    Clip clip = excerpts.clip(Owned.excerpt(ctx, excerpts));
    MediaStream.write(ctx, clip.file(), clip.contentType());
  }

  private void previewCaptions(Context ctx) {
    Excerpt excerpt = Owned.excerpt(ctx, excerpts);
    ctx.contentType("text/vtt; charset=utf-8")
        .result(excerpts.content(excerpt).redaction().captions());
  }

  private void setRedactWords(Context ctx) {
    RedactWordsBody body =
        Bodies.read(ctx, RedactWordsBody.class, "{\"words\": [\"project falcon\", \"acme\"]}");
    ctx.json(
        Map.of("words", excerpts.redactions().replace(Visitor.member(ctx).pair(), body.words())));
  }

  private ExcerptJson content(Excerpt excerpt) {
    return excerpt.status() == Excerpt.Status.REVOKED
        ? ExcerptJson.of(excerpt)
        : ExcerptJson.of(excerpts.content(excerpt));
  }
}
