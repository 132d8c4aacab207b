package io.hindsight.recording;

import io.hindsight.HindsightException;
import java.util.List;

/**
 * Who vouches that the people in a recording agreed to it. {@link IngestPipeline} checks it against
 * the pair's agreement, the same way for the command line and the web app.
 *
 * @param names the people who agreed; empty when they are the members who signed the agreement
 * @param uploadedBy the member who uploaded it; null for an operator's ingest
 */
public record Consent(List<String> names, String uploadedBy) {

  /** What an operator's ingest of a pair with no agreement is taken to allow. */
  public static final String DEFAULT_SCOPE = "record,transcribe,search";

  public Consent {
    names = List.copyOf(names);
  }

  /**
   * The operator names the people in the recording who agreed (the command line's {@code
   * --consent}).
   *
   * @throws HindsightException NO_CONSENT when nobody is named
   */
  public static Consent named(List<String> names) {
    List<String> named = names.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (named.isEmpty()) {
      throw new HindsightException(
          HindsightException.Kind.NO_CONSENT,
          "no consent given: a recording is processed only when the people in it agreed;"
              + " name them with --consent \"NAME[,NAME...]\"");
    }
    return new Consent(named, null);
  }

  /**
   * A member uploads under the pair's agreement and confirms that both took part knowingly.
   *
   * @throws HindsightException BAD_INPUT when the member did not confirm it
   */
  public static Consent confirmedBy(String userId, boolean confirmed) {
    if (!confirmed) {
      throw HindsightException.badInput(
          "confirm that both of you took part knowingly and agreed to this recording"
              + " (consentConfirmed=true)");
    }
    return new Consent(List.of(), userId);
  }
}
