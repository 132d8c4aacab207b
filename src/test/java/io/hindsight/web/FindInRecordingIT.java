package io.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.testing.Sample;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Search hits and the recording's find box in headless chromium, on the sample's two tracks (so
 * every word has its speaker): a hit shows the session's date and who spoke, opening it marks the
 * query's words, and the find box steps through its matches and seeks the player.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindInRecordingIT {

  ServedPair served;
  WebDriver browser;

  @BeforeAll
  void start() throws IOException {
    served = new ServedPair("find");
    served.ingest(Sample.tracks(), "Weekly check-in", LocalDate.of(2026, 11, 30));
    served.serve();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  @AfterAll
  void stop() {
    if (served != null) {
      served.close();
    }
  }

  private void signIn() {
    browser = served.signIn("sarah", 1360, 800);
  }

  private Object js(String script) {
    return ServedPair.js(browser, script);
  }

  private Object waitFor(String script) {
    return ServedPair.waitFor(browser, script);
  }

  private String count() {
    return browser.findElement(By.id("find-count")).getText();
  }

  private double playerTime() {
    return ((Number) js("return document.getElementById('player').currentTime")).doubleValue();
  }

  private double nowWordTime() {
    return Double.parseDouble(
        browser.findElement(By.cssSelector(".w.found-now")).getAttribute("data-t"));
  }

  @Test
  void aHitShowsDateAndSpeakerAndOpensWithTheQueryMarked() {
    signIn();
    browser.get(served.url("/search?q=review"));
    WebElement group = browser.findElement(By.cssSelector("#results .group"));
    assertEquals("30 Nov 2026", group.findElement(By.cssSelector(".session-date")).getText());
    WebElement hit = group.findElement(By.cssSelector(".hit"));
    String speaker = hit.findElement(By.cssSelector(".speaker")).getText();
    assertTrue(List.of("Sarah", "David").contains(speaker), speaker);
    assertTrue(hit.getAttribute("href").contains("&q=review"), hit.getAttribute("href"));

    hit.click();
    waitFor("return document.getElementById('player').readyState >= 1 ? true : null");
    List<WebElement> marked = browser.findElements(By.cssSelector("#transcript .w.query-hit"));
    assertFalse(marked.isEmpty(), "the query's words are marked");
    marked.forEach(w -> assertTrue(w.getText().toLowerCase().startsWith("review"), w.getText()));
    assertTrue(count().endsWith("marked from your search"), count());
  }

  @Test
  void theFindBoxStepsThroughMatchesBothWaysAndSeeksThePlayer() {
    signIn();
    browser.get(served.url("/search"));
    browser.get(
        served.url("/recordings/" + served.app.library().list(ServedPair.PAIR).get(0).id()));
    waitFor("return document.getElementById('player').readyState >= 1 ? true : null");
    js("document.activeElement.blur()");
    new Actions(browser).sendKeys("/").perform();
    assertEquals("find", js("return document.activeElement.id"), "/ focuses the find box");
    new Actions(browser).sendKeys("the").perform();
    int total = browser.findElements(By.cssSelector("#transcript .w.found")).size();
    assertTrue(total >= 2, "the sample says \"the\" often: " + count());
    assertEquals(total + " matches", count());

    new Actions(browser).sendKeys(Keys.ENTER).perform();
    assertEquals("1 of " + total + " matches", count());
    double first = nowWordTime();
    waitFor(
        "return Math.abs(document.getElementById('player').currentTime - "
            + first
            + ") < 0.1 || null");
    assertEquals(1, browser.findElements(By.cssSelector(".w.found-now")).size());

    new Actions(browser).sendKeys(Keys.ENTER).perform();
    assertEquals("2 of " + total + " matches", count());
    double second = nowWordTime();
    assertTrue(second > first, second + " after " + first);
    waitFor(
        "return Math.abs(document.getElementById('player').currentTime - "
            + second
            + ") < 0.1 || null");

    new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.ENTER).keyUp(Keys.SHIFT).perform();
    assertEquals("1 of " + total + " matches", count());
    assertEquals(first, playerTime(), 0.1);

    new Actions(browser).sendKeys(Keys.ESCAPE).perform();
    assertEquals("", count());
    assertTrue(browser.findElements(By.cssSelector(".w.found, .w.found-now")).isEmpty());
  }
}
