package io.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.HindsightException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartReaderTest {

  private static final String TYPE = "multipart/form-data; boundary=XyZ";

  @Test
  void readsFieldsAndAFileInOrder() throws IOException {
    byte[] media = new byte[300_000];
    new Random(7).nextBytes(media);
    // Bytes that begin a delimiter but are not one must stay the file's.
    byte[] tricky = "\r\n--XyQ\r\n--X\r\n-".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(tricky, 0, media, 1000, tricky.length);
    byte[] body =
        body(
            "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nOur talk\r\n",
            "--XyZ\r\nContent-Disposition: form-data; name=\"media\";"
                + " filename=\"caf\u00c3\u00a9.webm\"\r\nContent-Type: video/webm\r\n\r\n",
            media,
            "\r\n--XyZ\r\ncontent-disposition: form-data; name=consentConfirmed\r\n\r\ntrue",
            "\r\n--XyZ--\r\n");
    for (InputStream in : new InputStream[] {new ByteArrayInputStream(body), trickle(body)}) {
      MultipartReader reader = new MultipartReader(in, TYPE, Long.MAX_VALUE);
      MultipartReader.Part title = reader.next();
      assertEquals("title", title.name());
      assertNull(title.fileName());
      assertEquals("Our talk", MultipartReader.text(title, 100));
      MultipartReader.Part file = reader.next();
      assertEquals("media", file.name());
      assertEquals("caf\u00e9.webm", file.fileName(), "a browser's UTF-8 file name");
      assertArrayEquals(media, file.body().readAllBytes());
      MultipartReader.Part consent = reader.next();
      assertEquals("consentConfirmed", consent.name());
      assertEquals("true", MultipartReader.text(consent, 100));
      assertNull(reader.next());
      assertNull(reader.next());
    }
  }

  @Test
  void skipsAPreambleAndPartsNotRead() throws IOException {
    byte[] body =
        body(
            "ignored preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n",
            "first value",
            "\r\n--XyZ  \r\nContent-Disposition: form-data; name=\"b\"\r\n\r\nsecond\r\n--XyZ--");
    MultipartReader reader =
        new MultipartReader(
            new ByteArrayInputStream(body), "multipart/form-data; boundary=\"XyZ\"", 10_000);
    assertEquals("a", reader.next().name());
    MultipartReader.Part b = reader.next();
    assertEquals("b", b.name());
    assertEquals("second", MultipartReader.text(b, 100));
    assertNull(reader.next());
  }

  @Test
  void malformedBodiesAreBadInput() {
    String part = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue";
    assertBad("multipart/form-data", part + "\r\n--XyZ--", "no boundary");
    assertBad(TYPE, part, "ended before its closing boundary");
    assertBad(TYPE, "--XyZ\r\nContent-Type: text/plain\r\n\r\nx\r\n--XyZ--", "Content-Disposition");
    assertBad(TYPE, "--XyZ\r\nContent-Disposition: form-data\r\n\r\nx\r\n--XyZ--", "no name");
    assertBad(TYPE, "--XyZ\r\nContent-Disposition: form-data; name=\"a\"", "headers");
    assertBad(TYPE, "--XyZjunk\r\n\r\n", "followed by something else");
    assertBad(TYPE, "no boundary at all", "closing boundary");
    assertBad(TYPE, "", "closing boundary");
  }

  @Test
  void aBodyOverTheLimitIsTooLarge() {
    byte[] body = body("--XyZ\r\nContent-Disposition: form-data; name=\"media\"\r\n\r\n");
    byte[] big = new byte[200_000];
    HindsightException e =
        assertThrows(
            HindsightException.class,
            () -> {
              MultipartReader reader =
                  new MultipartReader(
                      new java.io.SequenceInputStream(
                          new ByteArrayInputStream(body), new ByteArrayInputStream(big)),
                      TYPE,
                      100_000);
              reader.next().body().readAllBytes();
            });
    assertEquals(HindsightException.Kind.TOO_LARGE, e.kind());
  }

  private static void assertBad(String type, String body, String expected) {
    HindsightException e =
        assertThrows(
            HindsightException.class,
            () -> {
              MultipartReader reader =
                  new MultipartReader(
                      new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)),
                      type,
                      10_000);
              for (MultipartReader.Part p = reader.next(); p != null; p = reader.next()) {
                p.body().readAllBytes();
              }
            },
            body);
    assertEquals(HindsightException.Kind.BAD_INPUT, e.kind(), body);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  private static byte[] body(Object... pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : pieces) {
      out.writeBytes(
          p instanceof byte[] b ? b : ((String) p).getBytes(StandardCharsets.ISO_8859_1));
    }
    return out.toByteArray();
  }

  /** A slow network: a few bytes per read. */
  private static InputStream trickle(byte[] body) {
    return new FilterInputStream(new ByteArrayInputStream(body)) {
      private int turn;

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1 + (turn++ % 7) * 977));
      }
    };
  }
}
