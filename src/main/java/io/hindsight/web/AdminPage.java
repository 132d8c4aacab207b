package io.hindsight.web;

import io.hindsight.Plural;
import io.hindsight.pair.User;
import io.hindsight.web.view.AdminView;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code GET /admin}: the administrator's page, from the same overview as {@code /api/admin}. */
final class AdminPage {

  private final AdminRoutes admin;

  AdminPage(AdminRoutes admin) {
    this.admin = admin;
  }

  void render(Context ctx) {
    User me = Visitor.admin(ctx);
    AdminRoutes.Overview overview = admin.overview();
    Templates.page(
        ctx,
        "admin.jte",
        new AdminView(
            Layout.frame(ctx, "Administration", Layout.Nav.ADMIN, "admin.js"),
            overview.pairs().stream()
                .map(
                    p ->
                        new AdminView.PairRow(
                            p.pair(),
                            p.members().isEmpty() ? "nobody yet" : String.join(", ", p.members()),
                            p.agreement(),
                            recordings(p.recordings(), p.states())))
                .toList(),
            overview.users().stream()
                .map(
                    u ->
                        new AdminView.UserRow(
                            u.username(),
                            u.name(),
                            u.role(),
                            u.pair() == null ? "—" : u.pair(),
                            u.state(),
                            u.username().equalsIgnoreCase(me.username())))
                .toList(),
            overview.recordings().stream()
                .map(
                    r ->
                        new AdminView.RecordingRow(
                            r.id(),
                            r.pair(),
                            Format.day(r.recordedAt()),
                            Format.duration(r.durationSeconds()),
                            r.status()))
                .toList(),
            overview.pairs().stream().map(AdminRoutes.PairRow::pair).toList()));
  }

  /** "3 recordings: 2 ready, 1 processing"; "0 recordings". */
  static String recordings(int total, Map<String, Integer> states) {
    String count = Plural.count(total, "recording");
    if (total == 0) {
      return count;
    }
    List<String> parts = new ArrayList<>();
    states.forEach((state, n) -> parts.add(n + " " + state));
    return count + ": " + String.join(", ", parts);
  }
}
