package io.hindsight.voice;

import io.hindsight.pair.User;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which unnamed voices of a recording are which member, by their prints. */
final class Matcher {

  private Matcher() {}

  private record Pairing(String label, User member, double similarity, double margin) {}

  /**
   * Labels that are already a member's name are left alone, and each member names one voice at
   * most: the best-matching pairings are taken first.
   *
   * @return label to the member's name and the similarity, for the voices recognized
   */
  static Map<String, VoicePrints.Guess> guess(
      Map<String, Voice> heard, Map<String, Voice> prints, Map<String, User> membersByName) {
    List<Pairing> pairings = new ArrayList<>();
    for (Map.Entry<String, Voice> e : heard.entrySet()) {
      if (membersByName.containsKey(e.getKey())) {
        continue;
      }
      for (User member : membersByName.values()) {
        Voice print = prints.get(member.id());
        if (print == null || heard.containsKey(member.name())) {
          continue;
        }
        double similarity = e.getValue().similarity(print);
        double other = Double.NEGATIVE_INFINITY;
        for (User rival : membersByName.values()) {
          if (rival != member && prints.containsKey(rival.id())) {
            other = Math.max(other, e.getValue().similarity(prints.get(rival.id())));
          }
        }
        pairings.add(new Pairing(e.getKey(), member, similarity, similarity - other));
      }
    }
    pairings.sort(Comparator.comparingDouble(Pairing::similarity).reversed());
    Map<String, VoicePrints.Guess> guesses = new HashMap<>();
    Set<String> named = new HashSet<>();
    for (Pairing p : pairings) {
      if (p.similarity() < VoicePrints.MIN_SIMILARITY
          || p.margin() < VoicePrints.MIN_MARGIN
          || guesses.containsKey(p.label())
          || !named.add(p.member().id())) {
        continue;
      }
      guesses.put(p.label(), new VoicePrints.Guess(p.member().name(), p.similarity()));
    }
    return guesses;
  }
}
