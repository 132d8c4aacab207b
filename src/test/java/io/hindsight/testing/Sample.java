package io.hindsight.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The committed sample session and its ground truth (see sample-media/README.md). */
public final class Sample {

  /** One scripted utterance and where it sits in the mix. */
  public record Utterance(String speaker, double start, double end, String text) {}

  private Sample() {}

  public static Path dir() {
    return Path.of(System.getProperty("hindsight.sampleDir", "sample-media")).toAbsolutePath();
  }

  public static Path video() {
    return dir().resolve("mentoring-session.mp4");
  }

  public static Path tracks() {
    return dir().resolve("mentoring-session-tracks.mka");
  }

  public static List<Utterance> utterances() throws IOException {
    JsonNode json = new ObjectMapper().readTree(dir().resolve("timings.json").toFile());
    List<Utterance> all = new ArrayList<>();
    for (JsonNode u : json) {
      all.add(
          new Utterance(
              u.get("speaker").asText(),
              u.get("start").asDouble(),
              u.get("end").asDouble(),
              u.get("text").asText()));
    }
    return all;
  }

  public static Utterance containing(String phrase) throws IOException {
    return utterances().stream()
        .filter(u -> normalize(u.text()).contains(phrase))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no utterance says " + phrase));
  }

  /** What the sample session says, as plain text. */
  public static Path reference() {
    return dir().resolve("reference.txt");
  }

  public static List<String> referenceWords() throws IOException {
    return List.of(Files.readString(reference()).strip().split("\\s+"));
  }

  public static String normalize(String text) {
    return text.toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9' ]", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
