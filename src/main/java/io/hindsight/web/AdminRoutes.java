package io.hindsight.web;

import io.hindsight.pair.Accounts;
import io.hindsight.pair.Agreements;
import io.hindsight.pair.Person;
import io.hindsight.pair.Role;
import io.hindsight.recording.Library;
import io.hindsight.recording.Recording;
import io.javalin.config.RoutesConfig;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code GET /api/admin}: pairs, people and recording status, for administrators. No content, and
 * no recording titles either: an administrator belongs to no pair, and a title often says what a
 * session was about, so recordings show only as counts, states, dates and lengths.
 */
final class AdminRoutes {

  record Overview(List<PairRow> pairs, List<UserRow> users, List<RecordingRow> recordings) {}

  /**
   * @param members e.g. "Ann Lee (mentor)", with "disabled" for one who cannot sign in now
   * @param states how many of the pair's recordings are in each state, e.g. {"ready": 2}
   * @param missing the roles no one holds yet ("mentor", "mentee"): the agreement needs both
   */
  record PairRow(
      String pair,
      List<String> members,
      String agreement,
      int recordings,
      Map<String, Integer> states,
      List<String> missing) {}

  /**
   * @param state active, disabled or removed
   */
  record UserRow(String username, String name, String role, String pair, String state) {

    static UserRow of(Person p) {
      return new UserRow(
          p.user().username(),
          p.user().name(),
          p.user().role().label(),
          p.user().pair(),
          p.state().label());
    }
  }

  /** Status only: an administrator never sees titles, transcripts, notes or media. */
  record RecordingRow(
      String id, String pair, LocalDate recordedAt, String status, Double durationSeconds) {}

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
    new AdminPeopleRoutes(accounts.admin()).register(routes);
  }

  Overview overview() {
    List<Recording> recordings = library.list(null);
    List<Person> people = accounts.admin().people();
    List<PairRow> pairs =
        accounts.pairs().stream()
            .map(
                pair ->
                    new PairRow(
                        pair,
                        people.stream()
                            .filter(
                                p ->
                                    pair.equals(p.user().pair())
                                        && p.user().role().isMember()
                                        && p.state() != Person.State.REMOVED)
                            .map(AdminRoutes::member)
                            .toList(),
                        agreements.of(pair).status(),
                        (int) recordings.stream().filter(r -> r.pair().equals(pair)).count(),
                        states(recordings, pair),
                        missing(people, pair)))
            .toList();
    return new Overview(
        pairs,
        people.stream().map(UserRow::of).toList(),
        recordings.stream()
            .map(
                r ->
                    new RecordingRow(
                        r.id(), r.pair(), r.recordedAt(), r.status().label(), r.durationSeconds()))
            .toList());
  }

  private static String member(Person p) {
    return p.user().name()
        + " ("
        + p.user().role().label()
        + (p.state() == Person.State.DISABLED ? ", disabled" : "")
        + ")";
  }

  private static List<String> missing(List<Person> people, String pair) {
    return Stream.of(Role.MENTOR, Role.MENTEE)
        .filter(
            role ->
                people.stream()
                    .noneMatch(
                        p ->
                            pair.equals(p.user().pair())
                                && p.user().role() == role
                                && p.state() != Person.State.REMOVED))
        .map(Role::label)
        .toList();
  }

  private static Map<String, Integer> states(List<Recording> recordings, String pair) {
    Map<String, Integer> counts = new TreeMap<>();
    recordings.stream()
        .filter(r -> r.pair().equals(pair))
        .forEach(r -> counts.merge(r.status().label(), 1, Integer::sum));
    return new LinkedHashMap<>(counts);
  }
}
