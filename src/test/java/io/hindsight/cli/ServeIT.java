package io.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.testing.JarRunner;
import io.hindsight.testing.Sample;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --demo} and {@code user add} as people run them: the built jar, its output. */
class ServeIT {

  private static final Pattern READY =
      Pattern.compile("ready at (http://\\S+) \\(started in ([0-9.]+) s\\)");
  private static final Pattern LOGIN =
      Pattern.compile("^\\s+(\\w+)\\s+\\((\\w+)\\)\\s+password: (\\S+)$");

  @TempDir Path work;

  @Test
  void serveDemoPrintsWorkingPasswordsAndQueuesTheSample() throws Exception {
    List<String> command =
        List.of(
            "java",
            "-jar",
            JarRunner.jar().toString(),
            "--data",
            work.resolve("data").toString(),
            "serve",
            "--demo",
            "--port",
            "0",
            "--sample",
            Sample.video().toString());
    Process server =
        new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      String base = null;
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
        Matcher ready = READY.matcher(line);
        if (ready.find()) {
          base = ready.group(1);
          System.out.println("serve --demo reported start-up in " + ready.group(2) + " s");
          break;
        }
      }
      assertTrue(base != null, "never ready: " + lines);
      Map<String, String> passwords = new java.util.HashMap<>();
      for (String line : lines) {
        Matcher login = LOGIN.matcher(line);
        if (login.find()) {
          passwords.put(login.group(1), login.group(3));
        }
      }
      assertEquals(3, passwords.size(), lines.toString());

      HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
      HttpResponse<String> login =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/login"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"username\":\"david\",\"password\":\""
                              + passwords.get("david")
                              + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, login.statusCode(), login.body());
      ObjectMapper json = new ObjectMapper();
      JsonNode agreement = json.readTree(get(http, base + "/api/agreement"));
      assertEquals("in-force", agreement.get("status").asText());
      JsonNode recordings = json.readTree(get(http, base + "/api/recordings"));
      assertEquals(1, recordings.size());
      assertEquals("video/mp4", recordings.get(0).get("mediaType").asText());
      assertTrue(get(http, base + "/").contains("Weekly check-in"));
    } finally {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  @Test
  void userAddReadsThePasswordFromStdinAndRefusesWeakOnesAndDuplicates() throws Exception {
    JarRunner jar = new JarRunner(work, Map.of("HINDSIGHT_DATA", work.resolve("data").toString()));
    JarRunner.Result added =
        jar.runWithInput(
            "a sturdy password\n",
            "user",
            "add",
            "--username",
            "ann",
            "--name",
            "Ann Lee",
            "--pair",
            "p1",
            "--role",
            "mentor",
            "--password-stdin");
    assertEquals(0, added.exitCode(), added.stderr());
    assertEquals("Added mentor ann (Ann Lee) to pair p1", added.lastLine());

    JarRunner.Result weak =
        jar.runWithInput(
            "short\n",
            "user",
            "add",
            "--username",
            "ben",
            "--name",
            "Ben",
            "--pair",
            "p1",
            "--role",
            "mentee",
            "--password-stdin");
    assertEquals(2, weak.exitCode());
    assertTrue(weak.stderr().contains("at least 10 characters"), weak.stderr());

    JarRunner.Result second =
        jar.run(
            "user", "add", "--username", "cy", "--name", "Cy", "--pair", "p1", "--role", "mentor");
    assertEquals(1, second.exitCode());
    assertTrue(second.stderr().contains("pair p1 already has a mentor: Ann Lee"), second.stderr());

    JarRunner.Result adminInAPair =
        jar.run(
            "user",
            "add",
            "--username",
            "boss",
            "--name",
            "Boss",
            "--pair",
            "p1",
            "--role",
            "admin");
    assertEquals(2, adminInAPair.exitCode());
    assertTrue(
        adminInAPair.stderr().contains("an admin belongs to no pair"), adminInAPair.stderr());

    JarRunner.Result admin =
        jar.run("user", "add", "--username", "root", "--name", "Root", "--role", "admin");
    assertEquals(0, admin.exitCode(), admin.stderr());
    assertTrue(admin.stdout().contains("Password: "), "a generated password is printed");
  }

  private static String get(HttpClient http, String url) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
