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
 * @param createdBy the member who made it; null when made with the command line
 * @param cut what the members see and approve: the current version
 * @param link where it is on its way to viewers
 * @param approvals who approved the current version
 */
public record Excerpt(
    String id,
    String recordingId,
    String pair,
    String createdBy,
    Instant createdAt,
    Cut cut,
    Link link,
    List<Approval> approvals) {

  public Excerpt {
    approvals = List.copyOf(approvals);
  }

  /**
   * One version of the excerpt: any edit makes a new one and clears the approvals.
   *
   * @param range the excerpt, in seconds of the recording
   * @param redacted indexes into the excerpt's words ({@link Redaction#wordsIn}) to hide
   * @param version counts edits; approvals are for one version only
   */
  public record Cut(
      String title,
      String context,
      TimeSpan range,
      SortedSet<Integer> redacted,
      ClipRequest.Cover cover,
      int version) {

    public Cut {
      redacted = Collections.unmodifiableSortedSet(new TreeSet<>(redacted));
    }

    Cut withVersion(int newVersion) {
      return new Cut(title, context, range, redacted, cover, newVersion);
    }
  }

  /**
   * @param token the share link's secret; null until published
   * @param clipFile the clip of the current version, once cut; null before
   */
  public record Link(
      Status status,
      String token,
      Instant publishedAt,
      Instant expiresAt,
      Instant revokedAt,
      long views,
      String clipFile) {

    static final Link NONE = new Link(Status.DRAFT, null, null, null, null, 0, null);
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

  /**
   * A member's approval of one version.
   *
   * @param name the member's full name, which is what the partner sees
   */
  public record Approval(String username, Instant approvedAt, String name) {}

  /** A new draft: version 1, bleeped, unapproved, unpublished. */
  static Excerpt draft(
      String id,
      String recordingId,
      String pair,
      String title,
      String context,
      TimeSpan range,
      SortedSet<Integer> redacted,
      String createdBy,
      Instant createdAt) {
    return new Excerpt(
        id,
        recordingId,
        pair,
        createdBy,
        createdAt,
        new Cut(title, context, range, redacted, ClipRequest.Cover.BLEEP, 1),
        Link.NONE,
        List.of());
  }

  /** Whether its link still works: published, not revoked and not past its expiry. */
  public boolean isLive(Instant now) {
    return status() == Status.PUBLISHED && (expiresAt() == null || now.isBefore(expiresAt()));
  }

  /** Who of {@code usernames} has not approved the current version yet. */
  List<String> notApprovedBy(List<String> usernames) {
    return usernames.stream()
        .filter(u -> approvals.stream().noneMatch(a -> a.username().equals(u)))
        .toList();
  }

  /** The link's path, once published. */
  public String url() {
    return token() == null ? null : "/s/" + token();
  }

  /** This version with its link made and its clip cut; views start again from 0. */
  Excerpt published(String newToken, Instant now, Instant expires, String clip) {
    return withLink(new Link(Status.PUBLISHED, newToken, now, expires, null, 0, clip));
  }

  /**
   * Taken back for good, and all that is left is a tombstone: the token stays so that its link
   * answers 410 Gone, with the times; the title, context, range and redactions are forgotten.
   */
  Excerpt revoked(Instant now) {
    Link l = link;
    return new Excerpt(
        id,
        recordingId,
        pair,
        createdBy,
        createdAt,
        new Cut("", "", new TimeSpan(0, 0), new TreeSet<>(), cover(), version()),
        new Link(Status.REVOKED, l.token(), l.publishedAt(), l.expiresAt(), now, l.views(), null),
        approvals);
  }

  Excerpt withClip(String clip) {
    Link l = link;
    return withLink(
        new Link(
            l.status(), l.token(), l.publishedAt(), l.expiresAt(), l.revokedAt(), l.views(), clip));
  }

  /** An edit: the next version, with no approvals and no clip yet. */
  Excerpt edited(
      String newTitle,
      String newContext,
      SortedSet<Integer> newRedacted,
      ClipRequest.Cover newCover) {
    Link l = link;
    return new Excerpt(
        id,
        recordingId,
        pair,
        createdBy,
        createdAt,
        new Cut(newTitle, newContext, range(), newRedacted, newCover, version() + 1),
        new Link(
            l.status(), l.token(), l.publishedAt(), l.expiresAt(), l.revokedAt(), l.views(), null),
        List.of());
  }

  private Excerpt withLink(Link newLink) {
    return new Excerpt(id, recordingId, pair, createdBy, createdAt, cut, newLink, approvals);
  }

  public String title() {
    return cut.title();
  }

  public String context() {
    return cut.context();
  }

  public TimeSpan range() {
    return cut.range();
  }

  public SortedSet<Integer> redacted() {
    return cut.redacted();
  }

  public ClipRequest.Cover cover() {
    return cut.cover();
  }

  public int version() {
    return cut.version();
  }

  public Status status() {
    return link.status();
  }

  public String token() {
    return link.token();
  }

  public Instant publishedAt() {
    return link.publishedAt();
  }

  public Instant expiresAt() {
    return link.expiresAt();
  }

  public Instant revokedAt() {
    return link.revokedAt();
  }

  public long views() {
    return link.views();
  }

  public String clipFile() {
    return link.clipFile();
  }
}
