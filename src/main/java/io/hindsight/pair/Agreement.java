package io.hindsight.pair;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A pair's agreement as its members see it: the latest version, its terms, and where each member
 * stands on it.
 *
 * @param version the latest version; 0 while nobody has proposed one
 * @param status none, awaiting-signatures, in-force or withdrawn
 * @param effective the terms of the latest version both members signed (withdrawn or not); they
 *     still govern search and retention of what was recorded under them. Null if there is none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Agreement(
    String pair,
    int version,
    @JsonUnwrapped Terms terms,
    String status,
    boolean inForce,
    Instant inForceSince,
    List<MemberSignature> members,
    @JsonIgnore Terms effective) {

  public static final String NONE = "none";
  public static final String AWAITING = "awaiting-signatures";
  public static final String IN_FORCE = "in-force";
  public static final String WITHDRAWN = "withdrawn";

  public Agreement {
    members = List.copyOf(members);
  }

  /** What a pair does with its recordings that its agreement governs. */
  public enum Use {
    UPLOAD("uploading and transcribing new recordings"),
    PLAYBACK("playing recordings and reading their transcripts and captions"),
    SEARCH("searching transcripts"),
    DRAFT_EXCERPTS("drafting excerpts"),
    SHARE_EXCERPTS("sharing excerpts");

    private final String description;

    Use(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** What stays while consent is withdrawn: pausing is not deleting. */
  public static final List<String> KEPT_WHILE_WITHDRAWN =
      List.of(
          "the recordings, their transcripts and notes stay stored until one of you deletes them or"
              + " the retention period ends",
          "each of you still reads, writes and searches your own notes and those shared with you",
          "either of you can still delete a recording",
          "signing again resumes everything");

  /**
   * The one rule for what the pair may do now, which the web app and the command line both ask.
   * While a member has withdrawn, everything the agreement covers pauses for both of them; a pair
   * that never signed one (recordings ingested on the command line with their consent) is governed
   * by that consent alone.
   */
  public boolean allows(Use use) {
    boolean withdrawn = WITHDRAWN.equals(status);
    return switch (use) {
      case UPLOAD -> inForce && terms.record();
      case SHARE_EXCERPTS -> inForce && terms.shareExcerpts();
      case PLAYBACK, DRAFT_EXCERPTS -> !withdrawn;
      // By the terms in force, or else the last terms both signed.
      case SEARCH -> !withdrawn && (effective == null || effective.searchable());
    };
  }

  /** The rules of engagement both signed, or else the latest proposed ones. */
  @JsonIgnore
  public Engagement rulesOfEngagement() {
    return (effective != null ? effective : terms).engagement();
  }

  /** Recording and uploading are allowed right now. */
  public boolean allowsRecording() {
    return allows(Use.UPLOAD);
  }

  /** Excerpts may be shared right now. */
  public boolean allowsSharing() {
    return allows(Use.SHARE_EXCERPTS);
  }

  /** Transcripts may be searched now. */
  public boolean allowsSearch() {
    return allows(Use.SEARCH);
  }

  /**
   * What withdrawal has paused and what it keeps, for the banner that says so; empty unless a
   * member has withdrawn.
   */
  public Optional<Pause> pause() {
    if (!WITHDRAWN.equals(status)) {
      return Optional.empty();
    }
    List<String> paused =
        Arrays.stream(Use.values()).filter(u -> !allows(u)).map(Use::description).toList();
    List<String> withdrew =
        members.stream().filter(m -> m.withdrawnAt() != null).map(MemberSignature::name).toList();
    return Optional.of(new Pause(withdrew, paused, KEPT_WHILE_WITHDRAWN));
  }

  /** {@link #pause()} in the API's agreement: {@code "pause"} is there only while withdrawn. */
  @JsonProperty("pause")
  Pause pauseOrNull() {
    return pause().orElse(null);
  }

  /**
   * @param withdrawnBy the names of the members who withdrew
   * @param paused what stops until both sign again, in words
   * @param kept what withdrawal leaves as it is, in words
   */
  public record Pause(List<String> withdrawnBy, List<String> paused, List<String> kept) {}

  /**
   * Where one member stands on the latest version.
   *
   * @param signedAt when they signed it; null if they have not
   * @param withdrawnAt when they withdrew their consent to it; null if they have not
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MemberSignature(
      String username, String name, String role, Instant signedAt, Instant withdrawnAt) {

    public boolean signed() {
      return signedAt != null && withdrawnAt == null;
    }
  }
}
