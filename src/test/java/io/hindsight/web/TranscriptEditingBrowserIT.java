package io.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.Hindsight;
import io.hindsight.editing.SegmentEdit;
import io.hindsight.recording.Recording;
import io.hindsight.testing.Sample;
import io.hindsight.transcribe.Segment;
import io.hindsight.transcribe.Transcript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Correcting a transcript on the recording page in headless chromium, on a recording transcribed by
 * the real model: a line edited from the keyboard (Escape cancels, Enter saves) reaches search and
 * the captions, find and replace shows the count first, undo brings the old words back, and a save
 * made after the partner's shows both texts and keeps the member's. The steps build on each other.
 * With {@code -Dhindsight.screenshots=DIR} it also saves screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TranscriptEditingBrowserIT {

  ServedPair served;
  Hindsight app;
  String recordingId;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeAll
  void start() throws IOException {
    served = new ServedPair("editing");
    app = served.app;
    app.accounts().vocabulary().replace(ServedPair.PAIR, List.of("Dave", "OKRs"));
    recordingId = served.ingest(Sample.video(), "Weekly check-in", LocalDate.of(2026, 11, 30));
    served.serve();
    browser = served.signIn("sarah", 1360, 900);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (served != null) {
      served.close();
    }
  }

  @Test
  @Order(1)
  void escapeCancelsAndEnterSavesALineEditedFromTheKeyboard() throws IOException {
    openRecording();
    String before = lineText(0);
    focusLine(0);
    press("e");
    WebElement box = editor();
    assertEquals(stored().segments().get(0).text(), box.getAttribute("value"));
    box.sendKeys(" zeppelin");
    press(Keys.ESCAPE);
    wait.until(d -> d.findElements(By.cssSelector("#transcript .line-editor")).isEmpty());
    assertEquals(before, lineText(0), "Escape leaves the line as it was");
    assertEquals(1, stored().version(), "and saves nothing");
    assertEquals("ts", js("return document.activeElement.className"), "focus is back on the line");

    press("e");
    box = editor();
    box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "hi david thanks for the zeppelin");
    press(Keys.ENTER);
    wait.until(d -> lineText(0).contains("zeppelin") ? true : null);
    assertEquals(2, stored().version());
    assertEquals("hi david thanks for the zeppelin", stored().segments().get(0).text());
    assertEquals("ts", js("return document.activeElement.className"), "focus is on the line");
    assertTrue(
        !browser.findElements(By.cssSelector("#transcript .seg .w.edited")).isEmpty(),
        "the typed words are marked");
    wait.until(
        d ->
            js(
                "const t = document.querySelector('#player track').track;"
                    + " return t.cues && [...t.cues].some((c) => c.text.includes('zeppelin'))"
                    + " ? true : null;"));
    // The player follows the new lines: the one at a moment is highlighted, not a replaced one.
    js(
        "const p = document.getElementById('player');"
            + " p.currentTime = Number(document.querySelectorAll('#transcript .seg')[1]"
            + ".dataset.start) + 0.2;");
    wait.until(
        d ->
            js(
                "const c = document.querySelector('#transcript .seg.current');"
                    + " return c && c === document.querySelectorAll('#transcript .seg')[1]"
                    + " ? true : null;"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "Sarah Miller"));
    assertTrue(
        browser.findElement(By.id("history")).getText().contains("edited segment 0"),
        "the page says who changed what");
    screenshot("recording-edited");

    browser.get(served.url("/search?q=zeppelin"));
    WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.hit")));
    assertTrue(hit.getText().toLowerCase(Locale.ROOT).contains("zeppelin"), hit.getText());
  }

  @Test
  @Order(2)
  void findAndReplaceShowsHowManyBeforeReplacing() {
    openRecording();
    int expected = wholeWords(stored(), "david");
    assertTrue(expected >= 2, "the sample names David several times: " + expected);
    // Our words are suggested as replacements.
    wait.until(
        d ->
            List.of("Dave", "OKRs")
                .equals(
                    js(
                        "return [...document.querySelectorAll('#our-words option')]"
                            + ".map((o) => o.value)")));
    browser.findElement(By.id("replace-find")).sendKeys("david");
    browser.findElement(By.id("replace-with")).sendKeys("Dave");
    wait.until(ExpectedConditions.textToBe(By.id("replace-count"), expected + " matches"));
    assertEquals(2, stored().version(), "counting replaces nothing");
    WebElement replace = browser.findElement(By.id("replace-button"));
    assertEquals("Replace all " + expected, replace.getText());
    browser.findElement(By.id("replace-with")).sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.textToBe(By.id("replace-count"), "No matches"));
    assertEquals(3, stored().version());
    assertEquals(0, wholeWords(stored(), "david"));
    assertEquals(expected, wholeWords(stored(), "dave"));
    String page = transcriptText();
    assertFalse(page.contains("david"), page);
    assertTrue(page.contains("dave"), page);
    assertTrue(
        browser.findElement(By.id("edit-status")).getText().contains("Replaced " + expected));
  }

  @Test
  @Order(3)
  void undoBringsTheOldWordsBackAndTheOriginalIsShown() throws IOException {
    openRecording();
    WebElement undo = browser.findElement(By.id("undo"));
    wait.until(ExpectedConditions.elementToBeClickable(undo));
    undo.sendKeys(Keys.ENTER);
    wait.until(d -> transcriptText().contains("david") ? true : null);
    assertFalse(transcriptText().contains("dave"));
    assertTrue(transcriptText().contains("zeppelin"), "only the latest change is undone");
    assertEquals(4, stored().version());

    browser.findElement(By.id("show-original")).sendKeys(Keys.ENTER);
    WebElement original =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("original-list")));
    String recognized = original.getText();
    assertFalse(recognized.contains("zeppelin"), recognized);
    assertTrue(recognized.contains("david"), recognized);
    assertEquals("Hide original", browser.findElement(By.id("show-original")).getText());
    js("document.getElementById('corrections').scrollIntoView()");
    screenshot("recording-corrections");
  }

  @Test
  @Order(4)
  void aSaveAfterThePartnersShowsBothAndKeepsMine() throws IOException {
    openRecording();
    focusLine(1);
    press("e");
    WebElement box = editor();
    // Meanwhile David saves his correction of the same line.
    Recording recording = app.library().get(recordingId);
    app.editor()
        .edit(
            app.accounts().byUsername("david").orElseThrow(),
            recording,
            4,
            List.of(SegmentEdit.text(1, "his words for this line")));
    box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "my words for this line");
    press(Keys.ENTER);
    WebElement conflict =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#transcript .line-editor .conflict")));
    String shown = conflict.getText();
    assertTrue(shown.contains("David Brown saved version 5 first"), shown);
    assertTrue(shown.contains("Saved first: his words for this line"), shown);
    assertTrue(shown.contains("Yours: my words for this line"), shown);
    assertEquals("my words for this line", editor().getAttribute("value"), "nothing is lost");
    assertTrue(lineText(1).contains("his words"), "the page shows his version behind");
    assertEquals(5, stored().version());
    screenshot("recording-conflict");

    press(Keys.ENTER);
    wait.until(d -> lineText(1).contains("my words") ? true : null);
    assertEquals(6, stored().version());
    assertEquals("my words for this line", stored().segments().get(1).text());
  }

  @Test
  @Order(5)
  void aReplaceAfterThePartnersSaveReplacesNothingAndKeepsTheForm() {
    openRecording();
    browser.findElement(By.id("replace-find")).sendKeys("words");
    browser.findElement(By.id("replace-with")).sendKeys("phrases");
    wait.until(ExpectedConditions.textToBe(By.id("replace-count"), "1 match"));
    app.editor()
        .edit(
            app.accounts().byUsername("david").orElseThrow(),
            app.library().get(recordingId),
            6,
            List.of(SegmentEdit.text(2, "more words from david")));
    browser.findElement(By.id("replace-with")).sendKeys(Keys.ENTER);
    WebElement error =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-error")));
    assertTrue(error.getText().contains("David Brown saved version 7 first"), error.getText());
    assertTrue(error.getText().contains("Nothing was replaced"), error.getText());
    assertEquals(7, stored().version());
    assertTrue(lineText(2).contains("more words from david"), "the page shows his save");
    assertEquals("phrases", browser.findElement(By.id("replace-with")).getAttribute("value"));
    wait.until(ExpectedConditions.textToBe(By.id("replace-count"), "2 matches"));

    browser.findElement(By.id("replace-with")).sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.textToBe(By.id("replace-count"), "No matches"));
    assertEquals(8, stored().version());
    assertEquals("more phrases from david", stored().segments().get(2).text());
  }

  @Test
  @Order(6)
  void markupTypedInALineIsShownAsText() {
    openRecording();
    focusLine(3);
    press("e");
    editor().sendKeys(Keys.chord(Keys.CONTROL, "a"), "<b>bold</b> & <script>x</script>");
    press(Keys.ENTER);
    wait.until(d -> lineText(3).contains("<b>bold</b>") ? true : null);
    assertTrue(browser.findElements(By.cssSelector("#transcript b, #transcript script")).isEmpty());
    assertEquals("<b>bold</b> & <script>x</script>", stored().segments().get(3).text());
  }

  private void openRecording() {
    browser.get(served.url("/recordings/" + recordingId));
    wait.until(d -> js("return document.getElementById('player').readyState >= 1 ? true : null"));
    // The editor works once the page knows the version: the history is its last step.
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history li")));
  }

  private Transcript stored() {
    return app.library().transcript(recordingId);
  }

  private static int wholeWords(Transcript transcript, String word) {
    Pattern pattern = Pattern.compile("\\b" + word + "\\b", Pattern.CASE_INSENSITIVE);
    int count = 0;
    for (Segment segment : transcript.segments()) {
      Matcher m = pattern.matcher(segment.text());
      while (m.find()) {
        count++;
      }
    }
    return count;
  }

  private void focusLine(int index) {
    js("document.querySelectorAll('#transcript .seg .ts')[" + index + "].focus()");
  }

  private WebElement editor() {
    WebElement box =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#transcript .line-editor textarea")));
    assertEquals(box, browser.switchTo().activeElement(), "the editor has the focus");
    return box;
  }

  private String lineText(int index) {
    return (String)
        js(
            "return document.querySelectorAll('#transcript .seg .words')["
                + index
                + "].textContent.trim().toLowerCase()");
  }

  private String transcriptText() {
    return ((String) js("return document.getElementById('transcript').textContent"))
        .toLowerCase(Locale.ROOT);
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private void press(CharSequence key) {
    new Actions(browser).sendKeys(key).perform();
  }

  private void screenshot(String name) throws IOException {
    String dir = System.getProperty("hindsight.screenshots");
    if (dir == null || dir.isBlank()) {
      return;
    }
    Path target = Path.of(dir).resolve(name + ".png");
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
