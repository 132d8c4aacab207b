package io.hindsight.editing;

import io.hindsight.HindsightException;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Gives speakers new names ("Speaker 1" is "Sarah Miller") in every word and segment, checking the
 * whole request first so that a bad name changes nothing. Naming two labels alike merges them.
 */
final class SpeakerRename {

  static final int MAX_NAME = 100;
  static final String EXAMPLE = "{\"Speaker 1\": \"Sarah Miller\"}";

  private SpeakerRename() {}

  /** The renames that change something, stripped; refuses the request if any is bad. */
  static Map<String, String> check(Transcript transcript, Map<String, String> names) {
    if (names == null || names.isEmpty()) {
      throw HindsightException.badInput("say whom to rename, like " + EXAMPLE);
    }
    Set<String> speakers = speakers(transcript);
    if (speakers.isEmpty()) {
      throw HindsightException.badInput(
          "this recording has no speaker labels to rename (it was transcribed as one voice)");
    }
    Map<String, String> changes = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : names.entrySet()) {
      if (!speakers.contains(e.getKey())) {
        throw HindsightException.badInput(
            "there is no speaker \""
                + e.getKey()
                + "\" in this recording; its speakers are "
                + String.join(", ", speakers));
      }
      String name = e.getValue() == null ? "" : e.getValue().strip();
      if (name.isEmpty()) {
        throw HindsightException.badInput("give \"" + e.getKey() + "\" a name, like " + EXAMPLE);
      }
      if (name.length() > MAX_NAME) {
        throw HindsightException.badInput(
            "the name for \"" + e.getKey() + "\" is over " + MAX_NAME + " characters");
      }
      if (name.chars().anyMatch(Character::isISOControl)) {
        throw HindsightException.badInput("a speaker's name is one line of text");
      }
      if (!name.equals(e.getKey())) {
        changes.put(e.getKey(), name);
      }
    }
    if (changes.isEmpty()) {
      throw HindsightException.badInput("nothing to rename: those are the names already");
    }
    return changes;
  }

  static Transcript apply(Transcript transcript, Map<String, String> changes) {
    return transcript.withSpeakersRenamed(changes);
  }

  static String summary(Map<String, String> changes) {
    return "renamed "
        + String.join(
            ", ",
            changes.entrySet().stream().map(e -> e.getKey() + " to " + e.getValue()).toList());
  }

  private static Set<String> speakers(Transcript transcript) {
    Set<String> speakers = new LinkedHashSet<>();
    for (Word w : transcript.words()) {
      if (w.speaker() != null) {
        speakers.add(w.speaker());
      }
    }
    return speakers;
  }
}
