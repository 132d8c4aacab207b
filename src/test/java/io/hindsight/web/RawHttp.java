package io.hindsight.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Bytes on a socket, for requests that no well-behaved client would send: a body longer than its
 * Content-Length, a multipart body cut short.
 */
final class RawHttp {

  /** The answer's status code and everything after its status line. */
  record Answer(int status, String text) {}

  private RawHttp() {}

  static Answer send(int port, String head, byte[] body) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(body);
      socket.getOutputStream().flush();
      String text = readUntilClosed(socket.getInputStream());
      String[] statusLine = text.split("\r\n", 2)[0].split(" ");
      if (statusLine.length < 2) {
        throw new AssertionError("no HTTP answer: " + text);
      }
      return new Answer(Integer.parseInt(statusLine[1]), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readUntilClosed(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // what arrived before the server stopped talking is the answer
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }
}
