package io.hindsight.reflection;

import io.hindsight.Plural;
import io.hindsight.recording.Recording;
import io.hindsight.transcribe.Transcript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Measures one session's talk balance and questions from its transcript. */
final class TalkBalance {

  /** What an unlabelled recording's one entry is called. */
  static final String EVERYONE = "Everyone";

  private TalkBalance() {}

  static SessionBalance of(Recording recording, Transcript transcript) {
    List<Utterance> utterances = Utterances.of(transcript);
    boolean labelled = utterances.stream().anyMatch(u -> u.speaker() != null);
    Map<String, double[]> totals = new LinkedHashMap<>(); // seconds, longest stretch, questions
    String turnSpeaker = null;
    double turnStart = 0;
    for (Utterance u : utterances) {
      String name = labelled && u.speaker() != null ? u.speaker() : EVERYONE;
      double[] t = totals.computeIfAbsent(name, k -> new double[3]);
      t[0] += u.seconds();
      t[2] += QuestionRule.isQuestion(u.text()) ? 1 : 0;
      if (!Objects.equals(name, turnSpeaker)) {
        turnSpeaker = name;
        turnStart = u.start();
      }
      t[1] = Math.max(t[1], u.end() - turnStart);
    }
    double all = totals.values().stream().mapToDouble(t -> t[0]).sum();
    List<SessionBalance.Speaker> speakers = new ArrayList<>();
    totals.forEach(
        (name, t) ->
            speakers.add(
                new SessionBalance.Speaker(
                    name, round(t[0]), all == 0 ? 0 : round(t[0] / all), round(t[1]), (int) t[2])));
    return new SessionBalance(
        recording.id(),
        recording.title(),
        recording.recordedAt(),
        labelled,
        speakers,
        reading(labelled, speakers));
  }

  /** "David spoke 38% of the time; Sarah asked 11 questions." */
  static String reading(boolean labelled, List<SessionBalance.Speaker> speakers) {
    if (speakers.isEmpty()) {
      return "Nothing was said in this recording.";
    }
    if (!labelled) {
      int questions = speakers.stream().mapToInt(SessionBalance.Speaker::questions).sum();
      return "This recording does not say who spoke; "
          + Plural.count(questions, "question")
          + " were asked.";
    }
    SessionBalance.Speaker quieter =
        speakers.stream()
            .min(java.util.Comparator.comparingDouble(SessionBalance.Speaker::share))
            .orElseThrow();
    SessionBalance.Speaker asker =
        speakers.stream()
            .max(java.util.Comparator.comparingInt(SessionBalance.Speaker::questions))
            .orElseThrow();
    return String.format(
        Locale.ROOT,
        "%s spoke %d%% of the time; %s asked %s.",
        quieter.name(),
        Math.round(quieter.share() * 100),
        asker.name(),
        Plural.count(asker.questions(), "question"));
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
