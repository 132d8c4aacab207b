package io.hindsight.pair;

import io.hindsight.HindsightException;
import io.hindsight.HindsightException.Kind;
import io.hindsight.Ids;
import io.hindsight.db.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What an administrator does to people: adds them to pairs, resets passwords, disables, enables and
 * removes them. A new password is generated here and handed back once; only its bcrypt hash is
 * kept. Disabling, removing and resetting a password each end the user's sessions at once.
 */
public final class UserAdmin {

  /** A user with the password just made for them: shown once, then only its hash is kept. */
  public record Issued(User user, String password) {}

  private final Database db;
  private final UserRepository users;
  private final Passwords passwords;
  private final Accounts accounts;

  UserAdmin(Database db, UserRepository users, Passwords passwords, Accounts accounts) {
    this.db = db;
    this.users = users;
    this.passwords = passwords;
    this.accounts = accounts;
  }

  /** A generated password: 20 URL-safe characters, about 120 random bits. */
  public static String newPassword() {
    return Ids.newToken().substring(0, 20);
  }

  public List<Person> people() {
    return users.people();
  }

  /** Adds a user with a generated password; a mentor or mentee joins {@code pair}. */
  public Issued add(String username, String name, String pair, Role role) {
    String group = pair == null || pair.isBlank() ? null : pair.strip();
    if (role.isMember() && group == null) {
      throw HindsightException.badInput("choose the pair a " + role.label() + " belongs to");
    }
    if (!role.isMember() && group != null) {
      throw HindsightException.badInput("an admin belongs to no pair: leave the pair empty");
    }
    String password = newPassword();
    return new Issued(accounts.add(username, name, group, role, password.toCharArray()), password);
  }

  /**
   * A new generated password for the user, who is signed out everywhere.
   *
   * @param admin who asks, who may not change their own account here; null from the command line
   */
  public Issued resetPassword(User admin, String username) {
    String password = newPassword();
    char[] chars = password.toCharArray();
    String hash = passwords.hash(chars);
    Arrays.fill(chars, '\0');
    User user =
        db.inTransaction(
            c -> {
              User found = managed(c, admin, username, "reset the password of");
              users.updatePassword(c, found.id(), hash);
              users.endSessions(c, found.id());
              return found;
            });
    return new Issued(user, password);
  }

  /** The user can no longer sign in, and stays their pair's member until enabled again. */
  public Person disable(User admin, String username) {
    return db.inTransaction(
        c -> {
          User user = managed(c, admin, username, "disable");
          users.setDisabled(c, user.id(), Instant.now());
          users.endSessions(c, user.id());
          return new Person(user, Person.State.DISABLED);
        });
  }

  public Person enable(User admin, String username) {
    return db.inTransaction(
        c -> {
          User user = managed(c, admin, username, "enable");
          users.setDisabled(c, user.id(), null);
          return new Person(user, Person.State.ACTIVE);
        });
  }

  /**
   * Removes the user for good: they cannot sign in and are no longer a member, so the pair may take
   * someone new in their place (who signs the agreement again). Their notes, signatures and
   * approvals stay with the pair under their name.
   */
  public Person remove(User admin, String username) {
    return db.inTransaction(
        c -> {
          User user = managed(c, admin, username, "remove");
          users.setRemoved(c, user.id(), Instant.now());
          users.endSessions(c, user.id());
          return new Person(user, Person.State.REMOVED);
        });
  }

  /**
   * The user an administrator may change: someone else, and not already removed.
   *
   * @param admin who asks; null from the command line, where whoever runs the server may change
   *     anyone
   */
  private User managed(Connection c, User admin, String username, String what) throws SQLException {
    User user =
        users
            .byUsername(c, username == null ? "" : username)
            .orElseThrow(() -> HindsightException.notFound("no user named '" + username + "'"));
    if (admin != null && user.id().equals(admin.id())) {
      throw new HindsightException(
          Kind.CONFLICT, "you cannot " + what + " your own account: ask another administrator");
    }
    if (users.state(c, user.id()).orElseThrow() == Person.State.REMOVED) {
      throw new HindsightException(
          Kind.CONFLICT, user.username() + " was removed and can no longer be changed");
    }
    return user;
  }
}
