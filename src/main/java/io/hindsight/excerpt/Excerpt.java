package io.hindsight.excerpt;

import io.hindsight.media.ClipRequest;
import io.hindsight.media.TimeSpan;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A stretch of a recording that the pair means to share, with the words to hide.
 *
 * @param range the excerpt, in seconds of the recording
 * @param redacted indexes into the excerpt's words ({@link Redaction#wordsIn}) to hide
 * @param version counts edits; approvals are for one version only
 * @param approvals who approved the current {@code version}
 * @param createdBy the member who made it; null when made with the command line
 * @param token the share link's secret; null until published
 * @param clipFile the clip of the current version, once cut; null before
 */
public record Excerpt(
    String id,
    String recordingId,
    String pair,
    String title,
    String context,
    TimeSpan range,
    SortedSet<Integer> redacted,
    ClipRequest.Cover cover,
    int version,
    Status status,
    String createdBy,
    Instant createdAt,
    String token,
    Instant publishedAt,
    Instant expiresAt,
    Instant revokedAt,
    long views,
    String clipFile,
    List<Approval> approvals) {

  public Excerpt {
    redacted = Collections.unmodifiableSortedSet(new TreeSet<>(redacted));
    approvals = List.copyOf(approvals);
  }

  /** Where an excerpt is on its way to viewers. */
  public enum Status {
    DRAFT,
    PUBLISHED,
    REVOKED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Status parse(String label) {
      return valueOf(label.toUpperCase(Locale.ROOT));
    }
  }

  /** A member's approval of one version. */
  public record Approval(String username, Instant approvedAt) {}

  /** Whether its link still works: published, not revoked and not past its expiry. */
  public boolean isLive(Instant now) {
    return status == Status.PUBLISHED && (expiresAt == null || now.isBefore(expiresAt));
  }

  /** The link's path, once published. */
  public String url() {
    return token == null ? null : "/s/" + token;
  }

  /** This version with its link made and its clip cut; views start again from 0. */
  Excerpt published(String newToken, Instant now, Instant expires, String clip) {
    return with(Status.PUBLISHED, newToken, now, expires, null, 0, clip);
  }

  /** Taken back: the token stays so that its link answers 410 Gone; the clip is gone. */
  Excerpt revoked(Instant now) {
    return with(Status.REVOKED, token, publishedAt, expiresAt, now, views, null);
  }

  Excerpt withClip(String clip) {
    return with(status, token, publishedAt, expiresAt, revokedAt, views, clip);
  }

  private Excerpt with(
      Status newStatus,
      String newToken,
      Instant newPublishedAt,
      Instant newExpiresAt,
      Instant newRevokedAt,
      long newViews,
      String clip) {
    return new Excerpt(
        id,
        recordingId,
        pair,
        title,
        context,
        range,
        redacted,
        cover,
        version,
        newStatus,
        createdBy,
        createdAt,
        newToken,
        newPublishedAt,
        newExpiresAt,
        newRevokedAt,
        newViews,
        clip,
        approvals);
  }

  Excerpt withDraft(
      String newTitle,
      String newContext,
      SortedSet<Integer> newRedacted,
      ClipRequest.Cover newCover) {
    return new Excerpt(
        id,
        recordingId,
        pair,
        newTitle,
        newContext,
        range,
        newRedacted,
        newCover,
        version + 1,
        status,
        createdBy,
        createdAt,
        token,
        publishedAt,
        expiresAt,
        revokedAt,
        views,
        null,
        List.of());
  }
}
