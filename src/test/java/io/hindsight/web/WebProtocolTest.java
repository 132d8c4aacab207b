package io.hindsight.web;

import static io.hindsight.web.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.testing.FakeMediaTools;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HEAD answered as GET would be, and Range headers read as RFC 9110 says. */
class WebProtocolTest {

  @TempDir Path data;
  WebFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new WebFixture(data, 1024 * 1024);
    fixture.agree("ann", "ben", "cat", "dan");
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  private static HttpResponse<byte[]> head(ApiClient client, String path, String range) {
    HttpRequest.Builder request =
        client.request(path).method("HEAD", HttpRequest.BodyPublishers.noBody());
    if (range != null) {
      request.header("Range", range);
    }
    return client.bytes(request);
  }

  private static HttpResponse<byte[]> ranged(ApiClient client, String path, String range) {
    return client.bytes(client.request(path).header("Range", range));
  }

  @Test
  void headAnswersWhatGetWouldWithoutTheBody() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String id = ann.uploadReady(6, "Week 1");
          String media = "/api/recordings/" + id + "/media";
          int size = FakeMediaTools.file(6).length;

          HttpResponse<byte[]> whole = head(ann, media, null);
          assertEquals(200, whole.statusCode());
          assertEquals(0, whole.body().length);
          assertEquals(size, whole.headers().firstValueAsLong("Content-Length").orElse(-1));
          assertEquals("video/mp4", whole.headers().firstValue("Content-Type").orElse(""));
          assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));

          HttpResponse<byte[]> part = head(ann, media, "bytes=2-5");
          assertEquals(206, part.statusCode());
          assertEquals(4, part.headers().firstValueAsLong("Content-Length").orElse(-1));
          assertEquals("bytes 2-5/" + size, part.headers().firstValue("Content-Range").orElse(""));

          HttpResponse<byte[]> view = head(ann, "/api/recordings/" + id, null);
          assertEquals(200, view.statusCode());
          assertTrue(view.headers().firstValue("Content-Type").orElse("").contains("json"));
          assertEquals(0, view.body().length);

          assertEquals(404, head(ann, "/nothing/here", null).statusCode());
          assertEquals(404, head(ann, "/api/nothing", null).statusCode());

          ApiClient cat = ApiClient.signedIn(server.port(), "cat");
          assertEquals(404, head(cat, media, null).statusCode(), "another pair's media");
          assertEquals(401, head(new ApiClient(server.port()), media, null).statusCode());
        });
  }

  @Test
  void rangesThisServerDoesNotServeAreIgnoredAndUnsatisfiableOnesAnswer416() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String id = ann.uploadReady(6, "Week 1");
          String media = "/api/recordings/" + id + "/media";
          byte[] file = FakeMediaTools.file(6);

          for (String ignored :
              new String[] {"bytes=0-1,5-10", "items=0-10", "bytes= 0-10", "bytes=", "bytes=x-"}) {
            HttpResponse<byte[]> answer = ranged(ann, media, ignored);
            assertEquals(200, answer.statusCode(), ignored);
            assertArrayEquals(file, answer.body(), ignored);
            assertTrue(answer.headers().firstValue("Content-Range").isEmpty(), ignored);
          }

          HttpResponse<byte[]> huge = ranged(ann, media, "bytes=0-99999999999999999999999");
          assertEquals(206, huge.statusCode());
          assertArrayEquals(file, huge.body());

          for (String unsatisfiable :
              new String[] {
                "bytes=99999999999999999999999-", "bytes=999-", "bytes=5-3", "bytes=-0"
              }) {
            HttpResponse<String> answer =
                ann.send(
                    ann.request(media)
                        .header("Range", unsatisfiable)
                        .header("Accept", "application/json"));
            assertEquals(416, answer.statusCode(), unsatisfiable);
            assertEquals(416, json(answer).get("status").asInt());
            assertTrue(json(answer).get("details").asText().contains(file.length + " bytes"));
            assertEquals(
                "bytes */" + file.length,
                answer.headers().firstValue("Content-Range").orElse(""),
                unsatisfiable);
          }
        });
  }

  @Test
  void aRangeHeaderIsReadAsRfc9110Says() {
    assertEquals(new MediaStream.Span(0, 99, false), MediaStream.span(null, 100));
    assertEquals(new MediaStream.Span(10, 19, true), MediaStream.span("bytes=10-19", 100));
    assertEquals(new MediaStream.Span(10, 99, true), MediaStream.span("bytes=10-", 100));
    assertEquals(new MediaStream.Span(90, 99, true), MediaStream.span("bytes=-10", 100));
    assertEquals(new MediaStream.Span(0, 99, true), MediaStream.span("bytes=-500", 100));
    assertEquals(new MediaStream.Span(50, 99, true), MediaStream.span("bytes=50-500", 100));
    assertEquals(new MediaStream.Span(0, 99, false), MediaStream.span("bytes=0-1,5-10", 100));
    assertEquals(new MediaStream.Span(0, 1, true), MediaStream.span("BYTES=0-1", 100), "any case");
    assertNull(MediaStream.span("bytes=100-", 100));
    assertNull(MediaStream.span("bytes=0-", 0));
    assertNull(MediaStream.span("bytes=-1", 0));
  }
}
