package io.hindsight.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds MP4 and QuickTime files cut short. Such a file is a sequence of boxes, each starting with
 * its length; when the last one claims more bytes than the file has, the copy or upload stopped
 * early. ffprobe does not notice when the index comes first (a "faststart" file): the header
 * survives and promises the full length, and the loss would show only after decoding all of it.
 */
final class Mp4Boxes {

  private Mp4Boxes() {}

  /** What is wrong with {@code file} if it is an MP4 cut short; empty for any other file. */
  static Optional<String> truncation(Path file, String formatName) {
    if (formatName == null || !(formatName.contains("mp4") || formatName.contains("mov"))) {
      return Optional.empty();
    }
    try (FileChannel channel = FileChannel.open(file)) {
      long length = channel.size();
      ByteBuffer header = ByteBuffer.allocate(16);
      long at = 0;
      while (at + 8 <= length) {
        header.clear();
        channel.read(header, at);
        long size = Integer.toUnsignedLong(header.getInt(0));
        String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
        if (size == 1) {
          size = header.getLong(8); // a 64-bit size follows the type
        } else if (size == 0) {
          return Optional.empty(); // the box runs to the end of the file, whatever its length
        }
        if (size < 8) {
          return Optional.empty(); // not a box structure we know; ffprobe accepted it
        }
        if (at + size > length) {
          return Optional.of(
              String.format(
                  Locale.ROOT,
                  "looks truncated: it ends after %d bytes, but its '%s' box runs to byte %d"
                      + " (was the copy or the upload cut short?)",
                  length,
                  type.strip(),
                  at + size));
        }
        at += size;
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // ffprobe just read it; decoding reports any real trouble
    }
  }
}
