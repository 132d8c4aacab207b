package io.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.pair.Role;
import io.hindsight.testing.Chromium;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * After signing in, the login page follows its {@code next} link only within this site, in Debian's
 * headless chromium: a link that looks like a path to a script but leads elsewhere in a browser
 * ends on the home page instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginRedirectBrowserIT {

  static final String PASSWORD = "a long demo password";

  Path data;
  Hindsight app;
  Javalin web;
  WebDriver browser;
  String base;

  @BeforeAll
  void start() throws IOException {
    data = Files.createTempDirectory("hindsight-login-redirect");
    app = new Hindsight(new HindsightConfig(data, null, 1, 1, 4));
    app.accounts().add("sarah", "Sarah Miller", "mentoring", Role.MENTOR, PASSWORD.toCharArray());
    web = WebApp.create(app.webServices(), WebConfig.defaults(data)).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + web.port();
    browser = Chromium.open(1024, 768);
  }

  @AfterEach
  void signOut() {
    browser.manage().deleteAllCookies();
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
  void anEmptyFormSaysWhatToEnter() {
    browser.get(base + "/login");
    browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(b -> !b.findElement(By.id("login-error")).getText().isEmpty());
    assertEquals(
        "Enter your user name and password.", browser.findElement(By.id("login-error")).getText());
    assertEquals(base + "/login", browser.getCurrentUrl());
  }

  @ParameterizedTest(name = "next={0} lands on {1}")
  @CsvSource({
    "/%5Cevil.example/stolen, /",
    "/%09/evil.example/tab, /",
    "/%5C%5Cevil.example, /",
    "//evil.example, /",
    "https://evil.example/, /",
    "javascript:alert(1), /",
    "/agreement, /agreement",
    "/search?q=deadline, /search?q=deadline"
  })
  void signingInFollowsNextOnlyWithinThisSite(String next, String landing) {
    browser.get(base + "/login?next=" + next);
    Chromium.submitSignIn(browser, "sarah", PASSWORD);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(b -> !b.getCurrentUrl().startsWith(base + "/login"));
    assertEquals(base + landing, browser.getCurrentUrl());
  }
}
