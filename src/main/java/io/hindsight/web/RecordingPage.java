package io.hindsight.web;

import io.hindsight.pair.Agreement;
import io.hindsight.recording.Recording;
import io.hindsight.recording.RecordingJson;
import io.hindsight.transcribe.Segment;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import io.hindsight.web.view.RecordingStatus;
import io.hindsight.web.view.RecordingView;
import io.javalin.http.Context;

/**
 * The recording page: the player with captions, the transcript beside it (each word and segment
 * seeks), notes on a timeline, downloads. {@code ?t=SECONDS} opens it at that moment (script).
 */
final class RecordingPage {

  // Below this the recognizer was unsure; such words are marked so nobody over-trusts them.
  static final double LOW_CONFIDENCE = 0.6;

  private final WebServices services;

  RecordingPage(WebServices services) {
    this.services = services;
  }

  void render(Context ctx) {
    Recording r = Owned.recording(ctx, services.library());
    String meta =
        Format.day(r.recordedAt())
            + (r.durationSeconds() == null ? "" : " · " + Format.duration(r.durationSeconds()))
            + " · consent of "
            + String.join(" and ", r.consentNames());
    Agreement agreement = services.agreements().of(r.pair());
    String paused = agreement.allows(Agreement.Use.PLAYBACK) ? null : Pages.banner(agreement);
    RecordingView.Player player =
        r.status() == Recording.Status.READY && paused == null ? player(r, readable(r)) : null;
    Templates.page(
        ctx,
        "recording.jte",
        new RecordingView(
            Layout.frame(ctx, r.title(), Layout.Nav.RECORDINGS, "recording.js"),
            r.id(),
            r.title(),
            meta,
            status(r),
            player,
            paused));
  }

  private Transcript readable(Recording r) {
    return services
        .accounts()
        .vocabulary()
        .readable(r.pair(), services.library().transcript(r.id()));
  }

  /** Where the recording is, live from the job queue while it is processed. */
  RecordingStatus status(Recording r) {
    RecordingJson json = RecordingJson.of(r, services.jobs().progress(r.id()).orElse(null));
    return new RecordingStatus(
        json.status(),
        json.status().equals("failed") ? Format.sentence(json.error()) : null,
        json.progress().percent(),
        Format.stage(json.progress().stage()));
  }

  private static RecordingView.Player player(Recording r, Transcript transcript) {
    return new RecordingView.Player(
        r.hasVideo(),
        Format.seconds(transcript.durationSeconds()),
        transcript.segments().stream().map(s -> line(transcript, s)).toList());
  }

  private static RecordingView.Line line(Transcript transcript, Segment segment) {
    return new RecordingView.Line(
        Format.seconds(segment.start()),
        Format.seconds(segment.end()),
        Format.clock(segment.start()),
        segment.speaker(),
        transcript.wordsOf(segment).stream().map(RecordingPage::spoken).toList());
  }

  private static RecordingView.Spoken spoken(Word word) {
    return new RecordingView.Spoken(
        Format.seconds(word.start()), word.shown(), word.conf() < LOW_CONFIDENCE);
  }
}
