package io.hindsight.pair;

import io.hindsight.db.Database;
import io.hindsight.db.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The users and pairs tables. */
final class UserRepository {

  private static final String SELECT =
      "SELECT id, username, name, pair_id, role, created_at FROM users ";

  // A removed member is no longer one: their place in the pair is free for someone new.
  private static final String MEMBERS =
      SELECT + "WHERE pair_id = ? AND role <> 'admin' AND removed_at IS NULL ORDER BY role DESC";

  private static final String ACTIVE = "disabled_at IS NULL AND removed_at IS NULL";

  private final Database db;

  UserRepository(Database db) {
    this.db = db;
  }

  /**
   * A user with the hash their password is checked against.
   *
   * @param active neither disabled nor removed, so the right password signs them in
   */
  record Credentials(User user, String passwordHash, boolean active) {}

  void insert(Connection c, User user, String passwordHash) throws SQLException {
    if (user.pair() != null) {
      Sql.update(
          c,
          "INSERT INTO pairs(id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
          user.pair(),
          user.createdAt());
    }
    Sql.update(
        c,
        "INSERT INTO users(id, username, name, pair_id, role, created_at, password_hash)"
            + " VALUES (?,?,?,?,?,?,?)",
        user.id(),
        user.username(),
        user.name(),
        user.pair(),
        user.role().label(),
        user.createdAt(),
        passwordHash);
  }

  void updatePassword(Connection c, String userId, String passwordHash) throws SQLException {
    Sql.update(c, "UPDATE users SET password_hash = ? WHERE id = ?", passwordHash, userId);
  }

  Optional<Credentials> credentials(String username) {
    return db.queryOne(
        "SELECT id, username, name, pair_id, role, created_at, password_hash, ("
            + ACTIVE
            + ") AS active FROM users WHERE username = ?",
        rs -> new Credentials(read(rs), rs.getString("password_hash"), rs.getBoolean("active")),
        username);
  }

  Optional<User> byId(String id) {
    return db.queryOne(SELECT + "WHERE id = ?", UserRepository::read, id);
  }

  /** The user, unless disabled or removed: who a session may still belong to. */
  Optional<User> activeById(String id) {
    return db.queryOne(SELECT + "WHERE id = ? AND " + ACTIVE, UserRepository::read, id);
  }

  Optional<User> byUsername(String username) {
    return db.queryOne(SELECT + "WHERE username = ?", UserRepository::read, username);
  }

  Optional<User> byUsername(Connection c, String username) throws SQLException {
    return Sql.queryOne(c, SELECT + "WHERE username = ?", UserRepository::read, username);
  }

  List<User> members(Connection c, String pair) throws SQLException {
    return Sql.query(c, MEMBERS, UserRepository::read, pair);
  }

  List<User> members(String pair) {
    return db.query(MEMBERS, UserRepository::read, pair);
  }

  List<User> all() {
    return db.query(SELECT + "ORDER BY pair_id, role DESC, username", UserRepository::read);
  }

  /** Everyone, removed users too, with whether they may sign in. */
  List<Person> people() {
    return db.query(
        "SELECT id, username, name, pair_id, role, created_at, disabled_at, removed_at FROM users"
            + " ORDER BY pair_id, role DESC, username",
        rs ->
            new Person(
                read(rs),
                rs.getString("removed_at") != null
                    ? Person.State.REMOVED
                    : rs.getString("disabled_at") != null
                        ? Person.State.DISABLED
                        : Person.State.ACTIVE));
  }

  Optional<Person.State> state(Connection c, String userId) throws SQLException {
    return Sql.queryOne(
        c,
        "SELECT disabled_at, removed_at FROM users WHERE id = ?",
        rs ->
            rs.getString(2) != null
                ? Person.State.REMOVED
                : rs.getString(1) != null ? Person.State.DISABLED : Person.State.ACTIVE,
        userId);
  }

  /** Disables the user at {@code at}, or enables them again when it is null. */
  void setDisabled(Connection c, String userId, Instant at) throws SQLException {
    Sql.update(c, "UPDATE users SET disabled_at = ? WHERE id = ?", at, userId);
  }

  void setRemoved(Connection c, String userId, Instant at) throws SQLException {
    Sql.update(c, "UPDATE users SET removed_at = ? WHERE id = ?", at, userId);
  }

  /** Signs the user out everywhere: their sessions end with the next request. */
  void endSessions(Connection c, String userId) throws SQLException {
    Sql.update(c, "DELETE FROM sessions WHERE user_id = ?", userId);
  }

  List<String> pairs() {
    return db.query("SELECT id FROM pairs ORDER BY id", rs -> rs.getString(1));
  }

  private static User read(ResultSet rs) throws SQLException {
    return new User(
        rs.getString("id"),
        rs.getString("username"),
        rs.getString("name"),
        rs.getString("pair_id"),
        Role.parse(rs.getString("role")),
        Instant.parse(rs.getString("created_at")));
  }
}
