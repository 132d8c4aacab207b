package io.hindsight.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Saves a browser test's screenshots for docs/ when run with {@code -Dhindsight.screenshots=DIR}.
 */
public final class Screenshots {

  private Screenshots() {}

  /** The page from its top as {@code name}.png, or nothing when no folder was asked for. */
  public static void save(WebDriver browser, String name) throws IOException {
    if (folder() != null) {
      ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
      saveAsIs(browser, name);
    }
  }

  /** What the browser shows now, scrolled wherever it is. */
  public static void saveAsIs(WebDriver browser, String name) throws IOException {
    String dir = folder();
    if (dir == null) {
      return;
    }
    Path target = Path.of(dir).resolve(name + ".png");
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private static String folder() {
    String dir = System.getProperty("hindsight.screenshots");
    return dir == null || dir.isBlank() ? null : dir;
  }
}
