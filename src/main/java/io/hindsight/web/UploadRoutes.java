package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.HindsightException.Kind;
import io.hindsight.pair.User;
import io.hindsight.recording.Consent;
import io.hindsight.recording.IngestPipeline;
import io.hindsight.recording.IngestRequest;
import io.hindsight.recording.Recording;
import io.hindsight.recording.StreamedUpload;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Uploads, read part by part as they arrive: a media file is spooled to disk and, when it streams,
 * heard while its later bytes are on the way. The agreement and the declared size are checked
 * before the body is read; consent, completeness and the media itself once it has all arrived. An
 * upload that fails any of them, or stops midway, leaves nothing: no file, row, job or index entry.
 */
final class UploadRoutes {

  /** Files in one upload: one per participant of a session. */
  static final int MAX_FILES = 8;

  private static final int MAX_FIELD = 16 * 1024;
  private static final int COPY_BUFFER = 64 * 1024;

  private final IngestPipeline pipeline;
  private final WebConfig config;
  private final Uploads uploads = new Uploads();

  UploadRoutes(IngestPipeline pipeline, WebConfig config) {
    this.pipeline = pipeline;
    this.config = config;
  }

  void register(RoutesConfig routes) {
    routes.post("/api/recordings", this::upload);
    routes.get("/api/uploads", ctx -> ctx.json(uploads.of(Visitor.member(ctx).pair())));
  }

  private void upload(Context ctx) throws IOException {
    User user = Visitor.member(ctx);
    pipeline.requireRecordingAllowed(user.pair(), user.id());
    UploadLimit.checkDeclaredLength(ctx, config.maxUploadBytes());
    if (!ctx.isMultipartFormData()) {
      throw HindsightException.badInput(
          "send multipart/form-data with the fields media, title, recordedAt and"
              + " consentConfirmed=true");
    }
    Files.createDirectories(config.uploadDir());
    Uploads.Arrival arrival = uploads.begin(user.pair(), ctx.req().getContentLengthLong());
    List<StreamedUpload> media = new ArrayList<>();
    try {
      Map<String, String> fields = new HashMap<>();
      List<String> names = receive(ctx, arrival, media, fields);
      Recording recording = pipeline.queue(request(user, names, media, fields), single(media));
      ctx.status(202);
      ctx.header("Location", "/api/recordings/" + recording.id());
      ctx.json(Map.of("id", recording.id(), "status", recording.status().label()));
    } finally {
      // Dropped before it leaves the list, so an upload listed no more has left nothing behind.
      media.forEach(StreamedUpload::close);
      uploads.end(arrival);
    }
  }

  /** Reads the body to its end: fields into {@code fields}, files into {@code media}. */
  private List<String> receive(
      Context ctx, Uploads.Arrival arrival, List<StreamedUpload> media, Map<String, String> fields)
      throws IOException {
    List<String> names = new ArrayList<>();
    long limit = config.maxUploadBytes();
    try {
      MultipartReader body =
          new MultipartReader(
              ctx.req().getInputStream(), ctx.contentType(), limit + UploadLimit.OVERHEAD);
      for (MultipartReader.Part part = body.next(); part != null; part = body.next()) {
        if (!"media".equals(part.name())) {
          fields.put(part.name(), MultipartReader.text(part, MAX_FIELD).strip());
          continue;
        }
        if (part.fileName() == null) {
          throw HindsightException.badInput(
              "choose a recording to upload (the 'media' file field)");
        }
        if (media.size() == MAX_FILES) {
          throw HindsightException.badInput(
              "send at most " + MAX_FILES + " files, one per participant, in one upload");
        }
        String fileName = Path.of(part.fileName()).getFileName().toString();
        // Heard as it arrives only once consent was given (the upload page sends it before the
        // files), and only a first file: per-person tracks are transcribed from their files.
        boolean hear = media.isEmpty() && "true".equalsIgnoreCase(fields.get("consentConfirmed"));
        StreamedUpload file =
            pipeline.receive(
                config.uploadDir().resolve("upload-" + io.hindsight.Ids.newId()), true, hear);
        media.add(file);
        if (media.size() == 2) {
          media.get(0).stopStreaming();
        }
        names.add(fileName);
        arrival.receiving(fileName, file);
        copy(part.body(), file, limit, ctx);
      }
    } catch (HindsightException e) {
      if (e.kind() == Kind.TOO_LARGE) {
        throw new HindsightException(Kind.TOO_LARGE, UploadLimit.message(ctx));
      }
      throw e;
    } catch (IOException e) {
      // The client went away, or the connection broke: what came is dropped in finally.
      throw HindsightException.badInput("the upload stopped before its end: " + e.getMessage());
    }
    return names;
  }

  private static void copy(InputStream part, StreamedUpload file, long limit, Context ctx)
      throws IOException {
    byte[] buffer = new byte[COPY_BUFFER];
    int n;
    while ((n = part.read(buffer)) >= 0) {
      if (file.bytesReceived() + n > limit) {
        throw new HindsightException(Kind.TOO_LARGE, UploadLimit.message(ctx));
      }
      file.write(buffer, 0, n);
    }
    file.complete();
  }

  private static StreamedUpload single(List<StreamedUpload> media) {
    return media.size() == 1 ? media.get(0) : null;
  }

  private static IngestRequest request(
      User user, List<String> names, List<StreamedUpload> media, Map<String, String> fields) {
    if (media.isEmpty()) {
      throw HindsightException.badInput("choose a recording to upload (the 'media' file field)");
    }
    List<IngestRequest.Input> inputs = new ArrayList<>();
    for (int i = 0; i < media.size(); i++) {
      if (media.get(i).bytesReceived() == 0) {
        throw HindsightException.badInput(
            media.size() == 1
                ? "this file is empty: choose the recording itself"
                : "'" + names.get(i) + "' is empty: choose the recording itself");
      }
      inputs.add(IngestRequest.Input.upload(names.get(i), media.get(i).source()));
    }
    Consent consent =
        Consent.confirmedBy(user.id(), "true".equalsIgnoreCase(fields.get("consentConfirmed")));
    return new IngestRequest(
        inputs,
        user.pair(),
        fields.get("title"),
        RecordingRoutes.date(fields.get("recordedAt")),
        consent,
        // One file per participant: each file's name labels its speaker, as on the command line.
        media.size() > 1 ? names.stream().map(UploadRoutes::stem).toList() : List.of(),
        false);
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    return stem.length() > 100 ? stem.substring(0, 100) : stem;
  }
}
