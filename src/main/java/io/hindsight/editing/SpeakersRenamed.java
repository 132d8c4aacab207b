package io.hindsight.editing;

import io.hindsight.pair.User;
import io.hindsight.recording.Recording;
import java.util.Map;

/**
 * A member renamed speakers of a recording; voice prints learn from it when the pair allows.
 *
 * @param names old label to new name, only those that changed
 * @param author null for the command line
 */
public record SpeakersRenamed(Recording recording, Map<String, String> names, User author) {

  public SpeakersRenamed {
    names = Map.copyOf(names);
  }
}
