package io.hindsight.excerpt;

import io.hindsight.HindsightException;
import io.hindsight.HindsightException.Kind;
import io.hindsight.Ids;
import io.hindsight.db.Database;
import io.hindsight.media.Clip;
import io.hindsight.media.ClipMaker;
import io.hindsight.media.ClipRequest;
import io.hindsight.media.TimeSpan;
import io.hindsight.pair.Accounts;
import io.hindsight.pair.Agreement;
import io.hindsight.pair.Agreements;
import io.hindsight.pair.User;
import io.hindsight.recording.Library;
import io.hindsight.recording.Recording;
import io.hindsight.transcribe.Word;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Shared excerpts: a member drafts one, both members approve the same version, it is published as a
 * link with an expiry, and either member can revoke it. Nothing leaves the pair that both did not
 * see and approve: any edit makes a new version and clears the approvals, and losing the sharing
 * consent or the recording revokes every excerpt of it.
 */
public final class Excerpts {

  public static final Duration DEFAULT_EXPIRY = Duration.ofDays(30);

  /** What a member asks for when drafting. */
  public record Draft(
      String title,
      String context,
      double startSeconds,
      double endSeconds,
      List<String> redactWords,
      boolean keepSuggested) {}

  private final ExcerptRepository repository;
  private final Library library;
  private final Accounts accounts;
  private final Agreements agreements;
  private final PairRedactions redactions;
  private final ClipCache clips;
  private final ApprovedText approvedText;
  private final ExcerptLength length;

  /**
   * @param folder where clips are kept, one sub-folder per excerpt, apart from the recordings so
   *     that a clip's life follows its excerpt's
   */
  public Excerpts(
      Database db,
      Library library,
      Accounts accounts,
      Agreements agreements,
      Supplier<ClipMaker> clips,
      Path folder,
      ApprovedText approvedText) {
    this.approvedText = approvedText;
    this.repository = new ExcerptRepository(db);
    this.library = library;
    this.accounts = accounts;
    this.agreements = agreements;
    this.redactions = new PairRedactions(repository, accounts);
    this.clips = new ClipCache(library, clips, folder);
    this.length = new ExcerptLength(db);
  }

  /**
   * Drafts an excerpt of a ready recording; {@code createdBy} is null from the command line.
   *
   * @throws HindsightException NO_CONSENT (409) while a member has withdrawn consent
   */
  public ExcerptContent create(Recording recording, User createdBy, Draft draft) {
    agreements.require(recording.pair(), Agreement.Use.DRAFT_EXCERPTS);
    TimeSpan range =
        ExcerptInput.range(
            draft.startSeconds(),
            draft.endSeconds(),
            length.maxSeconds(recording.pair()),
            () -> library.transcript(recording.id()).durationSeconds());
    List<Word> words = words(recording.id(), range);
    SortedSet<Integer> redacted = new TreeSet<>();
    if (draft.keepSuggested()) {
      redacted.addAll(redactions.suggested(recording.pair(), words));
    }
    redacted.addAll(
        RedactionSuggester.wordsMatching(words, ExcerptInput.orEmpty(draft.redactWords())));
    Excerpt excerpt =
        Excerpt.draft(
            Ids.newId(),
            recording.id(),
            recording.pair(),
            ExcerptInput.title(draft.title()),
            ExcerptInput.context(draft.context()),
            range,
            redacted,
            createdBy == null ? null : createdBy.id(),
            Instant.now());
    repository.insert(excerpt);
    return content(excerpt);
  }

  /** An excerpt by id, whoever asks: callers check that it is the asker's pair's. */
  public Excerpt get(String id) {
    if (!Ids.looksLikeId(id)) {
      throw notFound(id);
    }
    return repository.find(id).orElseThrow(() -> notFound(id));
  }

  public List<Excerpt> list(String pair) {
    return repository.where("pair_id = ?", pair);
  }

  public ExcerptContent content(Excerpt excerpt) {
    List<Word> words = Redaction.wordsIn(approvedText.words(excerpt, library), excerpt.range());
    return new ExcerptContent(
        excerpt,
        Redaction.of(words, excerpt.range(), excerpt.redacted()),
        redactions.suggested(excerpt.pair(), words),
        publishBlock(excerpt));
  }

  private PublishBlock publishBlock(Excerpt excerpt) {
    return PublishBlock.of(
        excerpt, agreements.of(excerpt.pair()), accounts.members(excerpt.pair()));
  }

  /**
   * Edits a draft: a new version, so every approval so far no longer counts; no edit, no version.
   */
  public ExcerptContent change(String id, ExcerptChange change) {
    Excerpt excerpt = ExcerptInput.requireDraft(get(id), "changed");
    SortedSet<Integer> redacted =
        ExcerptInput.redacted(
            excerpt.redacted(), words(excerpt.recordingId(), excerpt.range()), change);
    ClipRequest.Cover cover =
        change.bleep() == null
            ? excerpt.cover()
            : change.bleep() ? ClipRequest.Cover.BLEEP : ClipRequest.Cover.SILENCE;
    String title = change.title() == null ? excerpt.title() : ExcerptInput.title(change.title());
    String context =
        change.context() == null ? excerpt.context() : ExcerptInput.context(change.context());
    Excerpt changed = excerpt.edited(title, context, redacted, cover);
    if (changed.cut().equals(excerpt.cut().withVersion(changed.version()))) {
      // Saving what is already there makes no version, so it costs no one their approval.
      return content(excerpt);
    }
    repository.update(changed);
    clips.delete(excerpt.id());
    return content(changed);
  }

  /** Approves the current version as {@code member}, who must belong to the excerpt's pair. */
  public Excerpt approve(String id, User member) {
    Excerpt excerpt = ExcerptInput.requireDraft(get(id), "approved");
    if (!member.role().isMember() || !excerpt.pair().equals(member.pair())) {
      throw new HindsightException(
          Kind.FORBIDDEN, "only the pair's mentor and mentee approve its excerpts");
    }
    repository.approve(excerpt, member.id());
    return get(id);
  }

  /**
   * Publishes the approved version: cuts its clip and makes its link.
   *
   * @throws HindsightException CONFLICT (409) unless the agreement in force allows sharing and both
   *     members approved this version
   */
  public Excerpt publish(String id, Duration validFor) {
    Excerpt excerpt = get(id);
    if (excerpt.status() == Excerpt.Status.PUBLISHED) {
      return excerpt;
    }
    ExcerptInput.requireDraft(excerpt, "published");
    PublishBlock blocked = publishBlock(excerpt);
    if (blocked != null) {
      throw new HindsightException(Kind.CONFLICT, blocked.reason());
    }
    if (validFor.isNegative() || validFor.isZero()) {
      throw HindsightException.badInput("a link must be valid for some time");
    }
    Clip clip = clip(excerpt);
    Instant now = Instant.now();
    Excerpt published =
        excerpt.published(Ids.newToken(), now, now.plus(validFor), clip.file().toString());
    repository.update(published);
    return published;
  }

  /**
   * Takes an excerpt back for good: its link answers 410 Gone, its clip is deleted, and only a
   * tombstone of it is kept.
   */
  public Excerpt revoke(String id) {
    Excerpt excerpt = get(id);
    if (excerpt.status() != Excerpt.Status.REVOKED) {
      repository.tombstone(excerpt.revoked(Instant.now()));
    }
    clips.delete(excerpt.id());
    return get(id);
  }

  /** Revokes every excerpt of a recording; called before the recording is deleted. */
  public void revokeRecording(String recordingId) {
    repository.where("recording_id = ?", recordingId).forEach(e -> revoke(e.id()));
  }

  /**
   * Revokes every excerpt of the pair when the agreement no longer lets them share: a member
   * withdrew, or the latest terms (even before both signed them) leave sharing out.
   */
  public void onAgreementChanged(Agreement agreement) {
    if (Agreement.WITHDRAWN.equals(agreement.status()) || !agreement.terms().shareExcerpts()) {
      list(agreement.pair()).forEach(e -> revoke(e.id()));
    }
  }

  /**
   * The excerpt a share link names, if the link works, and counts the view when {@code count}.
   *
   * @throws HindsightException NOT_FOUND for an unknown or unpublished link, GONE for a revoked or
   *     expired one
   */
  public Excerpt shared(String token, boolean count) {
    Excerpt excerpt =
        token == null || token.length() < 40 || token.length() > 64
            ? null
            : repository.byToken(token).orElse(null);
    if (excerpt == null || excerpt.status() == Excerpt.Status.DRAFT) {
      throw HindsightException.notFound("there is no shared excerpt at this link");
    }
    if (!excerpt.isLive(Instant.now())) {
      throw new HindsightException(
          Kind.GONE, "this excerpt is no longer shared: it was revoked or its link expired");
    }
    if (count) {
      repository.view(excerpt.id());
    }
    return excerpt;
  }

  /**
   * The clip of the excerpt's current version, cut now if it is not yet: for the members' preview
   * and for publishing, which then share one file. One cut at a time: each uses every core.
   */
  public synchronized Clip clip(Excerpt excerpt) {
    Excerpt current = get(excerpt.id());
    if (current.status() == Excerpt.Status.REVOKED) {
      throw new HindsightException(Kind.GONE, "this excerpt was revoked");
    }
    library.get(current.recordingId());
    Clip existing = ClipCache.existing(current);
    if (existing != null) {
      return existing;
    }
    Clip clip = clips.cut(current, content(current).redaction());
    repository.update(current.withClip(clip.file().toString()));
    return clip;
  }

  /** How long the pair's excerpts may be. */
  public ExcerptLength length() {
    return length;
  }

  /** The pair's "always redact" list. */
  public PairRedactions redactions() {
    return redactions;
  }

  private List<Word> words(String recordingId, TimeSpan range) {
    return Redaction.wordsIn(library.transcript(recordingId).words(), range);
  }

  private static HindsightException notFound(String id) {
    return HindsightException.notFound("no excerpt with id '" + id + "'");
  }
}
