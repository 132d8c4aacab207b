package io.hindsight.pair;

import io.hindsight.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The users and pairs tables. */
final class UserRepository {

  private static final String COLUMNS = "id, username, name, pair_id, role, created_at";

  private final Database db;

  UserRepository(Database db) {
    this.db = db;
  }

  /** A user with the hash their password is checked against. */
  record Credentials(User user, String passwordHash) {}

  void insert(Connection c, User user, String passwordHash) throws SQLException {
    if (user.pair() != null) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO pairs(id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
        s.setString(1, user.pair());
        s.setString(2, user.createdAt().toString());
        s.executeUpdate();
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO users(" + COLUMNS + ", password_hash) VALUES (?,?,?,?,?,?,?)")) {
      s.setString(1, user.id());
      s.setString(2, user.username());
      s.setString(3, user.name());
      s.setString(4, user.pair());
      s.setString(5, user.role().label());
      s.setString(6, user.createdAt().toString());
      s.setString(7, passwordHash);
      s.executeUpdate();
    }
  }

  void updatePassword(Connection c, String userId, String passwordHash) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("UPDATE users SET password_hash = ? WHERE id = ?")) {
      s.setString(1, passwordHash);
      s.setString(2, userId);
      s.executeUpdate();
    }
  }

  Optional<Credentials> credentials(String username) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT " + COLUMNS + ", password_hash FROM users WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
              return rs.next()
                  ? Optional.of(new Credentials(read(rs), rs.getString("password_hash")))
                  : Optional.<Credentials>empty();
            }
          }
        });
  }

  Optional<User> byId(String id) {
    List<User> found = query("WHERE id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  Optional<User> byUsername(Connection c, String username) throws SQLException {
    List<User> found = query(c, "WHERE username = ?", username);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  List<User> members(Connection c, String pair) throws SQLException {
    return query(c, "WHERE pair_id = ? AND role <> 'admin' ORDER BY role DESC", pair);
  }

  List<User> members(String pair) {
    return db.inTransaction(c -> members(c, pair));
  }

  List<User> all() {
    return query("ORDER BY pair_id, role DESC, username");
  }

  List<String> pairs() {
    return db.inTransaction(
        c -> {
          try (PreparedStatement s = c.prepareStatement("SELECT id FROM pairs ORDER BY id");
              ResultSet rs = s.executeQuery()) {
            List<String> ids = new ArrayList<>();
            while (rs.next()) {
              ids.add(rs.getString(1));
            }
            return ids;
          }
        });
  }

  private List<User> query(String where, String... args) {
    return db.inTransaction(c -> query(c, where, args));
  }

  private static List<User> query(Connection c, String where, String... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM users " + where)) {
      for (int i = 0; i < args.length; i++) {
        s.setString(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        List<User> users = new ArrayList<>();
        while (rs.next()) {
          users.add(read(rs));
        }
        return users;
      }
    }
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
