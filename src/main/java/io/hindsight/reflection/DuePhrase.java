package io.hindsight.reflection;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When a promise is for, as people say it: "by friday", "next week", "before our next call". */
final class DuePhrase {

  private static final String DAY =
      "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today)";
  private static final String PERIOD = "(?:day|weekend|week|month|year|quarter|morning|afternoon)";
  private static final String MEETING = "(?:session|meeting|call|catch up|catchup|chat|one on one)";
  private static final String COUNT =
      "(?:a|an|one|two|three|four|five|six|seven|a few|a couple of|a couple|the next|couple of)";

  private static final Pattern WHEN =
      Pattern.compile(
          String.join(
              "|",
              "\\b(?:by|before|until|till|on|at|towards) (?:the )?end of (?:the |this |next )?"
                  + PERIOD,
              "\\b(?:by|before|until|till) (?:this |next |our next |the next )?"
                  + "(?:"
                  + DAY
                  + "|"
                  + PERIOD
                  + "|"
                  + MEETING
                  + "|noon|lunch|lunchtime|then|we meet|we speak|we talk)",
              "\\b(?:first thing )?(?:tomorrow|tonight|later today|today)"
                  + "(?: morning| afternoon| evening| night)?",
              "\\b(?:next|this) (?:" + DAY + "|" + PERIOD + "|time|" + MEETING + ")",
              "\\bon " + DAY,
              "\\b(?:over|at|during) the weekend",
              "\\b(?:the )?end of (?:the |this |next )?" + PERIOD,
              "\\b(?:in|within) " + COUNT + " (?:days?|weeks?|hours?|months?)",
              "\\b(?:right )?after (?:this|the|our) " + MEETING,
              "\\b(?:as soon as (?:possible|i can)|asap)",
              "\\b" + DAY + "\\b"));

  private DuePhrase() {}

  /** The time said from the action at {@code from} on, or null. */
  static String in(List<String> words, int from) {
    Matcher m = WHEN.matcher(Words.join(words, from, words.size()));
    return m.find() ? m.group().strip() : null;
  }
}
