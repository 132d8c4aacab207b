package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.pair.Agreement;
import io.hindsight.pair.Agreements;
import io.hindsight.pair.Engagement;
import io.hindsight.pair.User;
import io.hindsight.recording.Library;
import io.hindsight.recording.Recording;
import io.hindsight.reflection.FollowUp;
import io.hindsight.reflection.FollowUps;
import io.hindsight.reflection.Insights;
import io.hindsight.reflection.NextSession;
import io.hindsight.reflection.SessionBalance;
import io.hindsight.reflection.SessionCalendar;
import io.hindsight.search.IndexedNote;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The pair's follow-ups (promises made in sessions) and its talk-balance insights. */
final class ReflectionRoutes {

  record AddBody(Double atSeconds, String text, String owner) {}

  record PatchBody(String text, Boolean done, Boolean dismissed) {}

  /** A follow-up as the API shows it. */
  record FollowUpJson(
      String id,
      String kind,
      String recordingId,
      String recordingTitle,
      LocalDate recordedAt,
      double atSeconds,
      String text,
      String owner,
      String due,
      String source,
      String createdBy,
      Instant createdAt,
      boolean done,
      String doneBy,
      Instant doneAt,
      boolean dismissed,
      String dismissedBy,
      Instant dismissedAt) {

    static FollowUpJson of(FollowUp f) {
      return new FollowUpJson(
          f.id(),
          IndexedNote.FOLLOW_UP,
          f.recordingId(),
          f.recordingTitle(),
          f.recordedAt(),
          f.atSeconds(),
          f.text(),
          f.owner(),
          f.due(),
          f.source(),
          f.createdBy(),
          f.createdAt(),
          f.doneAt() != null,
          f.doneBy(),
          f.doneAt(),
          f.dismissedAt() != null,
          f.dismissedBy(),
          f.dismissedAt());
    }
  }

  record InsightsJson(List<SessionBalance> sessions) {}

  private final Library library;
  private final Agreements agreements;
  private final FollowUps followUps;
  private final Insights insights;

  ReflectionRoutes(Library library, Agreements agreements, FollowUps followUps, Insights insights) {
    this.library = library;
    this.agreements = agreements;
    this.followUps = followUps;
    this.insights = insights;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/follow-ups", this::listPair);
    routes.get("/api/recordings/{id}/follow-ups", this::listRecording);
    routes.post("/api/recordings/{id}/follow-ups", this::add);
    routes.patch("/api/follow-ups/{id}", this::update);
    routes.get("/api/insights", this::insights);
    routes.get("/api/recordings/{id}/insights", this::sessionInsights);
    routes.get("/api/agreement/calendar.ics", this::calendar);
  }

  private void listPair(Context ctx) {
    ctx.json(json(followUps.ofPair(Visitor.member(ctx).pair())));
  }

  private void listRecording(Context ctx) {
    ctx.json(json(followUps.ofRecording(Owned.recording(ctx, library))));
  }

  private void add(Context ctx) {
    Recording recording = Owned.recording(ctx, library);
    AddBody body =
        Bodies.read(
            ctx,
            AddBody.class,
            "{\"atSeconds\": 75.5, \"text\": \"send the deck\", \"owner\": \"Sarah\"}");
    FollowUp added =
        followUps.add(Visitor.member(ctx), recording, body.atSeconds(), body.text(), body.owner());
    ctx.status(201).json(FollowUpJson.of(added));
  }

  private void update(Context ctx) {
    User member = Visitor.member(ctx);
    PatchBody body =
        Bodies.read(
            ctx, PatchBody.class, "{\"text\": \"...\", \"done\": true, \"dismissed\": false}");
    ctx.json(
        FollowUpJson.of(
            followUps.update(
                member, ctx.pathParam("id"), body.text(), body.done(), body.dismissed())));
  }

  private void insights(Context ctx) {
    ctx.json(new InsightsJson(insights.ofPair(Visitor.member(ctx).pair())));
  }

  /** The agreed cadence for a calendar; 409 while the agreement names none. */
  private void calendar(Context ctx) {
    String pair = Visitor.member(ctx).pair();
    Agreement agreement = agreements.of(pair);
    NextSession next =
        NextSession.of(agreement, library.list(pair))
            .orElseThrow(
                () ->
                    new HindsightException(
                        HindsightException.Kind.CONFLICT,
                        "your agreement names no meeting cadence, or no session has a date yet:"
                            + " add a cadence on the agreement page"));
    Engagement rules = agreement.rulesOfEngagement();
    List<String> names = agreement.members().stream().map(m -> m.name()).toList();
    ctx.contentType("text/calendar; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"mentoring-sessions.ics\"");
    ctx.result(SessionCalendar.of(pair, next, rules, names));
  }

  private void sessionInsights(Context ctx) {
    Recording recording = Owned.recording(ctx, library);
    ctx.json(insights.of(recording));
  }

  private static List<FollowUpJson> json(List<FollowUp> list) {
    return list.stream().map(FollowUpJson::of).toList();
  }
}
