package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.HindsightException.Kind;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

/** The upload size limit: checked from Content-Length up front, and while the body is read. */
final class UploadLimit {

  // Room for the form fields and multipart boundaries around the file itself.
  static final long OVERHEAD = 1024 * 1024;
  private static final String LIMIT_ATTRIBUTE = "hindsight.uploadLimit";
  // Up to this much of a refused body is read and dropped, so that a client still sending it reads
  // the 413 instead of a reset connection (as Tomcat's maxSwallowSize does). Past it, the
  // connection is closed: reading gigabytes to refuse them would cost more than it saves.
  private static final long SWALLOW = 16L * 1024 * 1024;

  private UploadLimit() {}

  /** Refuses a request that says it is too big before reading a byte of it. */
  static void checkDeclaredLength(Context ctx, long maxBytes) {
    ctx.attribute(LIMIT_ATTRIBUTE, maxBytes);
    long length = ctx.req().getContentLengthLong();
    if (length > maxBytes + OVERHEAD) {
      if (length <= maxBytes + OVERHEAD + SWALLOW) {
        drain(ctx);
      }
      throw new HindsightException(Kind.TOO_LARGE, message(ctx));
    }
  }

  private static void drain(Context ctx) {
    try (InputStream body = ctx.req().getInputStream()) {
      body.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // The client stopped sending: the 413 still goes out if the connection allows.
    }
  }

  static String message(Context ctx) {
    Long max = ctx.attribute(LIMIT_ATTRIBUTE);
    return "the file is too large: uploads may be at most "
        + (max == null ? "the configured size" : human(max));
  }

  /** 413 when Jetty gave up on a request for its size; null for any other failure. */
  static Integer statusOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("max file size")
          || message.contains("max request size")
          || message.contains("exceeds max")
          || message.contains("too large")) {
        return 413;
      }
    }
    return null;
  }

  static String human(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30)).replace(".0 ", " ");
    }
    if (bytes >= 1L << 20) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20)).replace(".0 ", " ");
    }
    return bytes + " bytes";
  }
}
