package io.hindsight.web.view;

import java.util.List;

/**
 * Who spoke how much in one recording, and how to rename them.
 *
 * @param recording the recording's id
 * @param talk one row per speaker, the most talkative first
 * @param members the names of the pair's members, offered as one-click names
 */
public record SpeakersView(String recording, List<Talk> talk, List<String> members) {

  /**
   * @param spoken how long they spoke, e.g. "3 min 5 s"
   * @param percent their share of all the speech, 0 to 100
   * @param guess how sure a name taken from a voice print is, in words; null if a person gave it
   */
  public record Talk(String name, String spoken, int percent, String guess) {}
}
