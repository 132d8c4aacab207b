package io.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.pair.Role;
import io.hindsight.pair.Terms;
import io.hindsight.recording.Consent;
import io.hindsight.recording.IngestRequest;
import io.hindsight.recording.Recording;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.Sample;
import io.hindsight.transcribe.SpeakerModelFolder;
import io.hindsight.transcribe.Word;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample session (one mixed track) uploaded as the web app takes it: diarized with the real
 * speech and speaker models, then a member renames a speaker in headless Chromium and sees the
 * transcript change.
 */
class SpeakersBrowserIT {

  static final String PASSWORD = "a long demo password";

  @Test
  void aMixedUploadShowsTalkTimeAndARenameChangesTheTranscript() throws Exception {
    Path data = Files.createTempDirectory("hindsight-speakers");
    try (Hindsight app = new Hindsight(new HindsightConfig(data, null, 2, 1, 4))) {
      app.accounts().add("sarah", "Sarah Miller", "mentoring", Role.MENTOR, PASSWORD.toCharArray());
      app.accounts().add("david", "David Brown", "mentoring", Role.MENTEE, PASSWORD.toCharArray());
      for (String username : List.of("sarah", "david")) {
        app.agreements()
            .sign(
                app.accounts().byUsername(username).orElseThrow(),
                new Terms(true, true, false, 0, true));
      }
      app.diarizeUploads(SpeakerModelFolder.resolve(null));
      Path sample = Sample.video();
      String id =
          app.pipeline()
              .queue(
                  new IngestRequest(
                      List.of(
                          IngestRequest.Input.upload(
                              "session.mp4", target -> Files.copy(sample, target))),
                      "mentoring",
                      "Weekly check-in",
                      LocalDate.of(2026, 11, 30),
                      Consent.confirmedBy(
                          app.accounts().byUsername("sarah").orElseThrow().id(), true),
                      List.of(),
                      false))
              .id();
      app.jobs().start();
      awaitReady(app, id);
      Set<String> speakers =
          app.library().transcript(id).words().stream()
              .map(Word::speaker)
              .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(Set.of("Speaker 1", "Speaker 2"), speakers, "two voices, as a pair expects");

      Javalin web =
          WebApp.create(app.webServices(), WebConfig.defaults(data)).start("127.0.0.1", 0);
      WebDriver browser = Chromium.open(1280, 900);
      try {
        String base = "http://127.0.0.1:" + web.port();
        browser.get(base + "/login");
        Chromium.submitSignIn(browser, "sarah", PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // The page loads again after a rename: elements of the old one go stale meanwhile.
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        browser.get(base + "/recordings/" + id);

        List<WebElement> rows = browser.findElements(By.cssSelector("#speakers li.talk"));
        assertEquals(2, rows.size());
        int shares = 0;
        for (WebElement row : rows) {
          String share = row.findElement(By.className("talk-share")).getText();
          assertTrue(share.matches("\\d{1,3}% · .+"), share);
          shares += Integer.parseInt(share.substring(0, share.indexOf('%')));
        }
        assertTrue(shares >= 99 && shares <= 101, "the shares add up to the whole: " + shares);
        assertTrue(speakerLabels(browser).contains("Speaker 1"));

        WebElement form =
            browser.findElement(By.cssSelector("form.rename-speaker[data-speaker='Speaker 1']"));
        WebElement name = form.findElement(By.name("name"));
        name.clear();
        name.sendKeys("Sarah Miller");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> speakerLabels(d).contains("Sarah Miller"));
        Set<String> shown = speakerLabels(browser);
        assertEquals(Set.of("Sarah Miller", "Speaker 2"), shown);

        // One click on the other member's name fixes the other label.
        browser
            .findElement(
                By.cssSelector(
                    "form.rename-speaker[data-speaker='Speaker 2'] button[data-name='David Brown']"))
            .click();
        wait.until(d -> speakerLabels(d).equals(Set.of("Sarah Miller", "David Brown")));
        assertTrue(
            app.library().transcript(id).words().stream()
                .allMatch(w -> Set.of("Sarah Miller", "David Brown").contains(w.speaker())));
        assertEquals(2, app.voices().known("mentoring").size(), "both voices were learned");
      } finally {
        browser.quit();
        web.stop();
      }
    }
  }

  private static Set<String> speakerLabels(WebDriver browser) {
    return browser.findElements(By.cssSelector("#transcript .seg .speaker")).stream()
        .map(WebElement::getText)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static void awaitReady(Hindsight app, String id) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline) {
      Recording r = app.library().get(id);
      if (r.status() == Recording.Status.READY) {
        return;
      }
      if (r.status() == Recording.Status.FAILED) {
        throw new AssertionError("processing failed: " + r.error());
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the sample was never ready");
  }
}
