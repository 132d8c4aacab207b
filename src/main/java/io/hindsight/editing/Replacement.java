package io.hindsight.editing;

import io.hindsight.HindsightException;
import io.hindsight.transcribe.Segment;
import io.hindsight.transcribe.Transcript;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Find and replace across a transcript's segments, ignoring case, as segment edits.
 *
 * @param wholeWord match only where no letter or digit touches either end
 */
public record Replacement(String find, String with, Boolean wholeWord) {

  public Replacement {
    if (find == null || find.isBlank()) {
      throw HindsightException.badInput("say what to find: 'find' must not be empty");
    }
    if (find.length() > TranscriptEdits.MAX_TEXT
        || (with != null && with.length() > TranscriptEdits.MAX_TEXT)) {
      throw HindsightException.badInput(
          "'find' and 'with' must be at most " + TranscriptEdits.MAX_TEXT + " characters");
    }
    with = with == null ? "" : with;
  }

  private Pattern pattern() {
    String quoted = Pattern.quote(find.strip());
    String regex =
        Boolean.TRUE.equals(wholeWord)
            ? "(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])"
            : quoted;
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** How many times {@link #find} occurs in the transcript's segments. */
  public int count(Transcript transcript) {
    Pattern pattern = pattern();
    int count = 0;
    for (Segment segment : transcript.segments()) {
      Matcher m = pattern.matcher(segment.text());
      while (m.find()) {
        count++;
      }
    }
    return count;
  }

  /** One edit per segment the replacement changes. */
  List<SegmentEdit> edits(Transcript transcript) {
    Pattern pattern = pattern();
    List<SegmentEdit> edits = new ArrayList<>();
    List<Segment> segments = transcript.segments();
    for (int i = 0; i < segments.size(); i++) {
      String text = segments.get(i).text();
      String changed = pattern.matcher(text).replaceAll(Matcher.quoteReplacement(with));
      if (!changed.equals(text)) {
        edits.add(SegmentEdit.text(i, changed));
      }
    }
    return edits;
  }

  String summary(int count) {
    return "replaced \""
        + find
        + "\" with \""
        + with
        + "\" ("
        + count
        + (count == 1 ? " time)" : " times)");
  }
}
