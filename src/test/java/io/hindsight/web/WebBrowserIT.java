package io.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.pair.Role;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.Sample;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in Debian's headless chromium, on the real ffmpeg, Vosk model, SQLite and Lucene. The
 * steps build on each other, as a pair would use the app: sign the agreement, upload the sample
 * session, search it and jump to the moment, add a note and find it. One recording is processed for
 * all of them. With {@code -Dhindsight.screenshots=DIR} it also saves screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebBrowserIT {

  static final String PASSWORD = "a long demo password";

  Path data;
  Hindsight app;
  Javalin web;
  WebDriver browser;
  WebDriverWait wait;
  String base;
  String recordingId;

  @BeforeAll
  void start() throws IOException {
    data = Files.createTempDirectory("hindsight-browser");
    app = new Hindsight(new HindsightConfig(data, null, 2, 1, 4));
    app.accounts().add("sarah", "Sarah Miller", "mentoring", Role.MENTOR, PASSWORD.toCharArray());
    app.accounts().add("david", "David Brown", "mentoring", Role.MENTEE, PASSWORD.toCharArray());
    app.accounts().add("root", "Ada Admin", null, Role.ADMIN, PASSWORD.toCharArray());
    app.jobs().start();
    app.warmUpInBackground();
    web = WebApp.create(app.webServices(), WebConfig.defaults(data)).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + web.port();
    browser = newBrowser();
    // Pages reload themselves after an answer; while one is swapped for the next Chrome may
    // answer for a node of neither, so the waits retry on driver errors until they time out.
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(org.openqa.selenium.WebDriverException.class);
  }

  /** A browser of its own: its own profile, so no cookies or storage of another. */
  private static WebDriver newBrowser() {
    return Chromium.open(1360, 900);
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
  @Order(1)
  void bothMembersSignTheAgreement() throws IOException {
    signIn("david");
    browser.get(base + "/agreement");
    screenshot("agreement-unsigned");
    signAndAwaitStatus("waiting for a signature");
    signOut();

    signIn("sarah");
    browser.get(base + "/agreement");
    assertEquals("Sign version 1", browser.findElement(By.id("sign")).getText());
    signAndAwaitStatus("In force since");
    screenshot("agreement");
  }

  @Test
  @Order(2)
  void uploadTheSampleAndWatchItReachReady() throws IOException {
    browser.get(base + "/upload");
    browser.findElement(By.id("media")).sendKeys(Sample.video().toString());
    WebElement title = browser.findElement(By.id("title"));
    title.clear();
    title.sendKeys("Weekly check-in");
    browser.findElement(By.id("consent")).click();
    browser.findElement(By.id("upload-button")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("process-step")));
    screenshot("upload");
    WebElement open =
        new WebDriverWait(browser, Duration.ofMinutes(4))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("open-recording")));
    assertEquals("100", browser.findElement(By.id("upload-bar")).getAttribute("value"));
    String href = open.getAttribute("href");
    recordingId = href.substring(href.lastIndexOf('/') + 1);
    browser.get(base + "/");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".card .badge"), "ready"));
    screenshot("recordings");
  }

  @Test
  @Order(3)
  void searchClickAHitAndThePlayerIsAtTheHit() throws IOException {
    browser.get(base + "/search");
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("\"code review\"");
    box.submit();
    WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.hit")));
    assertTrue(
        hit.findElement(By.tagName("mark")).getText().toLowerCase().contains("code"),
        "the hit highlights the query");
    screenshot("search");
    String href = hit.getAttribute("href");
    assertTrue(href.contains("&q="), "the hit carries the query: " + href);
    double hitSeconds =
        Double.parseDouble(href.substring(href.indexOf("?t=") + 3, href.indexOf("&q=")));
    Sample.Utterance said = Sample.containing("code review");
    assertTrue(
        hitSeconds >= said.start() - 1.5 && hitSeconds <= said.end(),
        "the hit at " + hitSeconds + " s is where the sample says 'code review' " + said);
    hit.click();
    wait.until(ExpectedConditions.urlContains("/recordings/" + recordingId));
    double at = awaitPlayerTime(hitSeconds);
    assertEquals(hitSeconds, at, 0.5);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".seg.current")));
    screenshot("recording");
  }

  @Test
  @Order(4)
  void addANoteAndFindItBySearch() throws IOException {
    browser.get(base + "/recordings/" + recordingId + "?t=30");
    awaitPlayerTime(30);
    browser.findElement(By.id("note-text")).sendKeys("Revisit how belonging came up <b>here</b>");
    browser.findElement(By.cssSelector("input[name=visibility][value=pair]")).click();
    browser.findElement(By.cssSelector("#note-form button[type=submit]")).click();
    WebElement note =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#note-list .note p")));
    assertEquals("Revisit how belonging came up <b>here</b>", note.getText(), "shown as text");
    assertEquals(1, browser.findElements(By.cssSelector("#timeline .marker")).size());
    screenshot("recording-note");

    browser.get(base + "/search?q=revisit");
    WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.hit")));
    assertTrue(
        hit.findElement(By.cssSelector(".badge.note")).getText().startsWith("Note by Sarah"));
    hit.click();
    assertEquals(30, awaitPlayerTime(30), 0.5);

    // The partner sees the shared note in search too.
    signOut();
    signIn("david");
    browser.get(base + "/search?q=belonging+AND+revisit");
    List<WebElement> hits =
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.hit"), 1));
    assertTrue(hits.get(0).getText().contains("Note by Sarah Miller"));
  }

  @Test
  @Order(5)
  void theAdminSeesStatusButNoContent() throws IOException {
    signOut();
    signIn("root");
    assertTrue(browser.getCurrentUrl().endsWith("/admin"), browser.getCurrentUrl());
    String page = browser.findElement(By.tagName("main")).getText();
    assertTrue(page.contains("1 recording: 1 ready"), page);
    assertTrue(!page.contains("Weekly check-in"), "no recording titles for an administrator");
    assertTrue(!page.contains("code review"), "no transcript text on the admin page");
    screenshot("admin");
    browser.get(base + "/recordings/" + recordingId);
    assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("403"));
  }

  @Test
  @Order(6)
  void shareAnExcerptApprovedByBothAndPlayItWithoutAnAccount() throws IOException {
    // David drafts the excerpt around his spoken e-mail address while their agreement does not
    // allow sharing yet: Publish says so and leads to the agreement.
    signOut();
    signIn("david");
    Sample.Utterance email = Sample.containing("david at example dot com");
    browser.get(base + "/recordings/" + recordingId);
    browser
        .findElement(By.id("ex-start"))
        .sendKeys(String.format(java.util.Locale.ROOT, "%.1f", email.start() - 3));
    browser
        .findElement(By.id("ex-end"))
        .sendKeys(String.format(java.util.Locale.ROOT, "%.1f", email.end() + 1));
    browser.findElement(By.id("ex-title")).sendKeys("Asking for <help>");
    browser.findElement(By.id("ex-context")).sendKeys("How a mentee follows up.");
    browser.findElement(By.id("ex-create")).click();
    wait.until(
        d ->
            d.findElement(By.id("ex-editor")).isDisplayed()
                || !d.findElement(By.id("ex-error")).getText().isEmpty());
    assertEquals("", browser.findElement(By.id("ex-error")).getText());
    assertTrue(!browser.findElement(By.id("ex-publish")).isEnabled(), "nothing to publish yet");
    assertTrue(
        browser.findElement(By.id("ex-publish-why")).getText().contains("does not allow sharing"),
        browser.findElement(By.id("ex-publish-why")).getText());
    assertTrue(
        !browser.findElements(By.cssSelector("#ex-words .rw.redacted.suggested")).isEmpty(),
        "the spoken e-mail address is suggested and hidden");

    // He hides two more words: both clicks are saved together as one new version.
    List<WebElement> shown = browser.findElements(By.cssSelector("#ex-words .rw:not(.redacted)"));
    String first = shown.get(0).getAttribute("data-i");
    String second = shown.get(1).getAttribute("data-i");
    shown.get(0).click();
    shown.get(1).click();
    assertTrue(browser.findElement(By.id("ex-heading")).getText().contains("version 1"));
    assertEquals("2 unsaved changes: save to make version 2", text("ex-pending"));
    screenshot("excerpt-unsaved", "ex-editor");
    assertTrue(!browser.findElement(By.id("ex-approve")).isEnabled(), "save before approving");
    browser.findElement(By.id("ex-save-redactions")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("ex-heading"), "version 2"));
    for (String index : List.of(first, second)) {
      WebElement word =
          browser.findElement(By.cssSelector("#ex-words .rw[data-i='" + index + "']"));
      assertEquals("true", word.getAttribute("aria-pressed"));
      assertTrue(!word.getAttribute("class").contains("unsaved"), word.getAttribute("class"));
    }
    assertTrue(!browser.findElement(By.id("ex-save-redactions")).isEnabled(), "all saved");
    browser.findElement(By.id("ex-preview-button")).click();
    assertTrue(browser.findElement(By.id("ex-preview")).isDisplayed());
    browser.findElement(By.id("ex-approve")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("ex-state"), "approved by David Brown"));
    assertTrue(
        browser.findElement(By.id("ex-preview")).isDisplayed(),
        "the preview stays open after approving");
    assertEquals("You approved this version", text("ex-approve"));
    WebElement from = browser.findElement(By.id("ex-start"));
    WebElement to = browser.findElement(By.id("ex-end"));
    assertEquals(from.getLocation().getY(), to.getLocation().getY(), "From and To share a line");
    screenshot("excerpt-draft", "ex-editor");

    // The link under Publish leads to the agreement, where David proposes sharing.
    browser.findElement(By.id("ex-agreement-link")).click();
    wait.until(ExpectedConditions.urlContains("/agreement"));
    browser.findElement(By.id("shareExcerpts")).click();
    signAndAwaitStatus("waiting for a signature");

    // Sarah signs it; then the only thing missing is her approval, and Publish says so.
    signOut();
    signIn("sarah");
    browser.get(base + "/agreement");
    signAndAwaitStatus("In force since");
    browser.get(base + "/recordings/" + recordingId);
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#ex-list button.link")))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ex-editor")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("ex-publish-why"), "Sarah Miller must approve version 2"));
    assertTrue(!browser.findElement(By.id("ex-publish")).isEnabled());
    browser.findElement(By.id("ex-approve")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("ex-state"), "approved by David Brown and Sarah Miller"));
    assertEquals("", text("ex-publish-why"));
    browser.findElement(By.id("ex-publish")).click();
    WebElement link =
        new WebDriverWait(browser, Duration.ofMinutes(2))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("ex-share-url")));
    String url = link.getAttribute("href");
    assertTrue(url.startsWith(base + "/s/"), url);
    assertTrue(text("ex-state").contains("the link works until"), text("ex-state"));
    assertTrue(browser.findElement(By.id("ex-copy-link")).isDisplayed());
    screenshot("excerpt-published", "ex-editor");

    // Someone with only the link, in a browser of their own, reads and plays it.
    WebDriver stranger = newBrowser();
    try {
      stranger.get(url);
      assertTrue(stranger.manage().getCookies().isEmpty(), "no session");
      assertEquals("Asking for <help>", stranger.findElement(By.tagName("h1")).getText());
      String text = stranger.findElement(By.id("shared-transcript")).getText();
      assertTrue(text.contains("[redacted]"), text);
      assertTrue(!text.contains("example") && !text.contains("david"), text);
      JavascriptExecutor js = (JavascriptExecutor) stranger;
      js.executeScript("const v = document.getElementById('clip'); v.muted = true; v.play();");
      Object played =
          new WebDriverWait(stranger, Duration.ofSeconds(30))
              .until(
                  d ->
                      js.executeScript(
                          "const v = document.getElementById('clip');"
                              + " if (v.error) return 'error ' + v.error.code;"
                              + " return v.readyState >= 2 && v.currentTime > 0.3 ? 'playing' : null;"));
      assertEquals("playing", played);
      Object cues =
          js.executeScript(
              "const t = document.getElementById('clip').textTracks[0];"
                  + " return t ? t.mode : 'none';");
      assertEquals("showing", cues, "captions are on by default");
    } finally {
      stranger.quit();
    }
    browser.get(base + "/recordings/" + recordingId);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#ex-list .badge"), "published · 1 view"));
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  /** Signs the agreement and waits for the page, which reloads itself, to show the status. */
  private void signAndAwaitStatus(String status) {
    WebElement sign = browser.findElement(By.id("sign"));
    sign.click();
    wait.until(ExpectedConditions.stalenessOf(sign));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-h"), status));
  }

  private double awaitPlayerTime(double expected) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d -> {
              Object t =
                  js.executeScript(
                      "const p = document.getElementById('player');"
                          + " return p && p.readyState >= 1 ? p.currentTime : null;");
              double at = t == null ? -1 : ((Number) t).doubleValue();
              return Math.abs(at - expected) < 0.5 ? at : null;
            });
  }

  private void signIn(String username) throws IOException {
    browser.get(base + "/login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    if (username.equals("david")) {
      screenshot("login");
    }
    browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
  }

  private void signOut() {
    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.urlContains("/login"));
  }

  /** Saves a screenshot when asked to, for the README. */
  private void screenshot(String name) throws IOException {
    screenshot(name, null);
  }

  /** The page from its top, or from the element {@code at} when it is named. */
  private void screenshot(String name, String at) throws IOException {
    String dir = System.getProperty("hindsight.screenshots");
    if (dir == null || dir.isBlank()) {
      return;
    }
    ((JavascriptExecutor) browser)
        .executeScript(
            at == null
                ? "window.scrollTo(0, 0)"
                : "document.getElementById(arguments[0]).scrollIntoView({block: 'start'})",
            at);
    Path target = Path.of(dir).resolve(name + ".png");
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
