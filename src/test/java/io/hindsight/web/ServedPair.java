package io.hindsight.web;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.job.ProgressListener;
import io.hindsight.pair.Role;
import io.hindsight.pair.Terms;
import io.hindsight.recording.Consent;
import io.hindsight.recording.IngestRequest;
import io.hindsight.testing.Chromium;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real Hindsight (ffmpeg, Vosk, SQLite, Lucene) that browser tests drive: Sarah (mentor) and
 * David (mentee) of the pair {@value #PAIR}, who signed the usual terms, with recordings ingested
 * through the real pipeline and the web app served on a free port.
 */
final class ServedPair implements AutoCloseable {

  static final String PASSWORD = "a long demo password";
  static final String PAIR = "mentoring";

  final Path data;
  final Hindsight app;
  private Javalin web;
  private String base;

  ServedPair(String name) throws IOException {
    data = Files.createTempDirectory("hindsight-" + name);
    app = new Hindsight(new HindsightConfig(data, null, 2, 1, 4));
    app.accounts().add("sarah", "Sarah Miller", PAIR, Role.MENTOR, PASSWORD.toCharArray());
    app.accounts().add("david", "David Brown", PAIR, Role.MENTEE, PASSWORD.toCharArray());
    for (String username : List.of("sarah", "david")) {
      app.agreements()
          .sign(app.accounts().byUsername(username).orElseThrow(), new Terms(true, true, false, 0));
    }
    app.preloadSpeech();
  }

  /** Ingests {@code file} with both members' consent, at once; returns the recording's id. */
  String ingest(Path file, String title, LocalDate day) throws IOException {
    return app.pipeline()
        .ingest(
            new IngestRequest(
                IngestRequest.Input.files(List.of(file)),
                PAIR,
                title,
                day,
                Consent.named(List.of("Sarah Miller", "David Brown")),
                List.of(),
                false),
            ProgressListener.NONE)
        .id();
  }

  /** Starts the job workers and the web app. */
  ServedPair serve() {
    app.jobs().start();
    web = WebApp.create(app.webServices(), WebConfig.defaults(data)).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + web.port();
    return this;
  }

  String url(String path) {
    return base + path;
  }

  /** A new headless Chromium, signed in as {@code username}. */
  WebDriver signIn(String username, int width, int height) {
    WebDriver browser = Chromium.open(width, height);
    browser.get(url("/login"));
    Chromium.submitSignIn(browser, username, PASSWORD);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    return browser;
  }

  static Object js(WebDriver browser, String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  /** Waits up to 30 s for {@code script} to return something other than null or false. */
  static Object waitFor(WebDriver browser, String script) {
    return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> js(browser, script));
  }

  @Override
  public void close() {
    if (web != null) {
      web.stop();
    }
    app.close();
  }
}
