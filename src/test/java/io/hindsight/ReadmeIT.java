package io.hindsight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.testing.JarRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the README true: its Quick start and every command it lists work with the built jar. */
class ReadmeIT {

  private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
  private static final String JAR = "java -jar target/hindsight.jar ";

  @TempDir Path work;

  private static String readme() throws Exception {
    return Files.readString(Path.of("README.md"));
  }

  private static String section(String text, String heading) {
    int start = text.indexOf("## " + heading);
    assertTrue(start >= 0, "README has a '" + heading + "' section");
    int end = text.indexOf("\n## ", start + 3);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  private static List<String> shBlocks(String text) {
    List<String> blocks = new ArrayList<>();
    Matcher m = SH_BLOCK.matcher(text);
    while (m.find()) {
      blocks.add(m.group(1).strip());
    }
    return blocks;
  }

  @Test
  void quickStartIsTwoCommandsAndCiRunsTheTestOne() throws Exception {
    List<String> blocks = shBlocks(section(readme(), "Quick start"));
    assertEquals(2, blocks.size(), "two commands: " + blocks);
    assertEquals(1, blocks.get(0).lines().count(), blocks.get(0));
    assertTrue(blocks.get(0).startsWith("mvn -q -B package -DskipTests && " + JAR), blocks.get(0));
    assertEquals("mvn -B verify", blocks.get(1));
    assertTrue(
        Files.readString(Path.of(".ci/run")).contains("\n" + blocks.get(1) + "\n"),
        ".ci/run calls it");
  }

  @Test
  void theMainCommandsOptionsExist() throws Exception {
    String main = shBlocks(section(readme(), "Quick start")).get(0);
    for (String part : main.split(" && ")) {
      if (!part.startsWith(JAR)) {
        continue;
      }
      List<String> args = shellWords(part.substring(JAR.length()));
      args.add("--help");
      JarRunner.Result help = new JarRunner(work, Map.of()).run(args.toArray(String[]::new));
      assertEquals(0, help.exitCode(), part + ": " + help.stderr());
    }
  }

  /** Splits like a shell does for plain words and double-quoted strings. */
  private static List<String> shellWords(String line) {
    List<String> words = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(line);
    while (m.find()) {
      words.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }
    return words;
  }

  @Test
  void everyListedCommandExists() throws Exception {
    String commands = section(readme(), "Commands");
    int start = commands.indexOf("```\n") + 4;
    String block = commands.substring(start, commands.indexOf("```", start));
    List<String> names = new ArrayList<>();
    for (String line : block.lines().skip(1).toList()) {
      String[] words = line.strip().split("\\s+");
      if (words.length == 0
          || words[0].isEmpty()
          || words[0].startsWith("[")
          || words[0].startsWith("-")) {
        continue;
      }
      List<String> command = new ArrayList<>();
      for (String w : words) {
        if (!w.matches("[a-z][a-z-]*")) {
          break;
        }
        command.add(w);
      }
      if (command.isEmpty()) {
        continue;
      }
      names.add(String.join(" ", command));
      command.add("--help");
      JarRunner.Result help = new JarRunner(work, Map.of()).run(command.toArray(String[]::new));
      assertEquals(0, help.exitCode(), String.join(" ", command) + ": " + help.stderr());
    }
    assertTrue(names.size() >= 9, "found " + names);
  }
}
