package io.hindsight.web;

import static io.hindsight.Html.escape;

import io.hindsight.recording.Recording;
import io.hindsight.recording.RecordingJson;
import io.hindsight.transcribe.Segment;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import io.javalin.http.Context;

/**
 * The recording page: the player with captions, the transcript beside it (each word and segment
 * seeks), notes on a timeline, downloads. {@code ?t=SECONDS} opens it at that moment (script).
 */
final class RecordingPage {

  // Below this the recognizer was unsure; such words are marked so nobody over-trusts them.
  static final double LOW_CONFIDENCE = 0.6;

  private final WebServices services;
  private final RecordingRoutes recordings;

  RecordingPage(WebServices services, RecordingRoutes recordings) {
    this.services = services;
    this.recordings = recordings;
  }

  void render(Context ctx) {
    Recording r = Owned.recording(ctx, services.library());
    RecordingJson view = recordings.view(r);
    String id = r.id();
    StringBuilder body = new StringBuilder();
    body.append("<div class=\"page-head\"><div><h1>")
        .append(escape(r.title()))
        .append("</h1>")
        .append("<p class=\"meta\">")
        .append(r.recordedAt() == null ? "" : Pages.DAY.format(r.recordedAt()))
        .append(r.durationSeconds() == null ? "" : " · " + Format.duration(r.durationSeconds()))
        .append(" · consent of ")
        .append(escape(String.join(" and ", r.consentNames())))
        .append(" <span class=\"badge status-")
        .append(view.status())
        .append("\">")
        .append(view.status())
        .append("</span></p></div>\n<div class=\"actions\">");
    if (r.status() == Recording.Status.READY) {
      body.append("<details class=\"downloads\"><summary class=\"button\">Download</summary><ul>")
          .append(download(id, "captions.vtt?download", "Captions (WebVTT)"))
          .append(download(id, "captions.srt?download", "Captions (SubRip)"))
          .append(download(id, "transcript?format=txt&amp;download", "Transcript (text)"))
          .append(
              download(
                  id, "transcript?format=json&amp;download", "Transcript (JSON, word timings)"))
          .append("</ul></details>");
    }
    body.append("<button type=\"button\" class=\"danger\" id=\"delete\" data-id=\"")
        .append(id)
        .append("\" data-title=\"")
        .append(escape(r.title()))
        .append("\">Delete</button></div></div>\n");
    if (r.status() != Recording.Status.READY) {
      body.append("<section class=\"panel\" id=\"pending\" data-id=\"")
          .append(id)
          .append("\" data-status=\"")
          .append(view.status())
          .append("\"><h2>")
          .append(r.status() == Recording.Status.FAILED ? "Processing failed" : "Transcribing…")
          .append("</h2>")
          .append(Pages.progressBlock(view))
          .append("</section>");
      ctx.html(Layout.page(ctx, r.title(), Layout.Nav.RECORDINGS, body.toString(), "recording.js"));
      return;
    }
    Transcript transcript = services.library().transcript(id);
    String media = "/api/recordings/" + id + "/media";
    String tag = r.hasVideo() ? "video" : "audio";
    body.append("<div class=\"recording\" id=\"recording\" data-id=\"")
        .append(id)
        .append("\" data-duration=\"")
        .append(Format.seconds(transcript.durationSeconds()))
        .append("\">\n")
        .append("<section class=\"player-col\" aria-label=\"Player and notes\">\n")
        .append("<")
        .append(tag)
        .append(" id=\"player\" controls preload=\"metadata\" src=\"")
        .append(media)
        .append("\">")
        .append("<track kind=\"captions\" src=\"/api/recordings/")
        .append(id)
        .append("/captions.vtt\" srclang=\"en\" label=\"English captions\" default>")
        .append("Your browser cannot play this recording; download it instead.</")
        .append(tag)
        .append(">\n")
        .append(notesPanel())
        .append("</section>\n")
        .append("<section class=\"transcript-col panel\" aria-labelledby=\"transcript-h\">")
        .append("<h2 id=\"transcript-h\">Transcript</h2>")
        .append(
            "<p class=\"hint\">Select a time or a word to jump there. <span class=\"w low\">Dotted</span>")
        .append(" words were hard to make out.</p>\n<ol class=\"transcript\" id=\"transcript\">\n");
    for (Segment segment : transcript.segments()) {
      body.append(segment(transcript, segment));
    }
    if (transcript.segments().isEmpty()) {
      body.append("<li class=\"hint\">No speech was recognized in this recording.</li>");
    }
    body.append("</ol></section>\n</div>\n").append(excerptsPanel());
    ctx.html(Layout.page(ctx, r.title(), Layout.Nav.RECORDINGS, body.toString(), "recording.js"));
  }

  private static String download(String id, String path, String label) {
    return "<li><a href=\"/api/recordings/" + id + "/" + path + "\">" + label + "</a></li>";
  }

  private static String segment(Transcript transcript, Segment segment) {
    StringBuilder li = new StringBuilder();
    li.append("<li class=\"seg\" data-start=\"")
        .append(Format.seconds(segment.start()))
        .append("\" data-end=\"")
        .append(Format.seconds(segment.end()))
        .append("\">")
        .append("<button type=\"button\" class=\"ts\" data-t=\"")
        .append(Format.seconds(segment.start()))
        .append("\" aria-label=\"Play from ")
        .append(Format.clock(segment.start()))
        .append("\">")
        .append(Format.clock(segment.start()))
        .append("</button>");
    if (segment.speaker() != null) {
      li.append("<span class=\"speaker\">").append(escape(segment.speaker())).append("</span>");
    }
    li.append("<p class=\"words\">");
    for (Word word : transcript.wordsOf(segment)) {
      boolean low = word.conf() < LOW_CONFIDENCE;
      li.append("<span class=\"w")
          .append(low ? " low" : "")
          .append("\" data-t=\"")
          .append(Format.seconds(word.start()))
          .append('"')
          .append(low ? " title=\"Low confidence: the recognizer was unsure of this word\"" : "")
          .append('>')
          .append(escape(word.word()))
          .append("</span> ");
    }
    li.append("</p></li>\n");
    return li.toString();
  }

  /** Drafting, reviewing and sharing excerpts; excerpts.js fills it from the API. */
  private static String excerptsPanel() {
    return """
        <section class="panel excerpts" id="excerpts" aria-labelledby="excerpts-h">
          <h2 id="excerpts-h">Share an excerpt</h2>
          <p class="hint">Select transcript lines and press "Use selection", or type the times.
            Both of you approve the exact version before it can be published.</p>
          <form id="excerpt-form">
            <div class="inline">
              <label for="ex-start">From (s)</label>
              <input type="number" id="ex-start" name="start" min="0" step="any" required>
              <label for="ex-end">To (s)</label>
              <input type="number" id="ex-end" name="end" min="0" step="any" required>
              <button type="button" id="ex-use-selection">Use selection</button>
            </div>
            <label for="ex-title">Title</label>
            <input type="text" id="ex-title" name="title" maxlength="200" required>
            <label for="ex-context">Context for viewers</label>
            <textarea id="ex-context" name="context" rows="2" maxlength="2000"></textarea>
            <button type="submit" class="primary" id="ex-create">Draft excerpt</button>
          </form>
          <div id="ex-editor" hidden>
            <h3 id="ex-heading"></h3>
            <p id="ex-state" class="meta" role="status"></p>
            <p class="hint">Click a word to hide it; click again to bring it back.
              <span class="rw suggested">Underlined</span> words were suggested.</p>
            <p id="ex-words" class="ex-words"></p>
            <p><strong>Viewers read:</strong> <span id="ex-text"></span></p>
            <fieldset class="inline"><legend>Hidden speech sounds as</legend>
              <label><input type="radio" name="ex-cover" value="bleep" checked> a bleep</label>
              <label><input type="radio" name="ex-cover" value="silence"> silence</label>
            </fieldset>
            <div class="actions">
              <button type="button" id="ex-preview-button">Preview the clip</button>
              <button type="button" id="ex-approve" class="primary">Approve this version</button>
              <button type="button" id="ex-publish">Publish</button>
              <button type="button" id="ex-revoke" class="danger">Revoke</button>
            </div>
            <video id="ex-preview" controls hidden></video>
            <p id="ex-link" class="share-link"></p>
          </div>
          <p id="ex-error" class="error" role="alert"></p>
          <h3>Excerpts of your pair</h3>
          <ol id="ex-list" class="ex-list" aria-live="polite"></ol>
        </section>
        """;
  }

  private static String notesPanel() {
    return """
        <section class="notes panel" aria-labelledby="notes-h">
          <h2 id="notes-h">Notes</h2>
          <div class="timeline" id="timeline" role="group" aria-label="Notes along the recording"></div>
          <form id="note-form">
            <label for="note-text">Note at <span id="note-time">0:00</span></label>
            <textarea id="note-text" name="text" maxlength="2000" rows="3" required
              placeholder="What stood out at this moment?"></textarea>
            <fieldset class="inline"><legend>Who can see it</legend>
              <label><input type="radio" name="visibility" value="private" checked> Only me</label>
              <label><input type="radio" name="visibility" value="pair"> Both of us</label>
            </fieldset>
            <p id="note-error" class="error" role="alert"></p>
            <button type="submit" class="primary">Add note</button>
          </form>
          <ol class="note-list" id="note-list" aria-live="polite"></ol>
        </section>
        """;
  }
}
