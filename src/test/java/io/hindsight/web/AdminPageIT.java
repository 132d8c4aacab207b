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
import org.junit.jupiter.api.AfterEach;
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
 * The administrator's page in headless chromium, on SQLite and bcrypt with fakes at the media
 * seams: adding a member whose password is shown once and works, resetting a password, disabling
 * and removing people, and pairs shown by counts and states without titles, at desktop and phone
 * widths.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPageIT {

  static final String PASSWORD = "a long demo password";

  Path data;
  Hindsight app;
  Javalin web;
  String base;
  WebDriver browser;

  @BeforeAll
  void start() throws IOException {
    data = Files.createTempDirectory("hindsight-admin");
    app =
        new Hindsight(
            new HindsightConfig(data, null, 1, 1, 4),
            FakeMediaTools::new,
            FakeSpeechModel::sentence,
            FakeClips::new);
    add("sarah", "Sarah Miller", "mentoring", Role.MENTOR);
    add("david", "David Brown", "mentoring", Role.MENTEE);
    add("priya", "Priya Shah", "priya-tom", Role.MENTOR);
    add("tom", "Tom Ellis", "priya-tom", Role.MENTEE);
    add("root", "Ada Admin", null, Role.ADMIN);
    for (String username : List.of("sarah", "david")) {
      app.agreements()
          .sign(app.accounts().byUsername(username).orElseThrow(), new Terms(true, true, false, 0));
    }
    app.jobs().start();
    web = WebApp.create(app.webServices(), WebConfig.defaults(data)).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + web.port();
    ApiClient.signedIn(web.port(), "sarah", PASSWORD).uploadReady(6, "Sarah's private worries");
  }

  private void add(String username, String name, String pair, Role role) {
    app.accounts().add(username, name, pair, role, PASSWORD.toCharArray());
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

  @Test
  void theAdministratorAddsResetsDisablesAndRemovesPeople() throws IOException {
    browser = Chromium.open(1360, 900);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    // The page reloads itself after each change; a row found just before may be replaced.
    wait.ignoring(org.openqa.selenium.WebDriverException.class);
    signIn(browser, "root", PASSWORD);
    assertTrue(browser.getCurrentUrl().endsWith("/admin"), browser.getCurrentUrl());
    String pairs = browser.findElement(By.id("pairs")).getText();
    assertTrue(pairs.contains("1 recording: 1 ready"), pairs);
    assertTrue(pairs.contains("0 recordings"), pairs);
    assertTrue(pairs.contains("in force") && pairs.contains("not signed yet"), pairs);
    assertFalse(
        browser.findElement(By.tagName("main")).getText().contains("private worries"),
        "no titles for an administrator");

    // A new mentor for a new pair: the password is shown once, and it signs her in.
    browser.findElement(By.id("add-username")).sendKeys("maria");
    browser.findElement(By.id("add-name")).sendKeys("Maria <Garcia>");
    browser.findElement(By.id("add-pair")).sendKeys("maria-li");
    browser.findElement(By.id("add-button")).click();
    WebElement issued = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issued")));
    String password = browser.findElement(By.id("issued-password")).getText();
    assertEquals(20, password.length(), issued.getText());
    assertTrue(issued.getText().contains("Maria <Garcia> (maria)"), issued.getText());
    Screenshots.save(browser, "admin-password");
    assertFalse(
        browser.findElement(By.id("add-button")).isEnabled(), "one password at a time, until Done");
    browser.findElement(By.id("issued-done")).click();
    wait.until(ExpectedConditions.stalenessOf(issued));
    assertEquals("active", state("maria"));
    assertTrue(browser.findElement(By.id("pairs")).getText().contains("maria-li"));
    assertFalse(browser.getPageSource().contains(password), "shown once, then gone");
    WebDriver maria = Chromium.open(1024, 768);
    try {
      signIn(maria, "maria", password);
      assertEquals(base + "/", maria.getCurrentUrl());
    } finally {
      maria.quit();
    }

    // Tom's password is reset: a new one, shown once.
    act("tom", "password");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issued")));
    String tomsPassword = browser.findElement(By.id("issued-password")).getText();
    assertTrue(
        browser.findElement(By.id("issued-user")).getText().contains("Tom Ellis"),
        browser.findElement(By.id("issued-user")).getText());
    browser.findElement(By.id("issued-done")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("issued")));

    // David is disabled, then enabled; Priya is removed for good.
    act("david", "disable");
    wait.until(d -> state("david").equals("disabled"));
    assertTrue(
        browser.findElement(By.id("pairs")).getText().contains("David Brown (mentee, disabled)"));
    act("priya", "remove");
    wait.until(d -> state("priya").equals("removed"));
    assertTrue(
        row("priya").findElements(By.cssSelector("button")).isEmpty(), "removal is for good");
    assertFalse(browser.findElement(By.id("pairs")).getText().contains("Priya Shah"));
    assertTrue(
        browser
            .findElement(By.id("pairs"))
            .getText()
            .contains("Tom Ellis (mentee); needs a mentor"),
        browser.findElement(By.id("pairs")).getText());
    assertTrue(row("root").getText().contains("you"), "no buttons against oneself");
    assertTrue(row("root").findElements(By.cssSelector("button")).isEmpty());
    Screenshots.save(browser, "admin-people");

    WebDriver others = Chromium.open(1024, 768);
    try {
      others.get(base + "/login");
      Chromium.submitSignIn(others, "david", PASSWORD);
      new WebDriverWait(others, Duration.ofSeconds(10))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("[role=alert]"), "disabled"));
      signIn(others, "tom", tomsPassword);
    } finally {
      others.quit();
    }
    act("david", "enable");
    wait.until(d -> state("david").equals("active"));
  }

  @Test
  void onAPhoneTheAdminPageFitsTheScreen() throws IOException {
    ChromeDriver phone = Chromium.open(390, 844);
    // A desktop window is at least 500 px wide; a phone's viewport is emulated instead.
    phone.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    browser = phone;
    signIn(browser, "root", PASSWORD);
    // A phone's browser zooms the whole page out to fit anything wider than the screen.
    Number width =
        (Number)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                    "return Math.max(window.innerWidth, document.documentElement.scrollWidth)");
    assertEquals(390, width.intValue(), "the page fits the phone's width");
    assertTrue(browser.findElement(By.id("add-button")).isDisplayed());
    Screenshots.save(browser, "admin-phone");
  }

  /** Presses a row's button, accepting its confirmation (enabling asks none). */
  private void act(String username, String action) {
    row(username).findElement(By.cssSelector("button[data-action=" + action + "]")).click();
    if (!action.equals("enable")) {
      new WebDriverWait(browser, Duration.ofSeconds(5))
          .until(ExpectedConditions.alertIsPresent())
          .accept();
    }
  }

  private WebElement row(String username) {
    return browser.findElement(By.cssSelector("#people tr[data-username='" + username + "']"));
  }

  private String state(String username) {
    return row(username).getAttribute("data-state");
  }

  private void signIn(WebDriver driver, String username, String password) {
    driver.get(base + "/login");
    Chromium.submitSignIn(driver, username, password);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
  }
}
