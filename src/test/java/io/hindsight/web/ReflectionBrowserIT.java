package io.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.job.ProgressListener;
import io.hindsight.pair.Role;
import io.hindsight.pair.Terms;
import io.hindsight.recording.Consent;
import io.hindsight.recording.IngestRequest;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.Sample;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Reflection in a real browser on real recordings (espeak-ng speech and the sample, through ffmpeg
 * and Vosk): a promise heard in one session waits on the home page after the next one, ticking it
 * records who did, and /prepare gathers what is still open with the last session's balance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReflectionBrowserIT {

  static final String PASSWORD = "a long demo password";

  Path data;
  Hindsight app;
  Javalin web;
  String base;
  String promised;
  String latest;
  WebDriver browser;

  @BeforeAll
  void start() throws Exception {
    data = Files.createTempDirectory("hindsight-reflection");
    app = new Hindsight(new HindsightConfig(data, null, 2, 1, 4));
    app.accounts().add("sarah", "Sarah Miller", "mentoring", Role.MENTOR, PASSWORD.toCharArray());
    app.accounts().add("david", "David Brown", "mentoring", Role.MENTEE, PASSWORD.toCharArray());
    for (String username : List.of("sarah", "david")) {
      app.agreements()
          .sign(app.accounts().byUsername(username).orElseThrow(), new Terms(true, true, false, 0));
    }
    Path speech = data.resolve("promise.wav");
    Process espeak =
        new ProcessBuilder(
                "espeak-ng",
                "-v",
                "en-us",
                "-s",
                "150",
                "-w",
                speech.toString(),
                "Thanks for the update. I will send you the report by Friday."
                    + " What do you think about the new plan?")
            .inheritIO()
            .start();
    assertEquals(0, espeak.waitFor(), "espeak-ng (Debian's espeak-ng package) makes the speech");
    promised = ingest(speech, "Planning", LocalDate.of(2026, 11, 23));
    latest = ingest(Sample.video(), "Weekly check-in", LocalDate.of(2026, 11, 30));
    app.jobs().start();
    web = WebApp.create(app.webServices(), WebConfig.defaults(data)).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + web.port();
  }

  private String ingest(Path file, String title, LocalDate day) throws IOException {
    return app.pipeline()
        .ingest(
            new IngestRequest(
                IngestRequest.Input.files(List.of(file)),
                "mentoring",
                title,
                day,
                Consent.named(List.of("Sarah Miller", "David Brown")),
                List.of(),
                false,
                null),
            ProgressListener.NONE)
        .id();
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
    if (web != null) {
      web.stop();
    }
    if (app != null) {
      app.close();
    }
  }

  private void signIn() {
    browser = Chromium.open(1280, 900);
    browser.get(base + "/login");
    browser.findElement(By.id("username")).sendKeys("sarah");
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private Object waitFor(String script) {
    return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> js(script));
  }

  private WebElement waitForElement(String css) {
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  @Test
  void aPromiseCarriesOverUntilTickedAndPrepareGathersWhatIsOpen() {
    signIn();
    // The home page, after the later session: the earlier session's promise is still there.
    WebElement item = waitForElement("#fu-list .fu");
    assertTrue(item.getText().contains("send you"), item.getText());
    assertTrue(item.getText().contains("by friday"), item.getText());
    assertTrue(item.getText().contains("Planning"), "it says which session: " + item.getText());
    assertTrue(
        browser.findElement(By.id("insights-reading")).getText().contains("question"),
        "the chart's reading counts the questions");
    assertEquals(2, browser.findElements(By.cssSelector(".balance-chart rect")).size());

    // Added on the recording page, at the player's moment.
    browser.get(base + "/recordings/" + latest);
    waitFor("return document.getElementById('player').readyState >= 1 ? true : null");
    js("document.getElementById('player').currentTime = 12");
    waitFor("return document.getElementById('fu-time').textContent === '0:12' || null");
    browser.findElement(By.id("fu-text")).sendKeys("Book the quarterly <b>planning</b> slot");
    browser.findElement(By.cssSelector("#fu-form button[type=submit]")).click();
    WebElement added = waitForElement("#fu-list .fu");
    assertTrue(added.getText().contains("Book the quarterly <b>planning</b> slot"), "as text");
    assertTrue(added.getText().contains("0:12"));
    assertTrue(
        waitForElement("#balance-reading").getText().contains("question"),
        "the session's talk balance");

    // Tick the first promise on the home page: it says who ticked it, and stays until dismissed.
    browser.get(base + "/");
    WebElement box = waitForElement("#fu-list .fu input[type=checkbox]");
    String firstText = browser.findElement(By.cssSelector("#fu-list .fu .fu-text")).getText();
    box.click();
    waitFor("return document.querySelector('#fu-list .fu.done') ? true : null");
    assertTrue(
        browser
            .findElement(By.cssSelector("#fu-list .fu.done"))
            .getText()
            .contains("ticked by Sarah Miller"));

    browser.get(base + "/prepare");
    String open = waitForElement("#prepare-follow-ups").getText();
    assertTrue(open.contains("Book the quarterly <b>planning</b> slot"), open);
    assertFalse(open.contains(firstText), "a ticked promise is not open: " + open);
    String balance = browser.findElement(By.id("p-balance")).findElement(By.xpath("..")).getText();
    assertTrue(balance.contains("Weekly check-in"), balance);
    assertTrue(balance.contains("question"), balance);
  }
}
