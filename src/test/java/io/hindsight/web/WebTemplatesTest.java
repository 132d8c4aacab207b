package io.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.web.view.Frame;
import io.hindsight.web.view.RecordingStatus;
import io.hindsight.web.view.RecordingView;
import io.hindsight.web.view.ShareView;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The precompiled templates render the states the web tests rarely reach (a failed recording, an
 * audio-only one) and escape what a person typed for where it stands.
 */
class WebTemplatesTest {

  private static final String HOSTILE = "A \"<b>bold</b>\" & 'quoted' title";

  private static final Frame FRAME =
      new Frame(
          HOSTILE,
          "token",
          "recording.js",
          List.of(new Frame.NavLink("/", "Recordings", true)),
          new Frame.Who("Ann <b>Mentor</b>", "mentor · pair p1"));

  @Test
  void aFailedRecordingShowsItsErrorAndNoPlayer() {
    String html =
        Templates.render(
            "recording.jte",
            new RecordingView(
                FRAME,
                "r1",
                HOSTILE,
                "2 Dec 2026",
                new RecordingStatus("failed", "The file has no audio.", 0, "failed"),
                null,
                null,
                null));

    assertTrue(html.contains("<h2>Processing failed</h2>"), html);
    assertTrue(html.contains("<p class=\"error\">The file has no audio.</p>"), html);
    assertFalse(html.contains("id=\"player\""), html);
    assertFalse(html.contains("Download"), "no downloads before the transcript exists");
  }

  @Test
  void anAudioRecordingPlaysInAnAudioElementWithCaptions() {
    RecordingView.Line line =
        new RecordingView.Line(
            "1.00",
            "2.00",
            "0:01",
            "Ann",
            List.of(
                new RecordingView.Spoken("1.00", "don't", false),
                new RecordingView.Spoken("1.50", "<maybe>", true)));
    String html =
        Templates.render(
            "recording.jte",
            new RecordingView(
                FRAME,
                "r1",
                HOSTILE,
                "2 Dec 2026",
                new RecordingStatus("ready", null, 100, "done"),
                new RecordingView.Player(false, "2.00", List.of(line)),
                null,
                null));

    assertTrue(html.contains("<audio id=\"player\""), html);
    assertTrue(html.contains("<track kind=\"captions\" src=\"/api/recordings/r1/captions.vtt\""));
    assertFalse(html.contains("<video id=\"player\""), html);
    assertTrue(html.contains("<span class=\"w low\" data-t=\"1.50\" title=\"Low confidence"));
    assertTrue(html.contains(">&lt;maybe&gt;</span>"), html);
  }

  @Test
  void textIsEscapedInContentAndInAttributes() {
    String html =
        Templates.render(
            "recording.jte",
            new RecordingView(
                FRAME,
                "r1",
                HOSTILE,
                "",
                new RecordingStatus("queued", null, 0, "queued"),
                null,
                null,
                null));

    assertFalse(html.contains("<b>"), html);
    assertTrue(html.contains("<h1>A \"&lt;b&gt;bold&lt;/b&gt;\" &amp; 'quoted' title</h1>"), html);
    assertTrue(
        html.contains("data-title=\"A &#34;&lt;b>bold&lt;/b>&#34; &amp; &#39;quoted&#39; title\""),
        "an attribute value cannot be closed from inside: " + html);
    assertTrue(html.contains("<span class=\"name\" title=\"mentor · pair p1\">Ann &lt;b&gt;"));
    assertTrue(html.contains("<a href=\"/\" aria-current=\"page\">Recordings</a>"), html);
  }

  @Test
  void theSharePageHasNoScriptAndPlaysAudioWhenThereIsNoPicture() {
    String html =
        Templates.render("share.jte", new ShareView(HOSTILE, "", false, "/s/tok", "hi [redacted]"));

    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("class=\"context\""), "no empty context paragraph");
    assertTrue(
        html.contains("<audio id=\"clip\" controls preload=\"metadata\" src=\"/s/tok/clip\">"));
    assertTrue(html.contains("<track kind=\"captions\" src=\"/s/tok/captions.vtt\""), html);
  }
}
