package io.hindsight.pair;

import io.hindsight.HindsightException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a pair agreed to: the scopes of their consent.
 *
 * @param record sessions may be recorded and transcribed
 * @param searchable transcripts are kept searchable
 * @param shareExcerpts excerpts may be shared (each still needs both members' approval)
 * @param retentionDays recordings are deleted this many days after upload; 0 keeps them
 * @param engagement the rules of engagement, {@link Engagement#NONE} when none were agreed
 */
public record Terms(
    boolean record,
    boolean searchable,
    boolean shareExcerpts,
    int retentionDays,
    Engagement engagement) {

  public static final int MAX_RETENTION_DAYS = 36_500;

  /** What a new pair is offered: recording and search on, sharing off, kept until deleted. */
  public static final Terms PROPOSED = new Terms(true, true, false, 0);

  /** Terms without rules of engagement. */
  public Terms(boolean record, boolean searchable, boolean shareExcerpts, int retentionDays) {
    this(record, searchable, shareExcerpts, retentionDays, Engagement.NONE);
  }

  public Terms {
    engagement = engagement == null ? Engagement.NONE : engagement;
    if (retentionDays < 0 || retentionDays > MAX_RETENTION_DAYS) {
      throw HindsightException.badInput(
          "retentionDays must be between 0 (keep until deleted) and " + MAX_RETENTION_DAYS);
    }
  }

  /** The scope stored with each recording, e.g. "record,transcribe,search". */
  public String scope() {
    List<String> scopes = new ArrayList<>();
    if (record) {
      scopes.add("record");
      scopes.add("transcribe");
    }
    if (searchable) {
      scopes.add("search");
    }
    if (shareExcerpts) {
      scopes.add("share");
    }
    return String.join(",", scopes);
  }
}
