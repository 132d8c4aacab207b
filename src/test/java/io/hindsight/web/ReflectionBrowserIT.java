package io.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.testing.Sample;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
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

  ServedPair served;
  String latest;
  WebDriver browser;

  @BeforeAll
  void start() throws Exception {
    served = new ServedPair("reflection");
    Path speech = served.data.resolve("promise.wav");
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
    served.ingest(speech, "Planning", LocalDate.of(2026, 11, 23));
    latest = served.ingest(Sample.video(), "Weekly check-in", LocalDate.of(2026, 11, 30));
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

  private Object js(String script) {
    return ServedPair.js(browser, script);
  }

  private Object waitFor(String script) {
    return ServedPair.waitFor(browser, script);
  }

  private WebElement waitForElement(String css) {
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  @Test
  void aPromiseCarriesOverUntilTickedAndPrepareGathersWhatIsOpen() {
    browser = served.signIn("sarah", 1280, 900);
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
    browser.get(served.url("/recordings/" + latest));
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
    browser.get(served.url("/"));
    WebElement box = waitForElement("#fu-list .fu input[type=checkbox]");
    String firstText = browser.findElement(By.cssSelector("#fu-list .fu .fu-text")).getText();
    box.click();
    waitFor("return document.querySelector('#fu-list .fu.done') ? true : null");
    assertTrue(
        browser
            .findElement(By.cssSelector("#fu-list .fu.done"))
            .getText()
            .contains("ticked by Sarah Miller"));

    browser.get(served.url("/prepare"));
    String open = waitForElement("#prepare-follow-ups").getText();
    assertTrue(open.contains("Book the quarterly <b>planning</b> slot"), open);
    assertFalse(open.contains(firstText), "a ticked promise is not open: " + open);
    String balance = browser.findElement(By.id("p-balance")).findElement(By.xpath("..")).getText();
    assertTrue(balance.contains("Weekly check-in"), balance);
    assertTrue(balance.contains("question"), balance);
  }
}
