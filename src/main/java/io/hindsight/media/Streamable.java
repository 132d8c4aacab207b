package io.hindsight.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells from a file's first bytes whether ffmpeg can decode it as it arrives, through a pipe that
 * never seeks back. Matroska/WebM, Ogg, WAV, FLAC, MP3 and ADTS AAC are read front to back. An MP4
 * streams when its index (the {@code moov} box) or its first fragment comes before the media data;
 * an MP4 with its index at the end, as Zoom's local recordings are written, cannot be decoded
 * before its last byte arrives.
 */
public final class Streamable {

  /** Enough to see past an MP4's ftyp and free boxes to its moov or mdat. */
  public static final int HEAD_BYTES = 64 * 1024;

  /** What the first bytes say. */
  public enum Verdict {
    /** Decodable as it arrives. */
    STREAMS,
    /** An MP4 whose index comes after its media: decodable only once complete. */
    INDEX_AT_END,
    /** Not enough bytes yet to tell. */
    UNDECIDED,
    /** Not a container known to stream: decoded once complete, as any file. */
    UNKNOWN
  }

  private Streamable() {}

  /**
   * @param length how many bytes of {@code head} are valid
   * @param whole true when they are the whole file, so no more bytes can decide
   */
  public static Verdict of(byte[] head, int length, boolean whole) {
    if (length < 12) {
      return whole ? Verdict.UNKNOWN : Verdict.UNDECIDED;
    }
    if (u8(head, 0) == 0x1A && u8(head, 1) == 0x45 && u8(head, 2) == 0xDF && u8(head, 3) == 0xA3) {
      return Verdict.STREAMS; // EBML: Matroska, WebM
    }
    String magic = ascii(head, 0, 4);
    if (magic.equals("OggS") || magic.equals("fLaC") || isMpegAudio(head, length)) {
      return Verdict.STREAMS;
    }
    if (magic.equals("RIFF") && ascii(head, 8, 4).equals("WAVE")) {
      return Verdict.STREAMS;
    }
    if (ascii(head, 4, 4).equals("ftyp")) {
      return mp4(head, length, whole);
    }
    return Verdict.UNKNOWN;
  }

  /**
   * MPEG audio (MP3, or AAC in ADTS frames), perhaps behind an ID3 tag. ffmpeg trims an MP3's end
   * padding only when it can seek, so such files are always decoded through a pipe: a streamed
   * upload and a stored file then give the same samples.
   */
  public static boolean isMpegAudio(byte[] head, int length) {
    if (length >= 3 && ascii(head, 0, 3).equals("ID3")) {
      return true;
    }
    return length >= 2 && u8(head, 0) == 0xFF && (u8(head, 1) & 0xE0) == 0xE0;
  }

  /** The verdict for a stored file, from its first {@link #HEAD_BYTES}. */
  public static Verdict of(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(HEAD_BYTES);
      return of(head, head.length, true);
    } catch (IOException e) {
      return Verdict.UNKNOWN;
    }
  }

  /** Walks the top-level boxes: moov or moof before mdat streams, mdat first does not. */
  private static Verdict mp4(byte[] head, int length, boolean whole) {
    long at = 0;
    while (at + 8 <= length) {
      int i = (int) at;
      long size = Integer.toUnsignedLong(u32(head, i));
      String type = ascii(head, i + 4, 4);
      if (type.equals("moov") || type.equals("moof")) {
        return Verdict.STREAMS;
      }
      if (type.equals("mdat")) {
        return Verdict.INDEX_AT_END;
      }
      if (size == 1) {
        if (at + 16 > length) {
          break;
        }
        size = ((long) u32(head, i + 8) << 32) | Integer.toUnsignedLong(u32(head, i + 12));
      }
      if (size < 8) {
        return Verdict.UNKNOWN; // runs to the end, or not a box we know
      }
      at += size;
    }
    // The next box header lies beyond what has arrived: a huge free box, say.
    return whole || length >= HEAD_BYTES ? Verdict.UNKNOWN : Verdict.UNDECIDED;
  }

  private static int u8(byte[] b, int i) {
    return b[i] & 0xff;
  }

  private static int u32(byte[] b, int i) {
    return (u8(b, i) << 24) | (u8(b, i + 1) << 16) | (u8(b, i + 2) << 8) | u8(b, i + 3);
  }

  private static String ascii(byte[] b, int from, int count) {
    return new String(b, from, count, StandardCharsets.ISO_8859_1);
  }
}
