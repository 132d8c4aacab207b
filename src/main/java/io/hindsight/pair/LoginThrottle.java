package io.hindsight.pair;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins, both per user name (against guessing one person's password from many
 * addresses) and per address (against trying many user names from one place). A window slides:
 * after {@code maxFailures} failures within {@code window}, that key waits until the oldest failure
 * leaves the window. A success clears the user name's count.
 */
public final class LoginThrottle {

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

  public LoginThrottle(int maxFailures, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  public static LoginThrottle standard() {
    return new LoginThrottle(5, Duration.ofMinutes(15), Clock.systemUTC());
  }

  /** Seconds to wait before {@code username} may try again from {@code address}; 0 if now. */
  public long secondsToWait(String username, String address) {
    return Math.max(wait(userKey(username)), wait(addressKey(address)));
  }

  public void failed(String username, String address) {
    record(userKey(username));
    record(addressKey(address));
  }

  public void succeeded(String username) {
    failures.remove(userKey(username));
  }

  private long wait(String key) {
    Deque<Long> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    synchronized (times) {
      prune(times);
      if (times.size() < maxFailures) {
        return 0;
      }
      long freeAt = times.peekFirst() + window.toMillis();
      return Math.max(1, (freeAt - clock.millis() + 999) / 1000);
    }
  }

  private void record(String key) {
    Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      prune(times);
      times.addLast(clock.millis());
    }
  }

  private void prune(Deque<Long> times) {
    long oldest = clock.millis() - window.toMillis();
    while (!times.isEmpty() && times.peekFirst() <= oldest) {
      times.removeFirst();
    }
  }

  private static String userKey(String username) {
    return "u:" + (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "a:" + address;
  }
}
