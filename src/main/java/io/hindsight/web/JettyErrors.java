package io.hindsight.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HttpStatus;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own answers to requests it refuses before the app sees them (a malformed URI, header or
 * body framing), in the app's one error shape instead of Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback done) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body(code, message)), done);
  }

  private static byte[] body(int code, String message) {
    String title = HttpStatus.forStatus(code).getMessage();
    boolean clients = code < 500 || code == 505; // 505: an HTTP version no one speaks
    String details =
        clients
            ? "the request could not be read"
                + (message == null || message.equals(title) ? "" : ": " + message)
            : "the server cannot answer this now; its log has the details";
    try {
      return JSON.writeValueAsBytes(new ApiError(title, code, details));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
