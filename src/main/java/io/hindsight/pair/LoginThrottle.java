package io.hindsight.pair;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows down password guessing without locking anyone out. Failures are counted per user name at
 * one address (someone guessing one person's password) and, with a much larger allowance, per
 * address alone (someone trying many user names). Past its allowance a key waits a short delay from
 * its last failure, doubling with each further failure up to a ceiling; a quiet spell forgets it.
 * So the right password from another address, or a partner at the same address, still gets in while
 * someone else keeps failing.
 *
 * <p>Attempts still being checked count against the allowance as if they had failed, so that many
 * requests sent at once cannot all slip in under it; one that would go past it waits (briefly) for
 * those answers instead of being refused, so many right passwords at once all get in.
 */
public final class LoginThrottle {

  /**
   * How one kind of key is slowed down.
   *
   * @param allowance failures before any delay
   * @param firstDelay the delay after the first failure past the allowance
   * @param maxDelay the ceiling the doubling delay stops at
   * @param forgetAfter a quiet spell (no failure) after which the key's failures are forgotten
   */
  public record Policy(
      int allowance, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

    long delayMillis(int failures) {
      if (failures < allowance) {
        return 0;
      }
      int doublings = Math.min(failures - allowance, 30);
      return Math.min(maxDelay.toMillis(), firstDelay.toMillis() << doublings);
    }
  }

  private static final class Count {
    int failures;
    int inFlight;
    long lastMillis;
  }

  // Past this many keys, forgotten ones are dropped, so that made-up user names cannot fill memory.
  private static final int PRUNE_ABOVE = 10_000;

  private static final int MAX_NAME_CHARS = 64;

  private final Policy perUser;
  private final Policy perAddress;
  private final Clock clock;
  private final Duration queueFor;
  private final Map<String, Count> counts = new HashMap<>();

  public LoginThrottle(Policy perUser, Policy perAddress, Clock clock) {
    this(perUser, perAddress, clock, Duration.ofSeconds(5));
  }

  /**
   * @param queueFor how long an attempt waits for the answers of those in flight before it is told
   *     to come back
   */
  public LoginThrottle(Policy perUser, Policy perAddress, Clock clock, Duration queueFor) {
    this.perUser = perUser;
    this.perAddress = perAddress;
    this.clock = clock;
    this.queueFor = queueFor;
  }

  /**
   * Five tries per user name and address, a hundred per address, then 2 s, 4 s, 8 s ... up to 5
   * minutes between tries; forgotten after 15 quiet minutes.
   */
  public static LoginThrottle standard() {
    return new LoginThrottle(
        new Policy(5, Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofMinutes(15)),
        new Policy(100, Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofMinutes(15)),
        Clock.systemUTC());
  }

  /**
   * Admits one attempt of {@code username} from {@code address} and answers 0, counting the attempt
   * as failed until {@link #succeeded}; or admits nothing and answers the seconds to wait.
   */
  public synchronized long admit(String username, String address) {
    String user = userKey(username, address);
    String place = addressKey(address);
    long giveUpAt = System.nanoTime() + queueFor.toNanos();
    while (true) {
      long now = clock.millis();
      long waitMillis =
          Math.max(waitMillis(user, perUser, now), waitMillis(place, perAddress, now));
      if (waitMillis > 0) {
        return (waitMillis + 999) / 1000;
      }
      if (room(user, perUser) && room(place, perAddress)) {
        if (counts.size() > PRUNE_ABOVE) {
          prune(now);
        }
        start(user, now);
        start(place, now);
        return 0;
      }
      long left = giveUpAt - System.nanoTime();
      if (left <= 0) {
        return 1;
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 1;
      }
    }
  }

  /** The admitted attempt failed: any delay runs from now, when the failure is known. */
  public synchronized void failed(String username, String address) {
    long now = clock.millis();
    finish(userKey(username, address), now, true);
    finish(addressKey(address), now, true);
    notifyAll();
  }

  /**
   * The admitted attempt succeeded: the user name starts afresh there, and it counts against no
   * one.
   */
  public synchronized void succeeded(String username, String address) {
    long now = clock.millis();
    Count user = counts.get(userKey(username, address));
    if (user != null) {
      user.failures = 0;
    }
    finish(userKey(username, address), now, false);
    finish(addressKey(address), now, false);
    notifyAll();
  }

  /**
   * Whether one more attempt could fail without going past the allowance, counting those in flight
   * as failures; past the allowance (after its delay) one attempt at a time.
   */
  private boolean room(String key, Policy policy) {
    Count count = counts.get(key);
    return count == null
        || count.inFlight == 0
        || count.failures + count.inFlight < policy.allowance();
  }

  private long waitMillis(String key, Policy policy, long now) {
    Count count = counts.get(key);
    if (count == null) {
      return 0;
    }
    if (count.inFlight == 0 && now - count.lastMillis >= policy.forgetAfter().toMillis()) {
      counts.remove(key);
      return 0;
    }
    return Math.max(0, count.lastMillis + policy.delayMillis(count.failures) - now);
  }

  private void start(String key, long now) {
    Count count = counts.computeIfAbsent(key, k -> new Count());
    count.inFlight++;
    if (count.lastMillis == 0) {
      count.lastMillis = now;
    }
  }

  private void finish(String key, long now, boolean failed) {
    Count count = counts.computeIfAbsent(key, k -> new Count());
    count.inFlight = Math.max(0, count.inFlight - 1);
    if (failed) {
      count.failures++;
      count.lastMillis = now;
    }
    if (count.failures == 0 && count.inFlight == 0) {
      counts.remove(key);
    }
  }

  private void prune(long now) {
    long quiet = Math.max(perUser.forgetAfter().toMillis(), perAddress.forgetAfter().toMillis());
    counts.values().removeIf(c -> c.inFlight == 0 && now - c.lastMillis >= quiet);
  }

  private static String userKey(String username, String address) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    // No user name is this long; the cut keeps a megabyte-long made-up one from filling memory.
    return "u:" + address + " " + name.substring(0, Math.min(name.length(), MAX_NAME_CHARS));
  }

  private static String addressKey(String address) {
    return "a:" + address;
  }
}
