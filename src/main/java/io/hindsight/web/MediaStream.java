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

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  private MediaStream() {}

  static void write(Context ctx, Path file, String contentType) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      long start = 0;
      long end = size - 1;
      String header = ctx.header("Range");
      ctx.header("Accept-Ranges", "bytes");
      ctx.contentType(contentType);
      if (header != null) {
        Matcher m = RANGE.matcher(header.strip());
        if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
          unsatisfiable(ctx, size);
          return;
        }
        if (m.group(1).isEmpty()) {
          start = Math.max(0, size - Long.parseLong(m.group(2)));
        } else {
          start = Long.parseLong(m.group(1));
          if (!m.group(2).isEmpty()) {
            end = Math.min(end, Long.parseLong(m.group(2)));
          }
        }
        if (start >= size || start > end) {
          unsatisfiable(ctx, size);
          return;
        }
        ctx.status(206);
        ctx.header("Content-Range", "bytes " + start + "-" + end + "/" + size);
      }
      long length = end - start + 1;
      ctx.header("Content-Length", Long.toString(length));
      if (ctx.method() == io.javalin.http.HandlerType.HEAD) {
        return;
      }
      channel.position(start);
      InputStream in = Channels.newInputStream(channel);
      OutputStream out = ctx.outputStream();
      byte[] buffer = new byte[64 * 1024];
      long left = length;
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

  private static void unsatisfiable(Context ctx, long size) {
    ctx.status(416);
    ctx.header("Content-Range", "bytes */" + size);
  }
}
