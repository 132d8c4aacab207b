package io.hindsight.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves a file with HTTP Range support (RFC 9110 single ranges), so a player can seek anywhere in
 * a multi-GB recording at once. Javalin's own seekable stream sends fixed-size chunks and ignores
 * the end of a range; players accept that, but other clients deserve what they asked for.
 */
final class MediaStream {

  // One range of bytes, exactly as RFC 9110 spells it: no spaces, no list, no other unit.
  private static final Pattern RANGE =
      Pattern.compile("bytes=(\\d*)-(\\d*)", Pattern.CASE_INSENSITIVE);

  private MediaStream() {}

  /** The bytes to send, first to last inclusive; {@code partial} when answering a Range. */
  record Span(long first, long last, boolean partial) {
    long length() {
      return last - first + 1;
    }
  }

  /**
   * What a Range header asks of a file of {@code size} bytes: the whole file when there is no
   * header or one this server does not serve (another unit, a list of ranges, anything malformed),
   * as RFC 9110 lets a server ignore it; null when the one range it names cannot be satisfied.
   */
  static Span span(String header, long size) {
    Span whole = new Span(0, size - 1, false);
    Matcher m = header == null ? null : RANGE.matcher(header);
    if (m == null || !m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
      return whole;
    }
    if (m.group(1).isEmpty()) {
      long suffix = number(m.group(2));
      return suffix == 0 || size == 0 ? null : new Span(Math.max(0, size - suffix), size - 1, true);
    }
    long first = number(m.group(1));
    long last = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, number(m.group(2)));
    if (first >= size || !m.group(2).isEmpty() && number(m.group(2)) < first) {
      return null;
    }
    return new Span(first, last, true);
  }

  // Digits past what a long holds are still a valid position: one beyond any file.
  private static long number(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  static void write(Context ctx, Path file, String contentType) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      ctx.header("Accept-Ranges", "bytes");
      ctx.contentType(contentType);
      Span span = span(ctx.header("Range"), size);
      if (span == null) {
        ctx.header("Content-Range", "bytes */" + size);
        Errors.respond(ctx, 416, "the requested range is not within the file's " + size + " bytes");
        return;
      }
      if (span.partial()) {
        ctx.status(206);
        ctx.header("Content-Range", "bytes " + span.first() + "-" + span.last() + "/" + size);
      }
      ctx.header("Content-Length", Long.toString(span.length()));
      if (HeadAsGet.isHead(ctx)) {
        return;
      }
      channel.position(span.first());
      InputStream in = Channels.newInputStream(channel);
      OutputStream out = ctx.outputStream();
      byte[] buffer = new byte[64 * 1024];
      long left = span.length();
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          break;
        }
        out.write(buffer, 0, n);
        left -= n;
      }
    }
  }
}
