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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The recording page in headless chromium on a real processed recording: the player's keyboard
 * shortcuts, follow-along, words from the keyboard, the original's download, and the phone layout
 * (390 px). With {@code -Dhindsight.screenshots=DIR} it also saves screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordingPageIT {

  static final String PASSWORD = "a long demo password";

  Path data;
  Hindsight app;
  Javalin web;
  String base;
  String recordingId;
  WebDriver browser;

  @BeforeAll
  void start() throws IOException {
    data = Files.createTempDirectory("hindsight-page");
    app = new Hindsight(new HindsightConfig(data, null, 2, 1, 4));
    app.accounts().add("sarah", "Sarah Miller", "mentoring", Role.MENTOR, PASSWORD.toCharArray());
    app.accounts().add("david", "David Brown", "mentoring", Role.MENTEE, PASSWORD.toCharArray());
    for (String username : List.of("sarah", "david")) {
      app.agreements()
          .sign(app.accounts().byUsername(username).orElseThrow(), new Terms(true, true, false, 0));
    }
    app.preloadSpeech();
    recordingId =
        app.pipeline()
            .ingest(
                new IngestRequest(
                    IngestRequest.Input.files(List.of(Sample.video())),
                    "mentoring",
                    "Weekly check-in",
                    LocalDate.of(2026, 11, 30),
                    Consent.named(List.of("Sarah Miller", "David Brown")),
                    List.of(),
                    false),
                ProgressListener.NONE)
            .id();
    app.jobs().start();
    web = WebApp.create(app.webServices(), WebConfig.defaults(data)).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + web.port();
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

  private WebDriver open(int width, int height) {
    ChromeDriver chrome = Chromium.open(width, height);
    if (width < 500) {
      // A desktop window is at least 500 px wide; a phone's viewport is emulated instead.
      chrome.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }
    browser = chrome;
    browser.get(base + "/login");
    Chromium.submitSignIn(browser, "sarah", PASSWORD);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    return browser;
  }

  private void openRecording() {
    browser.get(base + "/recordings/" + recordingId);
    waitFor("return document.getElementById('player').readyState >= 1 ? true : null");
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private double number(String script) {
    return ((Number) js(script)).doubleValue();
  }

  private Object waitFor(String script) {
    return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> js(script));
  }

  private void press(CharSequence key) {
    new Actions(browser).sendKeys(key).perform();
  }

  @Test
  void shortcutsPlaySkipMoveBetweenSegmentsAndNeverScrollThePage() throws IOException {
    open(1360, 700);
    openRecording();
    js("document.activeElement.blur(); window.scrollTo(0, 0)");
    press(" ");
    waitFor("return document.getElementById('player').paused ? null : true");
    assertEquals(0, number("return window.scrollY"), "Space does not scroll the page");
    press("k");
    waitFor("return document.getElementById('player').paused ? true : null");
    assertEquals("Play", browser.findElement(By.id("play-toggle")).getText());

    js("document.getElementById('player').currentTime = 20");
    waitFor("return Math.abs(document.getElementById('player').currentTime - 20) < 0.1 || null");
    press("l");
    assertEquals(25, number("return document.getElementById('player').currentTime"), 0.3);
    press("j");
    press("j");
    assertEquals(15, number("return document.getElementById('player').currentTime"), 0.3);
    press("L");
    assertEquals(30, number("return document.getElementById('player').currentTime"), 0.3);

    double next =
        number(
            "const t = document.getElementById('player').currentTime;"
                + " return Number([...document.querySelectorAll('.seg')]"
                + ".find((s) => Number(s.dataset.start) > t + 0.05).dataset.start);");
    press(Keys.ARROW_DOWN);
    assertEquals(next, number("return document.getElementById('player').currentTime"), 0.1);

    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("speed")))
        .selectByValue("1.5");
    assertEquals(1.5, number("return document.getElementById('player').playbackRate"), 0.001);
    js("document.activeElement.blur()");
    press(">");
    assertEquals(1.75, number("return document.getElementById('player').playbackRate"), 0.001);

    press("?");
    assertTrue(browser.findElement(By.cssSelector("#shortcuts .popover")).isDisplayed());
    assertTrue(
        browser.findElement(By.id("shortcuts")).getText().contains("Play or pause"),
        "the help lists the shortcuts");
    press(Keys.ESCAPE);
    assertFalse(browser.findElement(By.cssSelector("#shortcuts .popover")).isDisplayed());

    press("/");
    assertEquals("find", js("return document.activeElement.id"), "/ focuses the find box");
    press("code review");
    assertTrue(!browser.findElements(By.cssSelector(".w.found")).isEmpty(), "find marks words");

    // Typing in a note is typing: Space and k go into the text, the player stays paused.
    WebElement note = browser.findElement(By.id("note-text"));
    note.sendKeys("keep this in mind");
    assertEquals("keep this in mind", note.getAttribute("value"));
    assertTrue((Boolean) js("return document.getElementById('player').paused"));
    screenshot("recording");
  }

  @Test
  void followAlongHighlightsWordsAndStopsFollowingWhenTheMemberScrollsAway() {
    open(1360, 700);
    openRecording();
    js("const p = document.getElementById('player'); p.muted = true; p.play();");
    String first =
        (String)
            waitFor("const w = document.querySelector('.w.now'); return w ? w.dataset.t : null");
    String later =
        (String)
            waitFor(
                "const w = document.querySelector('.w.now');"
                    + " return w && w.dataset.t !== '"
                    + first
                    + "' ? w.dataset.t : null");
    assertTrue(Double.parseDouble(later) > Double.parseDouble(first), first + " then " + later);
    assertEquals(1, browser.findElements(By.cssSelector(".w.now")).size(), "one word at a time");
    assertTrue(
        (Boolean)
            js(
                "return document.querySelector('.w.now').closest('.seg').classList.contains('current')"),
        "the word is in the current segment");

    // Far into the recording, the current line has been scrolled into the transcript's view.
    js("document.getElementById('player').currentTime = 50");
    waitFor(
        "const s = document.querySelector('.seg.current'); if (!s) return null;"
            + " const r = s.getBoundingClientRect(), b = document.getElementById('transcript').getBoundingClientRect();"
            + " return r.top >= b.top - 1 && r.bottom <= b.bottom + 1 ? true : null");
    assertTrue(browser.findElement(By.id("follow")).isSelected());
    js(
        "document.getElementById('transcript').dispatchEvent(new WheelEvent('wheel', {deltaY: -300, bubbles: true}))");
    assertFalse(
        browser.findElement(By.id("follow")).isSelected(), "scrolling away stops following");
    js("document.getElementById('player').pause()");
  }

  @Test
  void wordsAreReachedAndActivatedFromTheKeyboard() {
    open(1360, 700);
    openRecording();
    WebElement time = browser.findElements(By.cssSelector(".seg .ts")).get(2);
    js("arguments[0].focus()".replace("arguments[0]", "document.querySelectorAll('.seg .ts')[2]"));
    assertEquals(time, browser.switchTo().activeElement());
    press(Keys.ARROW_RIGHT);
    press(Keys.ARROW_RIGHT);
    WebElement word = browser.switchTo().activeElement();
    assertTrue(word.getAttribute("class").contains("w"), word.getAttribute("class"));
    assertEquals("-1", word.getAttribute("tabindex"), "words are no extra tab stops");
    double at = Double.parseDouble(word.getAttribute("data-t"));
    press(Keys.ENTER);
    double now =
        number("const p = document.getElementById('player'); p.pause(); return p.currentTime");
    assertEquals(at, now, 0.6);

    // The original's download.
    Object disposition =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[0];"
                    + " fetch(document.getElementById('download-media').href, {headers: {Range: 'bytes=0-0'}})"
                    + ".then((r) => done(r.status + ' ' + r.headers.get('Content-Disposition')));");
    assertEquals("206 attachment; filename=\"recording-" + recordingId + ".mp4\"", disposition);
  }

  @Test
  void theListShowsDateLengthAndFirstWordsAndFiltersByTitle() {
    open(1360, 900);
    WebElement card = browser.findElement(By.cssSelector(".card"));
    assertTrue(card.getText().contains("30 Nov 2026 · 1 min"), card.getText());
    String preview = card.findElement(By.cssSelector(".preview")).getText();
    String first = app.library().transcript(recordingId).words().get(0).word();
    assertTrue(preview.startsWith(first), preview);
    browser.findElement(By.id("filter")).sendKeys("zzz");
    assertFalse(card.isDisplayed(), "a title without the text is hidden");
    assertEquals("0 of 1 recording", browser.findElement(By.id("filter-count")).getText());
    browser.findElement(By.id("filter")).clear();
    browser.findElement(By.id("filter")).sendKeys("weekly");
    assertTrue(card.isDisplayed());
  }

  @Test
  void onAPhoneTheHeaderIsOneRowAndThePlayerStaysWhileTheTranscriptScrolls() throws IOException {
    open(390, 844);
    assertEquals(390, number("return window.innerWidth"), 1, "a 390-px viewport");
    double header =
        number("return document.querySelector('header.top').getBoundingClientRect().height");
    assertTrue(header <= 64, "the header is " + header + " px high");
    assertFalse(browser.findElement(By.id("logout")).isDisplayed(), "navigation is in the menu");
    screenshot("recordings-phone");
    browser.findElement(By.id("menu-button")).click();
    assertTrue(browser.findElement(By.id("logout")).isDisplayed());
    assertEquals("true", browser.findElement(By.id("menu-button")).getAttribute("aria-expanded"));

    openRecording();
    header = number("return document.querySelector('header.top').getBoundingClientRect().height");
    assertTrue(header <= 64, "the header is " + header + " px high");
    screenshot("recording-phone");
    double before =
        number("return document.querySelectorAll('.seg')[8].getBoundingClientRect().top");
    js("window.scrollBy(0, 700)");
    @SuppressWarnings("unchecked")
    Map<String, Object> box =
        (Map<String, Object>)
            js(
                "const p = document.getElementById('player').getBoundingClientRect();"
                    + " const h = document.querySelector('header.top').getBoundingClientRect();"
                    + " return {top: p.top, bottom: p.bottom, header: h.bottom, scrolled: window.scrollY,"
                    + " seg: document.querySelectorAll('.seg')[8].getBoundingClientRect().top};");
    double top = ((Number) box.get("top")).doubleValue();
    double bottom = ((Number) box.get("bottom")).doubleValue();
    assertTrue(((Number) box.get("scrolled")).doubleValue() > 600, "the page scrolled: " + box);
    assertTrue(
        ((Number) box.get("seg")).doubleValue() < before - 600, "the transcript moved: " + box);
    assertTrue(top >= ((Number) box.get("header")).doubleValue() - 1, "below the header: " + box);
    assertTrue(bottom <= 844 / 2.0 && bottom > top + 100, "the player is in view: " + box);
    screenshot("recording-phone-scrolled", false);

    double transcript =
        number("return document.getElementById('transcript').getBoundingClientRect().top");
    double notes = number("return document.getElementById('notes-h').getBoundingClientRect().top");
    assertTrue(notes > transcript, "notes come after the transcript");
  }

  private void screenshot(String name) throws IOException {
    screenshot(name, true);
  }

  private void screenshot(String name, boolean top) throws IOException {
    String dir = System.getProperty("hindsight.screenshots");
    if (dir == null || dir.isBlank()) {
      return;
    }
    if (top) {
      js("window.scrollTo(0, 0)");
    }
    Path target = Path.of(dir).resolve(name + ".png");
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
