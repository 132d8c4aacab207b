package io.hindsight.pair;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * Password hashing with bcrypt, a slow salted KDF. The cost is a parameter so that tests can use
 * the minimum; production uses {@link #PRODUCTION_COST} (2^10 rounds, OWASP's minimum for bcrypt):
 * about half a second per check with this pure-Java bcrypt, where 12 took 2.5 s on a small server,
 * too slow to sign in.
 */
public final class Passwords {

  public static final int PRODUCTION_COST = 10;
  public static final int MIN_LENGTH = 10;
  // bcrypt reads at most 72 bytes; refusing longer passwords avoids silently ignoring the rest.
  public static final int MAX_BYTES = 72;

  private static final char[] DECOY_GUESS = "not the decoy password".toCharArray();

  private final int cost;
  // Checked against when the user name is unknown, so that a miss takes as long as a wrong
  // password and response times do not reveal which user names exist.
  // Made in the background: hashing takes long enough to slow down start-up.
  private final CompletableFuture<String> decoy;

  public Passwords(int cost) {
    this.cost = cost;
    this.decoy =
        CompletableFuture.supplyAsync(
            () -> hash("decoy password that matches nothing".toCharArray()));
  }

  public String hash(char[] password) {
    return BCrypt.withDefaults().hashToString(cost, password);
  }

  /**
   * Whether the password is the one hashed; false for a null hash (an unknown user) and for a
   * password longer than bcrypt reads, each after as long a check as any other.
   */
  public boolean matches(char[] password, String hash) {
    if (tooLong(password)) {
      BCrypt.verifyer().verify(DECOY_GUESS, decoy.join());
      return false;
    }
    return BCrypt.verifyer().verify(password, hash == null ? decoy.join() : hash).verified
        && hash != null;
  }

  private static boolean tooLong(char[] password) {
    return new String(password).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
  }

  /** Why a new password is not acceptable, or null when it is. */
  static String weakness(char[] password) {
    if (password.length < MIN_LENGTH) {
      return "the password must have at least " + MIN_LENGTH + " characters";
    }
    if (tooLong(password)) {
      return "the password must be at most " + MAX_BYTES + " bytes long";
    }
    return null;
  }
}
