package io.hindsight.web;

import io.hindsight.Plural;
import io.hindsight.pair.Agreement;
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
                            members(p),
                            p.agreement(),
                            agreement(p.agreement()),
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

  /** "Ann Lee (mentor); needs a mentee". */
  private static String members(AdminRoutes.PairRow p) {
    String who = p.members().isEmpty() ? "nobody yet" : String.join(", ", p.members());
    return p.missing().isEmpty() ? who : who + "; needs a " + String.join(" and a ", p.missing());
  }

  /** The agreement's status as the badge reads it. */
  static String agreement(String status) {
    return switch (status) {
      case Agreement.NONE -> "not signed yet";
      case Agreement.AWAITING -> "awaiting signatures";
      case Agreement.IN_FORCE -> "in force";
      case Agreement.WITHDRAWN -> "withdrawn";
      default -> status;
    };
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
