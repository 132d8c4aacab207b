package io.hindsight.pair;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;

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

  /** Recording and uploading are allowed right now. */
  public boolean allowsRecording() {
    return inForce && terms.record();
  }

  /** Excerpts may be shared right now. */
  public boolean allowsSharing() {
    return inForce && terms.shareExcerpts();
  }

  /** Transcripts may be searched: by the terms in force, or else the last terms both signed. */
  public boolean allowsSearch() {
    return effective == null || effective.searchable();
  }

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
