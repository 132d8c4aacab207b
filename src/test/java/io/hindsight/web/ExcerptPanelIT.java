package io.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.pair.Role;
import io.hindsight.pair.Terms;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.FakeMediaTools;
import io.hindsight.testing.FakeSpeechModel;
import io.hindsight.testing.Screenshots;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The excerpt panel in headless chromium, with fakes at the media seams (every few seconds the
 * recording says "the project deadline is next friday"): ranges it refuses and why, in words; and
 * redaction clicks that wait for Save, or go away with Discard.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExcerptPanelIT {

  static final String PASSWORD = "a long demo password";

  Path data;
  Hindsight app;
  Javalin web;
  WebDriver browser;
  WebDriverWait wait;
  String recordingId;
  String base;

  @BeforeAll
  void start() throws IOException {
    data = Files.createTempDirectory("hindsight-excerpt-panel");
    app =
        new Hindsight(
            new HindsightConfig(data, null, 1, 1, 4),
            FakeMediaTools::new,
            FakeSpeechModel::sentence,
            FakeClips::new);
    for (String[] who :
        List.of(new String[] {"sarah", "mentor"}, new String[] {"david", "mentee"})) {
      app.accounts().add(who[0], who[0], "mentoring", Role.parse(who[1]), PASSWORD.toCharArray());
      app.agreements()
          .sign(app.accounts().byUsername(who[0]).orElseThrow(), new Terms(true, true, false, 0));
    }
    app.jobs().start();
    web = WebApp.create(app.webServices(), WebConfig.defaults(data)).start("127.0.0.1", 0);
    ApiClient sarah = ApiClient.signedIn(web.port(), "sarah", PASSWORD);
    recordingId = sarah.uploadReady(200, "Long one");
    sarah.send(
        "POST",
        "/api/recordings/" + recordingId + "/excerpts",
        Map.of("title", "Drafted before", "startSeconds", 20, "endSeconds", 40));
    browser = Chromium.open(1360, 900);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(org.openqa.selenium.WebDriverException.class);
    base = "http://127.0.0.1:" + web.port();
    browser.get(base + "/login");
    Chromium.submitSignIn(browser, "sarah", PASSWORD);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    browser.get(base + "/recordings/" + recordingId);
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
  void rangesThatCannotBeAnExcerptAreRefusedInWordsAndClicksWaitForSave() {
    assertEquals(
        "The excerpt must end after it starts: To (0:05) is not after From (0:10).",
        refusal("10", "5"));
    assertEquals(
        "An excerpt lasts at most 3 minutes; this range is 3:10 long.", refusal("0", "190"));
    assertTrue(
        refusal("100", "260").startsWith("The recording is only 3:20 long;"),
        "past the end is refused, not clamped");
    assertFalse(browser.findElement(By.id("ex-editor")).isDisplayed(), "nothing was drafted");

    draft("0", "5");
    assertEquals("", browser.findElement(By.id("ex-title")).getAttribute("value"), "form cleared");
    assertTrue(browser.findElement(By.id("ex-heading")).getText().endsWith("(version 1)"));
    List<WebElement> words = browser.findElements(By.cssSelector("#ex-words .rw"));
    assertEquals("the", words.get(0).getText());
    words.get(0).click();
    words.get(4).click();
    words.get(4).click(); // clicked twice: back as it was, so not a change
    assertEquals("1 unsaved change: save to make version 2", text("ex-pending"));
    assertTrue(words.get(0).getAttribute("class").contains("unsaved"));
    assertEquals("true", words.get(0).getAttribute("aria-pressed"));
    assertFalse(browser.findElement(By.id("ex-approve")).isEnabled(), "save before approving");
    browser.findElement(By.id("ex-discard-redactions")).click();
    assertEquals("", text("ex-pending"));
    assertEquals(
        "false",
        browser
            .findElement(By.cssSelector("#ex-words .rw[data-i='0']"))
            .getAttribute("aria-pressed"));
    assertTrue(browser.findElement(By.id("ex-heading")).getText().endsWith("(version 1)"));

    browser.findElement(By.cssSelector("#ex-words .rw[data-i='1']")).click();
    browser.findElement(By.cssSelector("#ex-words .rw[data-i='2']")).click();
    browser.findElement(By.id("ex-save-redactions")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("ex-heading"), "(version 2)"));
    assertEquals("the [redacted] is next", text("ex-text"));
    assertFalse(browser.findElement(By.id("ex-publish")).isEnabled());
    assertTrue(text("ex-publish-why").contains("does not allow sharing"), text("ex-publish-why"));
    assertTrue(
        browser
            .findElement(By.id("ex-agreement-link"))
            .getAttribute("href")
            .endsWith("/agreement"));

    browser.findElement(By.id("ex-approve")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("ex-approve"), "You approved this version"));
    assertFalse(browser.findElement(By.id("ex-approve")).isEnabled(), "approved once is enough");
  }

  @Test
  void onAPhoneThePanelFitsTheScreenWithFromAndToOnOneLine() throws IOException {
    ChromeDriver phone = Chromium.open(390, 844);
    try {
      // A desktop window is at least 500 px wide; a phone's viewport is emulated instead.
      phone.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
      phone.get(base + "/login");
      Chromium.submitSignIn(phone, "sarah", PASSWORD);
      new WebDriverWait(phone, Duration.ofSeconds(20))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
      phone.get(base + "/recordings/" + recordingId);
      WebElement opened =
          new WebDriverWait(phone, Duration.ofSeconds(20))
              .until(
                  ExpectedConditions.elementToBeClickable(By.cssSelector("#ex-list button.link")));
      opened.click();
      new WebDriverWait(phone, Duration.ofSeconds(20))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("ex-editor")));
      Number width =
          (Number)
              phone.executeScript(
                  "return Math.max(window.innerWidth, document.documentElement.scrollWidth)");
      Object wide =
          phone.executeScript(
              "return Array.from(document.querySelectorAll('body *')).filter(e =>"
                  + " e.getBoundingClientRect().right > 391).slice(0, 12).map(e => e.tagName + '#'"
                  + " + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')");
      assertEquals(390, width.intValue(), "the page fits the phone's width: " + wide);
      assertEquals(
          phone.findElement(By.id("ex-start")).getLocation().getY(),
          phone.findElement(By.id("ex-end")).getLocation().getY(),
          "From and To share a line");
      phone.executeScript("document.getElementById('excerpts').scrollIntoView({block: 'start'})");
      Screenshots.saveAsIs(phone, "excerpt-phone");
    } finally {
      phone.quit();
    }
  }

  private String refusal(String from, String to) {
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.getElementById('ex-error').textContent = ''");
    fill(from, to);
    browser.findElement(By.id("ex-create")).click();
    return wait.until(
        d -> {
          String error = d.findElement(By.id("ex-error")).getText();
          return error.isEmpty() ? null : error;
        });
  }

  private void draft(String from, String to) {
    fill(from, to);
    browser.findElement(By.id("ex-create")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ex-editor")));
  }

  private void fill(String from, String to) {
    for (String[] field :
        List.of(
            new String[] {"ex-start", from},
            new String[] {"ex-end", to},
            new String[] {"ex-title", "A moment"})) {
      WebElement input = browser.findElement(By.id(field[0]));
      input.clear();
      input.sendKeys(field[1]);
    }
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }
}
