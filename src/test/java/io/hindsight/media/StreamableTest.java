package io.hindsight.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hindsight.media.Streamable.Verdict;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StreamableTest {

  @Test
  void containersReadFrontToBackStream() {
    assertEquals(Verdict.STREAMS, of(bytes(0x1A, 0x45, 0xDF, 0xA3)), "webm, mkv, mka");
    assertEquals(Verdict.STREAMS, of(ascii("OggS")));
    assertEquals(Verdict.STREAMS, of(ascii("fLaC")));
    assertEquals(Verdict.STREAMS, of(ascii("ID3\u0004")), "mp3 with a tag");
    assertEquals(Verdict.STREAMS, of(bytes(0xFF, 0xFB, 0x90, 0x64)), "a bare mp3 frame");
    assertEquals(Verdict.STREAMS, of(bytes(0xFF, 0xF1, 0x50, 0x80)), "ADTS AAC");
    byte[] wav = pad(ascii("RIFF\0\0\0\0WAVEfmt "));
    assertEquals(Verdict.STREAMS, Streamable.of(wav, wav.length, false));
  }

  @Test
  void anMp4StreamsWhenItsIndexOrFirstFragmentComesFirst() {
    assertEquals(Verdict.STREAMS, mp4(box("ftyp", 24), box("moov", 4000), box("mdat", 100)));
    assertEquals(
        Verdict.STREAMS, mp4(box("ftyp", 24), box("free", 8), box("moov", 100), box("mdat", 9)));
    assertEquals(
        Verdict.STREAMS, mp4(box("ftyp", 24), box("moov", 100), box("moof", 50)), "fragmented");
  }

  @Test
  void anMp4WithItsIndexAtTheEndIsToldFromItsFirstBytes() {
    assertEquals(Verdict.INDEX_AT_END, mp4(box("ftyp", 32), box("mdat", 1_000_000)));
    assertEquals(
        Verdict.INDEX_AT_END, mp4(box("ftyp", 32), box("wide", 8), box("mdat", 1_000_000)));
  }

  @Test
  void tooFewBytesWaitForMoreUntilTheFileIsWhole() {
    byte[] head = mp4Bytes(box("ftyp", 24), box("free", 10_000));
    assertEquals(Verdict.UNDECIDED, Streamable.of(head, 40, false));
    assertEquals(Verdict.UNKNOWN, Streamable.of(head, 40, true));
    assertEquals(Verdict.UNDECIDED, Streamable.of(new byte[4], 4, false));
    assertEquals(Verdict.UNKNOWN, Streamable.of(new byte[4], 4, true));
  }

  @Test
  void anythingElseIsNotStreamed() {
    assertEquals(Verdict.UNKNOWN, of(ascii("%PDF-1.7")));
    assertEquals(Verdict.UNKNOWN, of(ascii("<html><body>")));
    byte[] zeros = new byte[Streamable.HEAD_BYTES];
    assertEquals(Verdict.UNKNOWN, Streamable.of(zeros, zeros.length, false));
  }

  @Test
  void realFilesFromFfmpeg() throws Exception {
    java.nio.file.Path sample = io.hindsight.testing.Sample.video();
    assertEquals(Verdict.STREAMS, Streamable.of(sample), "the sample is written with +faststart");
    assertEquals(Verdict.STREAMS, Streamable.of(io.hindsight.testing.Sample.tracks()));
  }

  private static Verdict of(byte[] head) {
    byte[] padded = pad(head);
    return Streamable.of(padded, padded.length, false);
  }

  private static Verdict mp4(byte[]... boxes) {
    byte[] head = mp4Bytes(boxes);
    return Streamable.of(head, Math.min(head.length, Streamable.HEAD_BYTES), false);
  }

  private static byte[] mp4Bytes(byte[]... boxes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] b : boxes) {
      out.writeBytes(b);
    }
    return out.toByteArray();
  }

  /** A box header claiming {@code size} bytes, followed by as many of them as fit in a head. */
  private static byte[] box(String type, int size) {
    byte[] b = new byte[Math.min(size, 2048)];
    ByteBuffer.wrap(b).putInt(size).put(type.getBytes(StandardCharsets.ISO_8859_1));
    return b;
  }

  private static byte[] pad(byte[] head) {
    return Arrays.copyOf(head, Math.max(head.length, 16));
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}
