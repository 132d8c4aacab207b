package io.hindsight.web;

import io.hindsight.pair.Accounts;
import io.hindsight.pair.Agreements;
import io.hindsight.pair.User;
import io.hindsight.recording.Library;
import io.hindsight.recording.Recording;
import io.javalin.config.RoutesConfig;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/admin}: pairs, people and recording status, for administrators. No content. */
final class AdminRoutes {

  record Overview(List<PairRow> pairs, List<UserRow> users, List<RecordingRow> recordings) {}

  record PairRow(String pair, List<String> members, String agreement, int recordings) {}

  record UserRow(String username, String name, String role, String pair) {}

  /** Status only: an administrator never sees transcripts, notes or media. */
  record RecordingRow(
      String id,
      String pair,
      String title,
      LocalDate recordedAt,
      String status,
      Double durationSeconds) {}

  private final Accounts accounts;
  private final Agreements agreements;
  private final Library library;

  AdminRoutes(Accounts accounts, Agreements agreements, Library library) {
    this.accounts = accounts;
    this.agreements = agreements;
    this.library = library;
  }

  void register(RoutesConfig routes) {
    routes.get(
        "/api/admin",
        ctx -> {
          Visitor.admin(ctx);
          ctx.json(overview());
        });
  }

  Overview overview() {
    List<Recording> recordings = library.list(null);
    List<User> users = accounts.all();
    List<PairRow> pairs =
        accounts.pairs().stream()
            .map(
                pair ->
                    new PairRow(
                        pair,
                        users.stream()
                            .filter(u -> pair.equals(u.pair()) && u.role().isMember())
                            .map(u -> u.name() + " (" + u.role().label() + ")")
                            .toList(),
                        agreements.of(pair).status(),
                        (int) recordings.stream().filter(r -> r.pair().equals(pair)).count()))
            .toList();
    return new Overview(
        pairs,
        users.stream()
            .map(u -> new UserRow(u.username(), u.name(), u.role().label(), u.pair()))
            .toList(),
        recordings.stream()
            .map(
                r ->
                    new RecordingRow(
                        r.id(),
                        r.pair(),
                        r.title(),
                        r.recordedAt(),
                        r.status().label(),
                        r.durationSeconds()))
            .toList());
  }
}
