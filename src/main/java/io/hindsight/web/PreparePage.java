package io.hindsight.web;

import io.hindsight.note.Note;
import io.hindsight.pair.Agreement;
import io.hindsight.pair.User;
import io.hindsight.reflection.FollowUp;
import io.hindsight.reflection.NextSession;
import io.hindsight.reflection.SessionBalance;
import io.hindsight.web.view.PrepareView;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/**
 * /prepare: open follow-ups, notes marked for next time, the last session's talk balance and the
 * rules of engagement, gathered for the member to read (or print) before the next session.
 */
final class PreparePage {

  private final WebServices services;

  PreparePage(WebServices services) {
    this.services = services;
  }

  void render(Context ctx) {
    User member = Visitor.member(ctx);
    List<PrepareView.Item> followUps =
        services.followUps().ofPair(member.pair()).stream()
            .filter(FollowUp::open)
            .map(PreparePage::item)
            .toList();
    List<PrepareView.Item> notes =
        services.notes().forNextTime(member).stream().map(n -> item(n, member)).toList();
    List<SessionBalance> last = services.insights().latest(member.pair(), 1);
    Agreement agreement = services.agreements().of(member.pair());
    Templates.page(
        ctx,
        "prepare.jte",
        new PrepareView(
            Layout.frame(ctx, "Prepare the next session", Layout.Nav.PREPARE, null),
            followUps,
            notes,
            last.isEmpty() ? null : balance(last.get(0)),
            agreement.rulesOfEngagement().lines(),
            NextSession.dueLine(
                agreement, services.library().list(member.pair()), LocalDate.now())));
  }

  private static PrepareView.Item item(FollowUp f) {
    return new PrepareView.Item(
        f.text(),
        f.owner(),
        f.due(),
        source(f.recordingTitle(), f.atSeconds()),
        moment(f.recordingId(), f.atSeconds()));
  }

  private static PrepareView.Item item(Note n, User viewer) {
    String who = n.authorId().equals(viewer.id()) ? "You" : n.author();
    String detail = Note.PAIR.equals(n.visibility()) ? "shared with both of you" : "only you";
    return new PrepareView.Item(
        n.text(), who, detail, Format.clock(n.atSeconds()), moment(n.recordingId(), n.atSeconds()));
  }

  private static PrepareView.Balance balance(SessionBalance b) {
    return new PrepareView.Balance(
        b.title(),
        b.reading(),
        b.speakers().stream()
            .map(
                s ->
                    new PrepareView.Row(
                        s.name(),
                        Math.round(s.share() * 100) + "%",
                        Format.clock(s.longestStretchSeconds()),
                        s.questions()))
            .toList());
  }

  private static String source(String title, double atSeconds) {
    return title + " · " + Format.clock(atSeconds);
  }

  private static String moment(String recordingId, double atSeconds) {
    return "/recordings/" + recordingId + "?t=" + Format.seconds(atSeconds);
  }
}
