package io.hindsight;

/** A count with its noun in the right number: "1 view", "2 views", "0 recordings". */
public final class Plural {

  private Plural() {}

  /** {@code singular} plus "s" when {@code n} is not 1. */
  public static String count(long n, String singular) {
    return count(n, singular, singular + "s");
  }

  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
