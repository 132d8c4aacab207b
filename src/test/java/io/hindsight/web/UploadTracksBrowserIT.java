package io.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.pair.Role;
import io.hindsight.pair.Terms;
import io.hindsight.recording.Recording;
import io.hindsight.testing.Chromium;
import io.hindsight.transcribe.SpeakerModelFolder;
import io.hindsight.transcribe.Word;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One file per participant, chosen together on the upload page in headless Chromium, with the real
 * ffmpeg and speech models: one recording comes of them, each file's words labelled with the name
 * of the file, and the members' voices are learned from their own tracks.
 */
class UploadTracksBrowserIT {

  static final String PASSWORD = "a long demo password";

  @TempDir Path work;

  private Path say(String voice, String text) throws IOException, InterruptedException {
    Path said = work.resolve(voice + ".wav");
    run("espeak-ng", "-v", voice, "-s", "150", "-w", said.toString(), text);
    return said;
  }

  private static double seconds(Path wav) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("soxi", "-D", wav.toString()).start();
    String out = new String(p.getInputStream().readAllBytes()).strip();
    assertEquals(0, p.waitFor(), out);
    return Double.parseDouble(out);
  }

  /** A participant's own track: their words at their times, silence while the other speaks. */
  private Path track(String name, Path said, double before, double after)
      throws IOException, InterruptedException {
    Path track = work.resolve(name + ".wav");
    run(
        "sox",
        said.toString(),
        "-r",
        "16000",
        "-c",
        "1",
        track.toString(),
        "pad",
        String.valueOf(before),
        String.valueOf(after));
    return track;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + said);
  }

  @Test
  void twoFilesInOneUploadMakeOneRecordingWithTwoSpeakers() throws Exception {
    String sarahSays = "thank you for coming today. how did the presentation go on monday";
    String davidSays = "it went well, although the questions at the end were harder than i thought";
    Path sarahSaid = say("en-us+f3", sarahSays);
    Path davidSaid = say("en-gb+m3", davidSays);
    // David starts a second after Sarah stops; both tracks last the whole session.
    double change = 0.3 + seconds(sarahSaid) + 0.5;
    Path sarah = track("Sarah Miller", sarahSaid, 0.3, 1 + seconds(davidSaid) + 0.3);
    Path david = track("David Brown", davidSaid, change + 0.5, 0.3);
    Path data = Files.createDirectories(work.resolve("data"));
    try (Hindsight app = new Hindsight(new HindsightConfig(data, null, 2, 1, 4))) {
      app.accounts().add("sarah", "Sarah Miller", "mentoring", Role.MENTOR, PASSWORD.toCharArray());
      app.accounts().add("david", "David Brown", "mentoring", Role.MENTEE, PASSWORD.toCharArray());
      for (String username : List.of("sarah", "david")) {
        app.agreements()
            .sign(
                app.accounts().byUsername(username).orElseThrow(),
                new Terms(true, true, false, 0, true));
      }
      // As serve does: mixed uploads are diarized, and named tracks teach the members' prints.
      app.diarizeUploads(SpeakerModelFolder.resolve(null));
      app.jobs().start();
      Javalin web =
          WebApp.create(app.webServices(), WebConfig.defaults(data)).start("127.0.0.1", 0);
      WebDriver browser = Chromium.open(1280, 900);
      try {
        String base = "http://127.0.0.1:" + web.port();
        browser.get(base + "/login");
        Chromium.submitSignIn(browser, "sarah", PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        browser.get(base + "/upload");

        // Selenium chooses several files for a "multiple" input as paths on separate lines.
        browser.findElement(By.id("media")).sendKeys(sarah + "\n" + david);
        String chosen = browser.findElement(By.id("chosen")).getText();
        assertTrue(
            chosen.contains("Sarah Miller.wav") && chosen.contains("David Brown.wav"), chosen);
        browser.findElement(By.id("title")).sendKeys("Two tracks");
        browser.findElement(By.id("consent")).click();
        browser.findElement(By.id("upload-button")).click();
        new WebDriverWait(browser, Duration.ofMinutes(5))
            .until(
                d ->
                    d.findElements(By.id("open-recording")).size() > 0
                        || !d.findElement(By.id("upload-error")).getText().isEmpty());
        assertEquals("", browser.findElement(By.id("upload-error")).getText());
        browser.findElement(By.id("open-recording")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("speakers")));

        List<Recording> all = app.library().list("mentoring");
        assertEquals(1, all.size(), "one recording of both files");
        Recording recording = all.get(0);
        assertEquals(2, recording.mediaFiles().size());
        Set<String> talk =
            browser.findElements(By.cssSelector("#speakers li.talk .speaker-name")).stream()
                .map(WebElement::getText)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("Sarah Miller", "David Brown"), talk);
        Set<String> labels =
            browser.findElements(By.cssSelector("#transcript .seg .speaker")).stream()
                .map(WebElement::getText)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("Sarah Miller", "David Brown"), labels);

        List<Word> words = app.library().transcript(recording.id()).words();
        for (Word w : words) {
          String expected = w.start() < change ? "Sarah Miller" : "David Brown";
          assertEquals(expected, w.speaker(), w.toString());
        }
        assertTrue(words.size() > 12, words.toString());
        assertEquals(2, app.voices().known("mentoring").size(), "each track taught its member");
      } finally {
        browser.quit();
        web.stop();
      }
    }
  }
}
