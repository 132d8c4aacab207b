package io.hindsight.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Makes the versioned names that the bundled ffmpeg libraries ask each other for. The bundle ships
 * {@code libva.so} while libavcodec asks for {@code libva.so.2}: inside the JVM javacpp loads it by
 * its full path, but a child ffmpeg process finds it only by that name, in a folder on its library
 * path. Each library's own ELF header says the name it answers to (its SONAME), so no name is
 * guessed here.
 */
final class SonameLinks {

  private static final int DT_SONAME = 14;
  private static final int SHT_DYNAMIC = 6;

  private SonameLinks() {}

  /** Links each shared library in {@code folder} under its SONAME where that name is missing. */
  static void make(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path library : files.filter(f -> f.getFileName().toString().endsWith(".so")).toList()) {
        Optional<String> soname = soname(library);
        if (soname.isEmpty() || soname.get().contains("/")) {
          continue;
        }
        Path link = folder.resolve(soname.get());
        if (!Files.exists(link)) {
          try {
            Files.createSymbolicLink(link, library.getFileName());
          } catch (FileAlreadyExistsException raced) {
            // Another process made it first: the same link.
          }
        }
      }
    }
  }

  /** The SONAME of a little-endian 64-bit ELF shared library, if it names one. */
  static Optional<String> soname(Path library) throws IOException {
    try (FileChannel file = FileChannel.open(library, StandardOpenOption.READ)) {
      if (file.size() < 64) {
        return Optional.empty();
      }
      ByteBuffer header = read(file, 0, 64);
      if (header.getInt(0) != 0x464c457f || header.get(4) != 2 || header.get(5) != 1) {
        return Optional.empty();
      }
      long sectionsAt = header.getLong(0x28);
      int sectionSize = Short.toUnsignedInt(header.getShort(0x3A));
      int sections = Short.toUnsignedInt(header.getShort(0x3C));
      for (int i = 0; i < sections; i++) {
        ByteBuffer section = read(file, sectionsAt + (long) i * sectionSize, 64);
        if (section.getInt(4) != SHT_DYNAMIC) {
          continue;
        }
        ByteBuffer strings = read(file, sectionsAt + (long) section.getInt(40) * sectionSize, 64);
        long stringsAt = strings.getLong(24);
        ByteBuffer dynamic = read(file, section.getLong(24), (int) section.getLong(32));
        for (int at = 0; at + 16 <= dynamic.limit(); at += 16) {
          if (dynamic.getLong(at) == DT_SONAME) {
            return Optional.of(string(file, stringsAt + dynamic.getLong(at + 8)));
          }
        }
      }
      return Optional.empty();
    }
  }

  private static ByteBuffer read(FileChannel file, long at, int length) throws IOException {
    if (length < 0 || length > 1 << 20 || at < 0 || at + length > file.size()) {
      throw new IOException("not a shared library this reader understands");
    }
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buffer.hasRemaining() && file.read(buffer, at + buffer.position()) > 0) {
      // reads until full
    }
    return buffer.flip();
  }

  private static String string(FileChannel file, long at) throws IOException {
    ByteBuffer bytes = read(file, at, (int) Math.min(256, file.size() - at));
    int end = 0;
    while (end < bytes.limit() && bytes.get(end) != 0) {
      end++;
    }
    return new String(bytes.array(), 0, end, StandardCharsets.US_ASCII);
  }
}
