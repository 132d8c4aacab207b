package io.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.pair.Role;
import io.hindsight.testing.Chromium;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "our words" list on the agreement page, in Debian's headless chromium, from the keyboard: add
 * words (several at once), be told of a repeat or a bad word, remove one, and find the list as
 * saved after a reload.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VocabularyBrowserIT {

  static final String PASSWORD = "a long demo password";

  Path data;
  Hindsight app;
  Javalin web;
  WebDriver browser;
  String base;

  @BeforeAll
  void start() throws IOException {
    data = Files.createTempDirectory("hindsight-vocabulary");
    app = new Hindsight(new HindsightConfig(data, null, 1, 1, 4));
    app.accounts().add("sarah", "Sarah Miller", "mentoring", Role.MENTOR, PASSWORD.toCharArray());
    app.accounts().add("david", "David Brown", "mentoring", Role.MENTEE, PASSWORD.toCharArray());
    web = WebApp.create(app.webServices(), WebConfig.defaults(data)).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + web.port();
    browser = Chromium.open(1024, 900);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (web != null) {
      web.stop();
    }
    if (app != null) {
      app.close();
    }
  }

  @Test
  void aMemberAddsAndRemovesOurWordsFromTheKeyboard() throws IOException {
    browser.get(base + "/login?next=/agreement");
    browser.findElement(By.id("username")).sendKeys("sarah");
    browser.findElement(By.id("password")).sendKeys(PASSWORD + Keys.ENTER);
    await(b -> b.getCurrentUrl().equals(base + "/agreement"));
    assertTrue(browser.findElement(By.id("vocabulary-empty")).isDisplayed());

    WebElement input = browser.findElement(By.id("vocabulary-word"));
    input.sendKeys("Acme Corp,  OKRs , <b>bold</b>" + Keys.ENTER);
    awaitStatus("Added “Acme Corp”, “OKRs”, “<b>bold</b>”.");
    assertEquals(List.of("Acme Corp", "OKRs", "<b>bold</b>"), shown());
    assertFalse(browser.findElement(By.id("vocabulary-empty")).isDisplayed());
    assertTrue(browser.findElements(By.cssSelector("#vocabulary-list b")).isEmpty());
    assertEquals("", input.getAttribute("value"));
    assertEquals("vocabulary-word", browser.switchTo().activeElement().getAttribute("id"));
    screenshot("vocabulary");

    input.sendKeys("okrs" + Keys.ENTER);
    awaitStatus("“okrs” is already in the list.");
    input.clear();
    input.sendKeys("x".repeat(61) + Keys.ENTER);
    await(b -> status().contains("is too long"));
    assertEquals(3, shown().size());

    // Shift+Tab from the input reaches the last remove button; Enter on it removes that word.
    input.clear();
    input.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
    WebElement remove = browser.switchTo().activeElement();
    assertEquals("Remove <b>bold</b>", remove.getAttribute("aria-label"));
    browser.findElement(By.cssSelector("button[data-word=OKRs]")).sendKeys(Keys.ENTER);
    awaitStatus("Removed “OKRs”.");
    assertEquals(List.of("Acme Corp", "<b>bold</b>"), shown());
    assertEquals(
        "Remove <b>bold</b>", browser.switchTo().activeElement().getAttribute("aria-label"));

    assertEquals(
        List.of("Acme Corp", "<b>bold</b>"), app.accounts().vocabulary().words("mentoring"));
    browser.navigate().refresh();
    await(b -> b.findElements(By.cssSelector("#vocabulary-list .vocab-word")).size() == 2);
    assertEquals(List.of("Acme Corp", "<b>bold</b>"), shown());
    assertTrue(browser.findElements(By.cssSelector("#vocabulary-list b")).isEmpty());
    assertFalse(browser.findElement(By.id("vocabulary-empty")).isDisplayed());

    // Beside it, the pair's longest excerpt: three minutes until a member changes it.
    WebElement minutes = browser.findElement(By.id("excerpt-minutes"));
    await(b -> "3".equals(minutes.getAttribute("value")));
    minutes.clear();
    minutes.sendKeys("5", Keys.ENTER);
    await(b -> browser.findElement(By.id("length-status")).getText().contains("5 minutes"));
    assertEquals(300, app.excerpts().length().maxSeconds("mentoring"));
  }

  /** Saves a picture of the list when asked to, as WebBrowserIT does for the README. */
  private void screenshot(String name) throws IOException {
    String dir = System.getProperty("hindsight.screenshots");
    if (dir != null && !dir.isBlank()) {
      Path target = Path.of(dir).resolve(name + ".png");
      Files.createDirectories(target.getParent());
      Files.write(
          target, browser.findElement(By.id("vocabulary")).getScreenshotAs(OutputType.BYTES));
    }
  }

  private List<String> shown() {
    return browser.findElements(By.cssSelector("#vocabulary-list .vocab-word")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private String status() {
    return browser.findElement(By.id("vocabulary-status")).getText();
  }

  private void awaitStatus(String text) {
    await(b -> status().equals(text));
    assertEquals(text, status());
  }

  private void await(java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition::apply);
  }
}
