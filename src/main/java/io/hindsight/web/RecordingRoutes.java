package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.job.Jobs;
import io.hindsight.pair.Agreement;
import io.hindsight.pair.Agreements;
import io.hindsight.pair.User;
import io.hindsight.pair.Vocabulary;
import io.hindsight.recording.IngestPipeline;
import io.hindsight.recording.Library;
import io.hindsight.recording.Recording;
import io.hindsight.recording.RecordingJson;
import io.hindsight.transcribe.TranscriptFormat;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Recordings: upload, list, status, transcript and captions, media streaming, deletion. */
final class RecordingRoutes {

  private final Library library;
  private final IngestPipeline pipeline;
  private final Agreements agreements;
  private final Jobs jobs;
  private final WebConfig config;
  private final Vocabulary vocabulary;

  RecordingRoutes(
      Library library,
      IngestPipeline pipeline,
      Agreements agreements,
      Jobs jobs,
      WebConfig config,
      Vocabulary vocabulary) {
    this.library = library;
    this.pipeline = pipeline;
    this.agreements = agreements;
    this.jobs = jobs;
    this.config = config;
    this.vocabulary = vocabulary;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/recordings", this::list);
    new UploadRoutes(pipeline, config).register(routes);
    routes.get("/api/recordings/{id}", ctx -> ctx.json(view(Owned.recording(ctx, library))));
    routes.delete("/api/recordings/{id}", this::delete);
    routes.get("/api/recordings/{id}/transcript", this::transcript);
    routes.get("/api/recordings/{id}/captions.vtt", ctx -> render(ctx, TranscriptFormat.VTT));
    routes.get("/api/recordings/{id}/captions.srt", ctx -> render(ctx, TranscriptFormat.SRT));
    routes.get("/api/recordings/{id}/media", this::media);
  }

  RecordingJson view(Recording r) {
    return RecordingJson.of(r, jobs.progress(r.id()).orElse(null));
  }

  private void list(Context ctx) {
    User user = Visitor.member(ctx);
    ctx.json(library.list(user.pair()).stream().map(this::view).toList());
  }

  static LocalDate date(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw HindsightException.badInput("'" + value + "' is not a date: use YYYY-MM-DD");
    }
  }

  private void delete(Context ctx) {
    Recording recording = Owned.recording(ctx, library);
    library.delete(recording.id());
    ctx.status(204);
  }

  /** The transcript as JSON; {@code ?format=txt|json|vtt|srt} and {@code ?download} for files. */
  private void transcript(Context ctx) {
    String format = ctx.queryParam("format");
    render(ctx, format == null ? TranscriptFormat.JSON : TranscriptFormat.parse(format));
  }

  private void render(Context ctx, TranscriptFormat format) {
    Recording recording = Owned.recording(ctx, library);
    agreements.require(recording.pair(), Agreement.Use.PLAYBACK);
    String body =
        format.render(vocabulary.readable(recording.pair(), library.transcript(recording.id())));
    if (ctx.queryParam("download") != null) {
      // The file name is built from the server's id, never from the user's title.
      ctx.header(
          "Content-Disposition",
          "attachment; filename=\"recording-" + recording.id() + "." + format.extension + "\"");
    }
    ctx.contentType(format.contentType).result(body);
  }

  /** Streams the original with HTTP Range support, so the player can seek anywhere at once. */
  private void media(Context ctx) throws IOException {
    Recording recording = Owned.recording(ctx, library);
    agreements.require(recording.pair(), Agreement.Use.PLAYBACK);
    ctx.header("Cache-Control", "private, max-age=3600");
    if (ctx.queryParam("download") != null) {
      ctx.header(
          "Content-Disposition",
          "attachment; filename=\"recording-"
              + recording.id()
              + "."
              + extension(recording.mediaType())
              + "\"");
    }
    MediaStream.write(ctx, library.mediaFile(recording), recording.mediaType());
  }

  /** A file extension for a media type, so a downloaded original opens in the right player. */
  static String extension(String mediaType) {
    String subtype = mediaType == null ? "" : mediaType.substring(mediaType.indexOf('/') + 1);
    subtype = subtype.replaceAll(";.*", "").strip();
    return switch (subtype) {
      case "mpeg" -> mediaType.startsWith("audio") ? "mp3" : "mpg";
      case "x-matroska" -> "mkv";
      case "quicktime" -> "mov";
      case "x-wav", "wave", "vnd.wave" -> "wav";
      default -> subtype.matches("[a-z0-9]{1,8}") ? subtype : "bin";
    };
  }
}
