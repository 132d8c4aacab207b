package io.hindsight.pair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  /** A clock the test moves by hand. */
  private static final class TestClock extends Clock {
    Instant now = Instant.parse("2025-01-01T00:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  // Small numbers keep the tests short: 3 tries per name and address, 6 per address, then 2 s
  // doubling to 16 s, forgotten after 10 quiet minutes.
  private static LoginThrottle throttle(TestClock clock) {
    return throttle(clock, Duration.ofMillis(200));
  }

  private static LoginThrottle throttle(TestClock clock, Duration queueFor) {
    return new LoginThrottle(
        new LoginThrottle.Policy(3, Duration.ofSeconds(2), Duration.ofSeconds(16), TEN_MINUTES),
        new LoginThrottle.Policy(6, Duration.ofSeconds(2), Duration.ofSeconds(16), TEN_MINUTES),
        clock,
        queueFor);
  }

  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  private static void fail(LoginThrottle throttle, String name, String address) {
    assertEquals(0, throttle.admit(name, address), name + " at " + address + " must be admitted");
    throttle.failed(name, address);
  }

  @Test
  void pastTheAllowanceANameAtAnAddressWaitsADelayThatDoublesUpToItsCeiling() {
    TestClock clock = new TestClock();
    LoginThrottle throttle = throttle(clock);
    for (int i = 0; i < 3; i++) {
      fail(throttle, "Ann", "10.0.0.1");
    }
    assertEquals(2, throttle.admit("ann", "10.0.0.1"), "case-insensitive");
    long[] delays = {2, 4, 8, 16, 16};
    for (long delay : delays) {
      assertEquals(delay, throttle.admit("ann", "10.0.0.1"));
      clock.now = clock.now.plusSeconds(delay - 1);
      assertEquals(1, throttle.admit("ann", "10.0.0.1"), "still waiting a second before");
      clock.now = clock.now.plusSeconds(1);
      fail(throttle, "ann", "10.0.0.1");
    }
  }

  @Test
  void theRightNameFromAnotherAddressOrAPartnerAtTheSameAddressIsNotSlowed() {
    TestClock clock = new TestClock();
    LoginThrottle throttle = throttle(clock);
    for (int i = 0; i < 5; i++) {
      throttle.admit("ann", "10.0.0.1");
      throttle.failed("ann", "10.0.0.1");
    }
    assertTrue(throttle.admit("ann", "10.0.0.1") > 0);
    assertEquals(0, throttle.admit("ann", "10.0.0.2"), "ann from home");
    throttle.succeeded("ann", "10.0.0.2");
    assertEquals(0, throttle.admit("ben", "10.0.0.1"), "ann's partner in the same office");
    throttle.succeeded("ben", "10.0.0.1");
  }

  @Test
  void anAddressTryingManyUserNamesIsSlowedPastItsLargerAllowance() {
    TestClock clock = new TestClock();
    LoginThrottle throttle = throttle(clock);
    for (String name : new String[] {"a", "b", "c", "d", "e", "f"}) {
      fail(throttle, name, "10.0.0.1");
    }
    assertEquals(2, throttle.admit("g", "10.0.0.1"));
    assertEquals(0, throttle.admit("g", "10.0.0.2"));
  }

  @Test
  void aSuccessClearsTheNamesFailuresAtThatAddressAndCountsAgainstNoOne() {
    TestClock clock = new TestClock();
    LoginThrottle throttle = throttle(clock);
    fail(throttle, "ann", "1");
    fail(throttle, "ann", "1");
    assertEquals(0, throttle.admit("ann", "1"));
    throttle.succeeded("ann", "1");
    fail(throttle, "ann", "1");
    fail(throttle, "ann", "1");
    assertEquals(0, throttle.admit("ann", "1"), "the count started afresh");
    throttle.succeeded("ann", "1");
    // Many good sign-ins through one shared address never slow it down.
    for (int i = 0; i < 50; i++) {
      assertEquals(0, throttle.admit("user" + i, "proxy"));
      throttle.succeeded("user" + i, "proxy");
    }
  }

  @Test
  void attemptsInFlightCountAsFailuresSoParallelGuessesCannotSlipIn() {
    LoginThrottle throttle = throttle(new TestClock(), Duration.ofMillis(100));
    for (int i = 0; i < 3; i++) {
      assertEquals(0, throttle.admit("ann", "1"), "no answer yet from the first tries");
    }
    assertTrue(throttle.admit("ann", "1") > 0, "no answer came: told to come back");
  }

  @Test
  void anAttemptPastTheAllowanceWaitsForTheAnswersInFlightNotRefused() throws Exception {
    LoginThrottle throttle = throttle(new TestClock(), Duration.ofSeconds(10));
    for (int i = 0; i < 3; i++) {
      assertEquals(0, throttle.admit("ann", "1"));
    }
    java.util.concurrent.CompletableFuture<Long> fourth =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> throttle.admit("ann", "1"));
    Thread.sleep(100);
    assertFalse(fourth.isDone(), "waits while three answers are pending");
    throttle.succeeded("ann", "1");
    assertEquals(0, fourth.get(5, java.util.concurrent.TimeUnit.SECONDS), "the right password");
  }

  @Test
  void aQuietSpellForgetsTheFailures() {
    TestClock clock = new TestClock();
    LoginThrottle throttle = throttle(clock);
    for (int i = 0; i < 3; i++) {
      fail(throttle, "ann", "1");
    }
    clock.now = clock.now.plus(TEN_MINUTES);
    for (int i = 0; i < 3; i++) {
      fail(throttle, "ann", "1");
    }
    assertEquals(
        2, throttle.admit("ann", "1"), "first delay again: the old failures were forgotten");
  }
}
