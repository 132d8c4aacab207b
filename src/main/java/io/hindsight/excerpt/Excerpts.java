package io.hindsight.excerpt;

import io.hindsight.HindsightException;
import io.hindsight.HindsightException.Kind;
import io.hindsight.Ids;
import io.hindsight.db.Database;
import io.hindsight.media.Clip;
import io.hindsight.media.ClipFormat;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Shared excerpts: a member drafts one, both members approve the same version, it is published as a
 * link with an expiry, and either member can revoke it. Nothing leaves the pair that both did not
 * see and approve: any edit makes a new version and clears the approvals, and losing the sharing
 * consent or the recording revokes every excerpt of it.
 */
public final class Excerpts {

  public static final Duration DEFAULT_EXPIRY = Duration.ofDays(30);

  /** Longer is no longer an excerpt; it also bounds the work of cutting one. */
  static final double MAX_SECONDS = 600;

  static final int MAX_TITLE = 200;
  static final int MAX_CONTEXT = 2000;

  /** What a member asks for when drafting. */
  public record Draft(
      String title,
      String context,
      double startSeconds,
      double endSeconds,
      List<String> redactWords,
      boolean keepSuggested) {}

  /**
   * An edit; null fields stay as they are. Words name every occurrence in the excerpt; indexes name
   * one word each (what clicking a word in the preview sends).
   */
  public record Change(
      String title,
      String context,
      List<String> redactWords,
      List<String> unredactWords,
      List<Integer> redactIndexes,
      List<Integer> unredactIndexes,
      Boolean bleep) {}

  private final ExcerptRepository repository;
  private final Library library;
  private final Accounts accounts;
  private final Agreements agreements;
  private final Supplier<ClipMaker> clips;
  private final Path folder;

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
      Path folder) {
    this.repository = new ExcerptRepository(db);
    this.library = library;
    this.accounts = accounts;
    this.agreements = agreements;
    this.clips = clips;
    this.folder = folder;
  }

  /** Drafts an excerpt of a ready recording; {@code createdBy} is null from the command line. */
  public ExcerptContent create(Recording recording, User createdBy, Draft draft) {
    TimeSpan range = range(recording, draft.startSeconds(), draft.endSeconds());
    List<Word> words = words(recording.id(), range);
    SortedSet<Integer> redacted = new TreeSet<>();
    if (draft.keepSuggested()) {
      redacted.addAll(suggested(recording.pair(), words));
    }
    redacted.addAll(RedactionSuggester.wordsMatching(words, nonNull(draft.redactWords())));
    Excerpt excerpt =
        new Excerpt(
            Ids.newId(),
            recording.id(),
            recording.pair(),
            title(draft.title()),
            context(draft.context()),
            range,
            redacted,
            ClipRequest.Cover.BLEEP,
            1,
            Excerpt.Status.DRAFT,
            createdBy == null ? null : createdBy.id(),
            Instant.now(),
            null,
            null,
            null,
            null,
            0,
            null,
            List.of());
    repository
        .database()
        .inTransaction(
            c -> {
              repository.insert(c, excerpt);
              return null;
            });
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
    List<Word> words = words(excerpt.recordingId(), excerpt.range());
    return new ExcerptContent(
        excerpt,
        Redaction.of(words, excerpt.range(), excerpt.redacted()),
        suggested(excerpt.pair(), words));
  }

  /** Edits a draft: a new version, so every approval so far no longer counts. */
  public ExcerptContent change(String id, Change change) {
    Excerpt excerpt = requireDraft(get(id), "changed");
    List<Word> words = words(excerpt.recordingId(), excerpt.range());
    SortedSet<Integer> redacted = new TreeSet<>(excerpt.redacted());
    redacted.addAll(RedactionSuggester.wordsMatching(words, nonNull(change.redactWords())));
    redacted.addAll(checked(change.redactIndexes(), words.size()));
    redacted.removeAll(RedactionSuggester.wordsMatching(words, nonNull(change.unredactWords())));
    redacted.removeAll(checked(change.unredactIndexes(), words.size()));
    ClipRequest.Cover cover =
        change.bleep() == null
            ? excerpt.cover()
            : change.bleep() ? ClipRequest.Cover.BLEEP : ClipRequest.Cover.SILENCE;
    Excerpt changed =
        excerpt.withDraft(
            change.title() == null ? excerpt.title() : title(change.title()),
            change.context() == null ? excerpt.context() : context(change.context()),
            redacted,
            cover);
    store(changed);
    deleteClips(excerpt.id());
    return content(changed);
  }

  /** Approves the current version as {@code member}, who must belong to the excerpt's pair. */
  public Excerpt approve(String id, User member) {
    Excerpt excerpt = requireDraft(get(id), "approved");
    if (!member.role().isMember() || !excerpt.pair().equals(member.pair())) {
      throw new HindsightException(
          Kind.FORBIDDEN, "only the pair's mentor and mentee approve its excerpts");
    }
    repository
        .database()
        .inTransaction(
            c -> {
              repository.approve(c, excerpt, member.id());
              return null;
            });
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
    requireDraft(excerpt, "published");
    Agreement agreement = agreements.of(excerpt.pair());
    if (!agreement.allowsSharing()) {
      throw new HindsightException(
          Kind.CONFLICT,
          "your pair agreement in force does not allow sharing excerpts; both of you must sign"
              + " terms that do");
    }
    List<String> missing = new ArrayList<>();
    List<User> members = accounts.members(excerpt.pair());
    for (User m : members) {
      if (excerpt.approvals().stream().noneMatch(a -> a.username().equals(m.username()))) {
        missing.add(m.username());
      }
    }
    if (members.size() != 2 || !missing.isEmpty()) {
      throw new HindsightException(
          Kind.CONFLICT,
          "both members must approve version "
              + excerpt.version()
              + " first; still missing: "
              + String.join(", ", missing));
    }
    if (validFor.isNegative() || validFor.isZero()) {
      throw HindsightException.badInput("a link must be valid for some time");
    }
    Clip clip = clip(excerpt);
    Instant now = Instant.now();
    Excerpt published =
        excerpt.published(Ids.newToken(), now, now.plus(validFor), clip.file().toString());
    store(published);
    return published;
  }

  /** Takes an excerpt back for good: its link answers 410 Gone and its clip is deleted. */
  public Excerpt revoke(String id) {
    Excerpt excerpt = get(id);
    if (excerpt.status() != Excerpt.Status.REVOKED) {
      store(excerpt.revoked(Instant.now()));
    }
    deleteClips(excerpt.id());
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
    Recording recording = library.get(current.recordingId());
    if (current.clipFile() != null && Files.isRegularFile(Path.of(current.clipFile()))) {
      return existing(current, Path.of(current.clipFile()));
    }
    Redaction redaction = content(current).redaction();
    Path stem = folder.resolve(current.id()).resolve("v" + current.version());
    try {
      Files.createDirectories(stem.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Clip clip =
        clips
            .get()
            .make(
                new ClipRequest(
                    library.mediaFile(recording),
                    current.range(),
                    redaction.spans(),
                    current.cover(),
                    ClipFormat.MP4,
                    true,
                    stem));
    Excerpt withClip = current.withClip(clip.file().toString());
    store(withClip);
    return clip;
  }

  /** The "always redact" words and phrases of a pair. */
  public List<String> redactWords(String pair) {
    return repository.redactWords(pair);
  }

  /** Replaces the pair's "always redact" list; blank entries are dropped, case is folded. */
  public List<String> setRedactWords(String pair, List<String> phrases) {
    List<String> clean =
        nonNull(phrases).stream()
            .filter(p -> p != null && !p.isBlank())
            .map(p -> p.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
            .distinct()
            .toList();
    if (clean.size() > 500 || clean.stream().anyMatch(p -> p.length() > 100)) {
      throw HindsightException.badInput("keep the list under 500 entries of 100 characters");
    }
    repository.replaceRedactWords(pair, clean);
    return redactWords(pair);
  }

  private static Clip existing(Excerpt excerpt, Path file) {
    boolean video = file.getFileName().toString().endsWith("." + ClipFormat.MP4.extension(true));
    return new Clip(file, ClipFormat.MP4.contentType(video), video, excerpt.range().duration());
  }

  private SortedSet<Integer> suggested(String pair, List<Word> words) {
    List<String> names = accounts.members(pair).stream().map(User::name).toList();
    return SuggestedRedaction.wordIndexes(
        new RedactionSuggester(names, repository.redactWords(pair)).suggest(words));
  }

  private List<Word> words(String recordingId, TimeSpan range) {
    return Redaction.wordsIn(library.transcript(recordingId).words(), range);
  }

  private TimeSpan range(Recording recording, double start, double end) {
    if (!(start >= 0) || !(end > start)) {
      throw HindsightException.badInput(
          "startSeconds and endSeconds must be a forward range from 0 on");
    }
    if (end - start > MAX_SECONDS) {
      throw HindsightException.badInput(
          "an excerpt lasts at most " + (int) MAX_SECONDS + " seconds");
    }
    double duration = library.transcript(recording.id()).durationSeconds();
    if (start >= duration) {
      throw HindsightException.badInput("the excerpt starts after the recording ends");
    }
    return new TimeSpan(start, Math.min(end, duration));
  }

  private static String title(String title) {
    if (title == null || title.isBlank()) {
      throw HindsightException.badInput("give the excerpt a title");
    }
    if (title.length() > MAX_TITLE) {
      throw HindsightException.badInput("keep the title under " + MAX_TITLE + " characters");
    }
    return title.strip();
  }

  private static String context(String context) {
    String text = context == null ? "" : context.strip();
    if (text.length() > MAX_CONTEXT) {
      throw HindsightException.badInput("keep the context under " + MAX_CONTEXT + " characters");
    }
    return text;
  }

  private static List<Integer> checked(List<Integer> indexes, int size) {
    for (Integer i : nonNull(indexes)) {
      if (i == null || i < 0 || i >= size) {
        throw HindsightException.badInput("word index " + i + " is not in the excerpt");
      }
    }
    return nonNull(indexes);
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static Excerpt requireDraft(Excerpt excerpt, String what) {
    if (excerpt.status() != Excerpt.Status.DRAFT) {
      throw new HindsightException(
          Kind.CONFLICT,
          "this excerpt is "
              + excerpt.status().label()
              + " and can no longer be "
              + what
              + "; make a new one");
    }
    return excerpt;
  }

  private void store(Excerpt excerpt) {
    repository
        .database()
        .inTransaction(
            c -> {
              repository.update(c, excerpt);
              return null;
            });
  }

  private void deleteClips(String id) {
    Path dir = folder.resolve(id);
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the clips of excerpt " + id, e);
    }
  }

  private static HindsightException notFound(String id) {
    return HindsightException.notFound("no excerpt with id '" + id + "'");
  }
}
