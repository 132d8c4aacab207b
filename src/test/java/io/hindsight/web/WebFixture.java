package io.hindsight.web;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.pair.Role;
import io.hindsight.pair.Terms;
import io.hindsight.pair.User;
import io.hindsight.testing.FakeMediaTools;
import io.hindsight.testing.FakeSpeechModel;
import io.hindsight.testing.TestDatabase;
import io.hindsight.transcribe.SpeechModel;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A wired Hindsight with fakes at the ffmpeg, Vosk and clip-maker seams, two pairs (ann and ben;
 * cat and dan) and an administrator, all with the password {@link #PASSWORD}.
 */
final class WebFixture implements AutoCloseable {

  static final String PASSWORD = "correct horse battery";

  final Hindsight app;
  final Path data;
  final WebConfig config;

  WebFixture(Path data) {
    this(data, TestDatabase.SQLITE);
  }

  WebFixture(Path data, long maxUploadBytes) {
    this(data, TestDatabase.SQLITE, maxUploadBytes);
  }

  /** With another stand-in for Vosk, to choose the words recordings say. */
  WebFixture(Path data, Supplier<SpeechModel> speech) {
    this(data, TestDatabase.SQLITE, speech);
  }

  /** With the metadata in a new, empty database of this kind. */
  WebFixture(Path data, TestDatabase database) {
    this(data, database, 50 * 1024 * 1024);
  }

  WebFixture(Path data, TestDatabase database, long maxUploadBytes) {
    this(data, database.url(), maxUploadBytes, FakeSpeechModel::sentence);
  }

  WebFixture(Path data, TestDatabase database, Supplier<SpeechModel> speech) {
    this(data, database.url(), 50 * 1024 * 1024, speech);
  }

  private WebFixture(
      Path data, String databaseUrl, long maxUploadBytes, Supplier<SpeechModel> speech) {
    this.data = data;
    // bcrypt's minimum cost keeps the tests fast; production uses Passwords.PRODUCTION_COST.
    this.app =
        new Hindsight(
            new HindsightConfig(data, null, 1, 1, 4).withDatabase(databaseUrl),
            FakeMediaTools::new,
            speech,
            FakeClips::new);
    this.config = new WebConfig(data.resolve("uploads"), maxUploadBytes, false);
    add("ann", "Ann <b>Mentor</b>", "p1", Role.MENTOR);
    add("ben", "Ben Mentee", "p1", Role.MENTEE);
    add("cat", "Cat Mentor", "p2", Role.MENTOR);
    add("dan", "Dan Mentee", "p2", Role.MENTEE);
    add("root", "Root Admin", null, Role.ADMIN);
    app.jobs().start();
  }

  Javalin web() {
    return WebApp.create(app.webServices(), config);
  }

  User user(String username) {
    return app.accounts().byUsername(username).orElseThrow();
  }

  private void add(String username, String name, String pair, Role role) {
    app.accounts().add(username, name, pair, role, PASSWORD.toCharArray());
  }

  /** Both members of the pair sign the usual terms, so uploads are allowed. */
  void agree(String... usernames) {
    for (String username : usernames) {
      app.agreements().sign(user(username), new Terms(true, true, false, 0));
    }
  }

  /** Both members of the pair sign terms that also allow sharing excerpts. */
  void agreeToShare(String... usernames) {
    for (String username : usernames) {
      app.agreements().sign(user(username), new Terms(true, true, true, 0));
    }
  }

  /** How many rows {@code table} holds now. */
  int rows(String table) {
    return app.database()
        .queryOne("SELECT count(*) FROM " + table, rs -> rs.getInt(1))
        .orElseThrow();
  }

  @Override
  public void close() {
    app.close();
  }
}
