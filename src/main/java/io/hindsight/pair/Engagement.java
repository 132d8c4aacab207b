package io.hindsight.pair;

import io.hindsight.HindsightException;
import java.util.ArrayList;
import java.util.List;

/**
 * The pair's rules of engagement, each optional: how often they meet, through which media, how soon
 * they expect a reply, and the time limits they respect. Signed and versioned with the other terms.
 *
 * @param cadenceDays meet every this many days, or null
 * @param media "video, phone", free text, or null
 * @param replyTime how soon a message gets an answer, as they put it ("within 2 days"), or null
 * @param timeLimits "no calls after 18:00 my time", or null
 */
public record Engagement(Integer cadenceDays, String media, String replyTime, String timeLimits) {

  public static final Engagement NONE = new Engagement(null, null, null, null);
  public static final int MAX_CADENCE_DAYS = 365;
  public static final int MAX_TEXT = 200;

  public Engagement {
    if (cadenceDays != null && (cadenceDays < 1 || cadenceDays > MAX_CADENCE_DAYS)) {
      throw HindsightException.badInput(
          "the meeting cadence is a number of days from 1 to "
              + MAX_CADENCE_DAYS
              + ", or empty for none");
    }
    media = text("preferred media", media);
    replyTime = text("expected reply time", replyTime);
    timeLimits = text("time limits", timeLimits);
  }

  public boolean isEmpty() {
    return equals(NONE);
  }

  /** The rules in words, one a line, for the pages: "Meet every 14 days". */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    if (cadenceDays != null) {
      lines.add("Meet " + every(cadenceDays));
    }
    if (media != null) {
      lines.add("Preferred media: " + media);
    }
    if (replyTime != null) {
      lines.add("Replies to messages: " + replyTime);
    }
    if (timeLimits != null) {
      lines.add("Time limits: " + timeLimits);
    }
    return lines;
  }

  /** "every day", "every 14 days". */
  public static String every(int days) {
    return days == 1 ? "every day" : "every " + days + " days";
  }

  private static String text(String what, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > MAX_TEXT) {
      throw HindsightException.badInput(
          what + " is too long (" + MAX_TEXT + " characters at most)");
    }
    return stripped;
  }
}
