package io.hindsight.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hindsight.excerpt.Excerpt;
import io.hindsight.excerpt.ExcerptContent;
import io.hindsight.excerpt.PublishBlock;
import io.hindsight.media.ClipRequest;
import io.hindsight.media.TimeSpan;
import io.hindsight.transcribe.Word;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An excerpt as its pair's members see it in the API. A revoked excerpt whose recording is gone has
 * no words left to show.
 *
 * @param redactions the sound covered, in seconds of the recording
 * @param words the excerpt's words with their index (what PATCH's redactIndexes names)
 * @param publishBlocked why Publish would be refused now; absent when it would succeed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ExcerptJson(
    String id,
    String recordingId,
    String title,
    String context,
    double startSeconds,
    double endSeconds,
    int version,
    String status,
    boolean bleep,
    String redactedText,
    List<TimeSpan> redactions,
    List<WordJson> words,
    List<Excerpt.Approval> approvals,
    String url,
    Instant expiresAt,
    long views,
    Instant createdAt,
    PublishBlock publishBlocked) {

  record WordJson(
      int i, String word, double start, double end, boolean redacted, boolean suggested) {}

  static ExcerptJson of(Excerpt e) {
    return of(e, null);
  }

  static ExcerptJson of(ExcerptContent content) {
    return of(content.excerpt(), content);
  }

  private static ExcerptJson of(Excerpt e, ExcerptContent content) {
    List<WordJson> words = null;
    if (content != null) {
      words = new ArrayList<>();
      List<Word> all = content.redaction().words();
      for (int i = 0; i < all.size(); i++) {
        Word w = all.get(i);
        words.add(
            new WordJson(
                i,
                w.word(),
                w.start(),
                w.end(),
                e.redacted().contains(i),
                content.suggested().contains(i)));
      }
    }
    return new ExcerptJson(
        e.id(),
        e.recordingId(),
        e.title(),
        e.context(),
        e.range().start(),
        e.range().end(),
        e.version(),
        e.status().label(),
        e.cover() == ClipRequest.Cover.BLEEP,
        content == null ? null : content.redaction().text(),
        content == null ? null : content.redaction().spans(),
        words,
        e.approvals(),
        e.status() == Excerpt.Status.PUBLISHED ? e.url() : null,
        e.expiresAt(),
        e.views(),
        e.createdAt(),
        content == null ? null : content.publishBlock());
  }
}
