package io.hindsight.excerpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.HindsightException;
import io.hindsight.job.ProgressListener;
import io.hindsight.pair.Role;
import io.hindsight.pair.Terms;
import io.hindsight.pair.User;
import io.hindsight.recording.Consent;
import io.hindsight.recording.IngestRequest;
import io.hindsight.recording.Recording;
import io.hindsight.testing.Sample;
import io.hindsight.transcribe.Word;
import io.hindsight.web.WebApp;
import io.hindsight.web.WebConfig;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A published excerpt of the sample session, end to end on the real ffmpeg and speech model: the
 * sample is ingested, an excerpt with a member's name, the spoken e-mail address, the phone number
 * and one hand-picked word redacted is approved by both and published, and then everything its link
 * serves is checked as a stranger gets it: page, captions, and the clip, listened to by the speech
 * model. ExcerptLeakIT measures the tone and silence of clips; this checks what is served.
 */
class ShareIT {

  private static final String MANUAL_WORD = "helpful";

  @TempDir static Path temp;

  private static Hindsight app;
  private static Javalin web;
  private static Recording recording;

  @BeforeAll
  static void ingestTheSample() {
    app = new Hindsight(new HindsightConfig(temp.resolve("data"), null, 1, 1, 4));
    User sarah =
        app.accounts()
            .add(
                "sarah",
                "Sarah Miller",
                "mentoring",
                Role.MENTOR,
                "a long demo password".toCharArray());
    User david =
        app.accounts()
            .add(
                "david",
                "David Brown",
                "mentoring",
                Role.MENTEE,
                "a long demo password".toCharArray());
    app.agreements().sign(sarah, new Terms(true, true, true, 0));
    app.agreements().sign(david, new Terms(true, true, true, 0));
    recording =
        app.pipeline()
            .ingest(
                new IngestRequest(
                    IngestRequest.Input.files(List.of(Sample.video())),
                    "mentoring",
                    "Weekly check-in",
                    null,
                    Consent.named(List.of("Sarah Miller", "David Brown")),
                    List.of(),
                    false),
                ProgressListener.NONE);
    web = WebApp.create(app.webServices(), WebConfig.defaults(temp)).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.stop();
    }
    if (app != null) {
      app.close();
    }
  }

  @Test
  void everythingAPublishedLinkServesIsFreeOfTheRedactedWords() throws Exception {
    Sample.Utterance phone = Sample.containing("five five five");
    Sample.Utterance name = Sample.containing("welcome david");
    User sarah = app.accounts().byUsername("sarah").orElseThrow();
    User david = app.accounts().byUsername("david").orElseThrow();
    ExcerptContent draft =
        app.excerpts()
            .create(
                recording,
                sarah,
                new Excerpts.Draft(
                    "Following up",
                    "How a mentee shares contact details.",
                    phone.start() - 0.4,
                    name.end() + 0.2,
                    List.of(MANUAL_WORD),
                    true));
    Set<String> hidden = hiddenWords(draft.redaction());
    System.out.printf(
        "excerpt %s%n  shared: %s%n  hidden: %s%n",
        draft.excerpt().range(), draft.redaction().text(), hidden);
    assertTrue(hidden.contains(MANUAL_WORD), "the hand-picked word is hidden: " + hidden);
    assertTrue(hidden.contains("david"), "the member's name is hidden: " + hidden);
    assertTrue(hidden.contains("five"), "the phone number is hidden: " + hidden);
    // The e-mail's own words vary with the decoder and the chunks ("example" was heard as
    // "mental", "and member", "remember"); the words around it have not, and all of it is hidden.
    assertTrue(
        draft.redaction().text().contains("email is [redacted] also"),
        "the e-mail: " + draft.redaction().text());

    String id = draft.excerpt().id();
    app.excerpts().approve(id, sarah);
    HindsightException early =
        org.junit.jupiter.api.Assertions.assertThrows(
            HindsightException.class, () -> app.excerpts().publish(id, Duration.ofDays(1)));
    assertEquals(HindsightException.Kind.CONFLICT, early.kind());
    app.excerpts().approve(id, david);
    long started = System.nanoTime();
    Excerpt published = app.excerpts().publish(id, Duration.ofDays(1));
    System.out.printf(
        "  clip of %.1f s cut and bleeped in %.1f s%n",
        published.range().duration(), (System.nanoTime() - started) / 1e9);

    HttpClient stranger = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + web.port() + published.url();
    HttpResponse<String> page = get(stranger, base);
    assertEquals(200, page.statusCode());
    assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
    assertTrue(page.headers().firstValue("X-Robots-Tag").orElse("").contains("noindex"));
    HttpResponse<String> captions = get(stranger, base + "/captions.vtt");
    assertEquals(200, captions.statusCode());
    for (String served : List.of(page.body(), captions.body())) {
      // The token's random letters are no words anybody said.
      assertFreeOf(served.replace(published.token(), ""), hidden);
      for (String leak :
          List.of("sarah", "miller", "brown", recording.id(), "/api/", "weekly check-in")) {
        assertFalse(served.toLowerCase(Locale.ROOT).contains(leak), leak + " in " + served);
      }
    }

    HttpResponse<byte[]> clip =
        stranger.send(
            HttpRequest.newBuilder(URI.create(base + "/clip")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, clip.statusCode());
    assertEquals("video/mp4", clip.headers().firstValue("Content-Type").orElse(""));
    Path downloaded = temp.resolve("downloaded.mp4");
    Files.write(downloaded, clip.body());
    List<Word> heard = ExcerptLeakIT.hear(app, ExcerptLeakIT.decode(app, downloaded));
    List<String> said = heard.stream().map(Word::word).toList();
    System.out.println("  the speech model hears in the served clip: " + String.join(" ", said));
    for (String word : List.of("five", "four", "three", "david", MANUAL_WORD, "example")) {
      assertFalse(said.contains(word), "heard redacted '" + word + "' in the served clip");
    }
    assertTrue(said.contains("welcome"), "kept speech is still heard: " + said);

    app.excerpts().revoke(id);
    assertEquals(410, get(stranger, base).statusCode());
    assertEquals(410, get(stranger, base + "/clip").statusCode());
    assertFalse(Files.exists(Path.of(published.clipFile())), "the clip is deleted");
  }

  /** Words only ever heard where they are redacted: a viewer must see none of them. */
  private static Set<String> hiddenWords(Redaction redaction) {
    Set<String> kept = new HashSet<>();
    Set<String> hidden = new HashSet<>();
    for (int i = 0; i < redaction.words().size(); i++) {
      (redaction.redacted().contains(i) ? hidden : kept).add(redaction.words().get(i).word());
    }
    hidden.removeAll(kept);
    return hidden;
  }

  private static void assertFreeOf(String served, Set<String> hidden) {
    List<String> found = new ArrayList<>();
    for (String token : served.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
      if (hidden.contains(token)) {
        found.add(token);
      }
    }
    assertTrue(found.isEmpty(), "redacted words served: " + found + " in " + served);
  }

  private static HttpResponse<String> get(HttpClient client, String url)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
