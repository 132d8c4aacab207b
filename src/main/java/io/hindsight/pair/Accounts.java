package io.hindsight.pair;

import io.hindsight.HindsightException;
import io.hindsight.HindsightException.Kind;
import io.hindsight.Ids;
import io.hindsight.Plural;
import io.hindsight.db.Database;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Who may sign in: adding users to pairs, and checking passwords under a rate limit. */
public final class Accounts {

  /** What an empty sign-in form is told. */
  public static final String ENTER_CREDENTIALS = "enter your user name and password";

  private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{1,39}");
  private static final Pattern PAIR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final Database db;
  private final UserRepository users;
  private final Passwords passwords;
  private final LoginThrottle throttle;
  private final Vocabulary vocabulary;
  private final UserAdmin admin;

  public Accounts(Database db, Passwords passwords, LoginThrottle throttle) {
    this.db = db;
    this.users = new UserRepository(db);
    this.passwords = passwords;
    this.throttle = throttle;
    this.vocabulary = new Vocabulary(db, this);
    this.admin = new UserAdmin(db, users, passwords, this);
  }

  /** Each pair's own words, which also give its transcripts their display casing. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** What administrators do to people: add, reset passwords, disable, remove. */
  public UserAdmin admin() {
    return admin;
  }

  /**
   * Adds a user, creating the pair on first use. A pair has at most one mentor and one mentee. The
   * password array is wiped once hashed.
   */
  public User add(String username, String name, String pair, Role role, char[] password) {
    try {
      if (username == null || !USERNAME.matcher(username).matches()) {
        throw HindsightException.badInput(
            "the user name must be 2-40 letters, digits, '.', '_' or '-', starting with a letter"
                + " or digit");
      }
      String fullName = name == null ? "" : name.strip();
      if (fullName.isEmpty() || fullName.length() > 100) {
        throw HindsightException.badInput("the full name must be 1-100 characters");
      }
      if (role.isMember() && (pair == null || pair.isBlank())) {
        throw HindsightException.badInput("a mentor or mentee must belong to a pair: use --pair");
      }
      if (!role.isMember() && pair != null) {
        // An administrator sees no pair's content; being in a pair would grant it.
        throw HindsightException.badInput("an admin belongs to no pair: leave out --pair");
      }
      if (pair != null && !PAIR.matcher(pair).matches()) {
        throw HindsightException.badInput(
            "the pair name must be 1-64 letters, digits, '.', '_' or '-', starting with a letter"
                + " or digit");
      }
      String weakness = Passwords.weakness(password);
      if (weakness != null) {
        throw HindsightException.badInput(weakness);
      }
      User user = new User(Ids.newId(), username, fullName, pair, role, Instant.now());
      String hash = passwords.hash(password);
      return db.inTransaction(
          c -> {
            if (users.byUsername(c, username).isPresent()) {
              throw new HindsightException(
                  Kind.CONFLICT, "the user name '" + username + "' is taken");
            }
            if (role.isMember()) {
              for (User member : users.members(c, pair)) {
                if (member.role() == role) {
                  throw new HindsightException(
                      Kind.CONFLICT,
                      "pair " + pair + " already has a " + role.label() + ": " + member.name());
                }
              }
            }
            users.insert(c, user, hash);
            return user;
          });
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /**
   * The user with this name and password. Fails alike for an unknown name, a wrong password and one
   * too long to be anyone's, and refuses to check at all while this name at this address, or the
   * address itself, must wait after too many failures.
   */
  public User authenticate(String username, char[] password, String address) {
    try {
      String name = username == null ? "" : username.strip();
      if (name.isEmpty() || password.length == 0) {
        throw HindsightException.badInput(ENTER_CREDENTIALS);
      }
      long wait = throttle.admit(name, address);
      if (wait > 0) {
        throw new TooManyAttempts(wait);
      }
      Optional<UserRepository.Credentials> found = users.credentials(name);
      boolean ok =
          passwords.matches(
              password, found.map(UserRepository.Credentials::passwordHash).orElse(null));
      if (!ok) {
        throttle.failed(name, address);
        throw new HindsightException(Kind.UNAUTHORIZED, "the user name or password is wrong");
      }
      throttle.succeeded(name, address);
      if (!found.get().active()) {
        // Said only after the right password, so it tells a stranger nothing.
        throw new HindsightException(
            Kind.FORBIDDEN, "this account is disabled: ask your administrator");
      }
      return found.get().user();
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** Sign-in refused for a while; {@link #retryAfterSeconds()} says how long. */
  public static final class TooManyAttempts extends HindsightException {
    private final long retryAfterSeconds;

    TooManyAttempts(long retryAfterSeconds) {
      super(
          Kind.TOO_MANY_REQUESTS,
          "too many failed sign-ins: try again in "
              + (retryAfterSeconds >= 120
                  ? Plural.count(retryAfterSeconds / 60, "minute")
                  : Plural.count(retryAfterSeconds, "second")));
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  /** Sets a new password for an existing user; the array is wiped once hashed. */
  public User resetPassword(String username, char[] password) {
    try {
      String weakness = Passwords.weakness(password);
      if (weakness != null) {
        throw HindsightException.badInput(weakness);
      }
      String hash = passwords.hash(password);
      return db.inTransaction(
          c -> {
            User user =
                users
                    .byUsername(c, username)
                    .orElseThrow(
                        () -> HindsightException.notFound("no user named '" + username + "'"));
            users.updatePassword(c, user.id(), hash);
            return user;
          });
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  public Optional<User> byUsername(String username) {
    return users.byUsername(username);
  }

  public Optional<User> byId(String id) {
    return users.byId(id);
  }

  /** The user, unless an administrator disabled or removed them: whom a session signs in. */
  public Optional<User> activeById(String id) {
    return users.activeById(id);
  }

  public List<User> members(String pair) {
    return pair == null ? List.of() : users.members(pair);
  }

  public List<User> all() {
    return users.all();
  }

  public List<String> pairs() {
    return users.pairs();
  }
}
