package io.hindsight.web;

import io.hindsight.HindsightException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a multipart/form-data body part by part, as it arrives, so an uploaded file can be handled
 * (spooled, decoded, heard) while its later bytes are still on the way. Holds one buffer, whatever
 * the parts' sizes. A body that does not follow RFC 7578 is refused with a 400.
 */
final class MultipartReader {

  private static final int BUFFER = 64 * 1024;
  private static final int MAX_HEADERS = 16 * 1024;
  private static final Pattern BOUNDARY =
      Pattern.compile("(?i)boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
  private static final Pattern PARAM =
      Pattern.compile("(?i);\\s*(name|filename)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]*))");

  /** One part: a form field, or a file when it has a file name. */
  record Part(String name, String fileName, InputStream body) {}

  private final InputStream in;
  private final byte[] delimiter;
  private final long maxBytes;
  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int lim;
  private long total;
  private boolean started;
  private boolean finished;
  private boolean inBody;

  /**
   * @param maxBytes the most the whole body may hold; past it, a 413
   */
  MultipartReader(InputStream in, String contentType, long maxBytes) {
    Matcher m = BOUNDARY.matcher(contentType == null ? "" : contentType);
    if (!m.find()) {
      throw malformed("the Content-Type has no boundary");
    }
    String boundary = m.group(1) != null ? m.group(1) : m.group(2);
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    this.maxBytes = maxBytes;
  }

  /** The next part, once the previous one's body was read or skipped; null after the last. */
  Part next() throws IOException {
    if (inBody) {
      skipBody();
    }
    if (!started) {
      started = true;
      // The first delimiter may open the body without the CRLF before it.
      skipPreamble();
    }
    if (finished) {
      return null;
    }
    java.util.List<String> headers = readHeaders();
    String disposition = header(headers, "content-disposition");
    if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
      throw malformed("a part has no Content-Disposition: form-data header");
    }
    String name = null;
    String fileName = null;
    Matcher p = PARAM.matcher(disposition);
    while (p.find()) {
      String value = p.group(2) != null ? p.group(2).replaceAll("\\\\(.)", "$1") : p.group(3);
      if (p.group(1).equalsIgnoreCase("name")) {
        name = value;
      } else {
        fileName = value;
      }
    }
    if (name == null) {
      throw malformed("a part has no name");
    }
    inBody = true;
    return new Part(name, fileName, new Body());
  }

  /** A field's value, at most {@code max} bytes of UTF-8. */
  static String text(Part part, int max) throws IOException {
    byte[] value = part.body().readNBytes(max + 1);
    if (value.length > max) {
      throw HindsightException.badInput("the form field '" + part.name() + "' is too long");
    }
    return new String(value, StandardCharsets.UTF_8);
  }

  private void skipPreamble() throws IOException {
    // Pretend a CRLF came first, so one search finds the first delimiter either way.
    fill(delimiter.length - 2);
    if (startsWith(2)) {
      pos += delimiter.length - 2;
      afterDelimiter();
    } else {
      inBody = true;
      skipBody(); // up to the first delimiter, and past its line
    }
  }

  private boolean startsWith(int from) {
    if (lim - pos < delimiter.length - from) {
      return false;
    }
    for (int i = from; i < delimiter.length; i++) {
      if (buf[pos + i - from] != delimiter[i]) {
        return false;
      }
    }
    return true;
  }

  /** After a delimiter: "--" closes the body; otherwise the line ends and headers follow. */
  private void afterDelimiter() throws IOException {
    fill(2);
    if (lim - pos >= 2 && buf[pos] == '-' && buf[pos + 1] == '-') {
      finished = true;
      return;
    }
    // Transport padding may come before the line's end.
    while (true) {
      fill(2);
      if (lim - pos < 2) {
        throw malformed("the body ended inside a boundary line");
      }
      if (buf[pos] == '\r' && buf[pos + 1] == '\n') {
        pos += 2;
        return;
      }
      if (buf[pos] != ' ' && buf[pos] != '\t') {
        throw malformed("a boundary line is followed by something else");
      }
      pos++;
    }
  }

  /** The part's header lines, up to the empty line that ends them. */
  private java.util.List<String> readHeaders() throws IOException {
    java.util.List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    int length = 0;
    while (true) {
      if (!fill(2)) {
        throw malformed("the body ended inside a part's headers");
      }
      if (buf[pos] == '\r' && buf[pos + 1] == '\n') {
        pos += 2;
        if (line.length() == 0) {
          return lines;
        }
        lines.add(line.toString());
        line.setLength(0);
        continue;
      }
      // Header values are ISO-8859-1 by HTTP's rules, but browsers send file names as UTF-8.
      line.append((char) (buf[pos++] & 0xff));
      if (++length > MAX_HEADERS) {
        throw malformed("a part's headers are too long");
      }
    }
  }

  private static String header(java.util.List<String> lines, String name) {
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
        String latin = line.substring(colon + 1).strip();
        return new String(latin.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private void skipBody() throws IOException {
    byte[] scratch = new byte[BUFFER];
    while (readBody(scratch, 0, scratch.length) >= 0) {
      // dropped
    }
  }

  /** Reads the current part's body up to the next delimiter; -1 at it. */
  private int readBody(byte[] b, int off, int len) throws IOException {
    if (!inBody) {
      return -1;
    }
    while (true) {
      int found = indexOfDelimiter();
      if (found == pos) {
        pos += delimiter.length;
        inBody = false;
        afterDelimiter();
        return -1;
      }
      // Bytes before a delimiter found, or that cannot start one still to come, are the body's.
      int safe = found >= 0 ? found : Math.max(pos, lim - delimiter.length + 1);
      if (safe > pos) {
        int n = Math.min(len, safe - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
      }
      if (!fill(delimiter.length)) {
        throw malformed("the body ended before its closing boundary");
      }
    }
  }

  private int indexOfDelimiter() {
    outer:
    for (int i = pos; i <= lim - delimiter.length; i++) {
      for (int j = 0; j < delimiter.length; j++) {
        if (buf[i + j] != delimiter[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * Reads until at least {@code want} bytes are buffered or the body ends; false if it ended with
   * fewer.
   */
  private boolean fill(int want) throws IOException {
    if (lim - pos >= want) {
      return true;
    }
    System.arraycopy(buf, pos, buf, 0, lim - pos);
    lim -= pos;
    pos = 0;
    while (lim < want) {
      int n = in.read(buf, lim, buf.length - lim);
      if (n < 0) {
        return false;
      }
      lim += n;
      total += n;
      if (total > maxBytes) {
        throw new HindsightException(HindsightException.Kind.TOO_LARGE, "too large");
      }
    }
    return true;
  }

  private static HindsightException malformed(String why) {
    return HindsightException.badInput("the upload is not well-formed multipart/form-data: " + why);
  }

  /** The current part's bytes. */
  private final class Body extends InputStream {
    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n;
      while ((n = read(one, 0, 1)) == 0) {
        // a zero-length read cannot end a part
      }
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return len == 0 ? 0 : readBody(b, off, len);
    }
  }
}
