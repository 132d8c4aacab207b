package io.hindsight;

import java.security.SecureRandom;
import java.util.Base64;

/** Server-generated identifiers. Never derived from anything a user sent. */
public final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

  private Ids() {}

  /** 16 characters from a 32-letter alphabet: 80 random bits, easy to read and type. */
  public static String newId() {
    StringBuilder id = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return id.toString();
  }

  /** 256 random bits, URL-safe: for secrets such as share links and session ids. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether {@code value} could be an id from {@link #newId()}; rejects paths and junk early. */
  public static boolean looksLikeId(String value) {
    if (value == null || value.length() != 16) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (new String(ALPHABET).indexOf(value.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
