package io.hindsight.testing;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its own ChromeDriver, named both, so Selenium downloads
 * nothing. Each browser has its own new profile: no cookies or storage of another.
 */
public final class Chromium {

  private Chromium() {}

  /** A browser whose window is {@code width} × {@code height}, which may play media unprompted. */
  public static ChromeDriver open(int width, int height) {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    ChromeOptions options =
        new ChromeOptions()
            .setBinary("/usr/bin/chromium")
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                // Without it Chromium calls home at start, and this machine's network refuses.
                "--disable-background-networking",
                "--mute-audio",
                "--autoplay-policy=no-user-gesture-required",
                "--window-size=" + width + "," + height);
    return new ChromeDriver(service, options);
  }

  /** Fills the sign-in form of the page {@code browser} shows, and submits it. */
  public static void submitSignIn(WebDriver browser, String username, String password) {
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
  }
}
