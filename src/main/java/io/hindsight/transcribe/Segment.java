package io.hindsight.transcribe;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A short utterance: the unit of search hits and captions.
 *
 * @param display its words' display forms joined, only where that differs from {@code text};
 *     computed for showing, never stored
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Segment(double start, double end, String text, String speaker, String display) {

  public Segment(double start, double end, String text, String speaker) {
    this(start, end, text, speaker, null);
  }

  /** With this display form; none when it is the text itself. */
  public Segment displayedAs(String form) {
    return new Segment(start, end, text, speaker, text.equals(form) ? null : form);
  }

  /** The text to show: the display form where there is one, else the text. */
  public String shown() {
    return display == null ? text : display;
  }
}
