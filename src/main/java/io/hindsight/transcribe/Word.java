package io.hindsight.transcribe;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One recognized word.
 *
 * @param start seconds from the start of the recording
 * @param end seconds from the start of the recording
 * @param conf the recognizer's confidence, 0..1
 * @param speaker who said it, when the recording had one track per person; otherwise null
 * @param edited whether a person typed it (then {@code conf} is 1) rather than the recognizer
 * @param display how it reads on the page, in captions and exports ("I'm", "Sarah", "deadline."),
 *     only where that differs from {@code word}; computed for showing, never stored
 * @param alternatives other words the recognizer almost heard here, most likely first; search finds
 *     them too. Empty for a typed word and in files written before they were kept.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Word(
    String word,
    double start,
    double end,
    double conf,
    String speaker,
    boolean edited,
    String display,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Alternative> alternatives) {

  public Word {
    alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
  }

  /** A recognized word. */
  public Word(String word, double start, double end, double conf, String speaker) {
    this(word, start, end, conf, speaker, false);
  }

  public Word(String word, double start, double end, double conf, String speaker, boolean edited) {
    this(word, start, end, conf, speaker, edited, null, List.of());
  }

  /** A recognized word with what the recognizer almost heard instead. */
  public Word(
      String word,
      double start,
      double end,
      double conf,
      String speaker,
      boolean edited,
      List<Alternative> alternatives) {
    this(word, start, end, conf, speaker, edited, null, alternatives);
  }

  public Word shiftedBy(double seconds) {
    return new Word(
        word, start + seconds, end + seconds, conf, speaker, edited, display, alternatives);
  }

  public Word spokenBy(String who) {
    return new Word(word, start, end, conf, who, edited, display, alternatives);
  }

  /** With this display form; none when it is the word itself. */
  public Word displayedAs(String form) {
    return new Word(
        word, start, end, conf, speaker, edited, word.equals(form) ? null : form, alternatives);
  }

  /** The text to show: the display form where there is one, else the word. */
  public String shown() {
    return display == null ? word : display;
  }
}
