package io.hindsight.voice;

import io.hindsight.db.Database;
import io.hindsight.editing.SpeakersRenamed;
import io.hindsight.pair.Accounts;
import io.hindsight.pair.Agreement;
import io.hindsight.pair.Agreements;
import io.hindsight.pair.User;
import io.hindsight.recording.Recording;
import io.hindsight.recording.UploadVoices;
import io.hindsight.transcribe.Transcriber;
import io.hindsight.transcribe.Transcript;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each member's voice print, learned while the pair's agreement in force has the rememberVoices
 * scope: from per-person tracks named after a member, and from a mixed recording once a member
 * names its speakers. Later mixed recordings get the members' names where a voice matches one print
 * clearly better than the other. Whenever the scope is not in force, every print and heard voice of
 * the pair is deleted; a removed member's goes with them.
 */
public final class VoicePrints {

  /**
   * A guess needs at least this cosine between the recording's voice and the print. Means of many
   * utterances of one voice sit well above the 0.40 of single 2-s windows.
   */
  static final double MIN_SIMILARITY = 0.5;

  /** ... and must beat the pair's other print by this much, so two alike voices stay unnamed. */
  static final double MIN_MARGIN = 0.1;

  private final VoiceRepository repository;
  private final Agreements agreements;
  private final Accounts accounts;

  public VoicePrints(Database db, Agreements agreements, Accounts accounts) {
    this.repository = new VoiceRepository(db);
    this.agreements = agreements;
    this.accounts = accounts;
  }

  /** A member whose voice is remembered, and from how much speech. */
  public record Known(String username, String name, double seconds) {}

  /** How sure a speaker's name is, when it was given from a voice print rather than a person. */
  public record Guess(String label, double similarity) {}

  /** Learns from and names the speakers of a transcribed recording, only while the scope allows. */
  public Transcript heard(Recording recording, Transcriber.Result result) {
    UploadVoices.Named named = name(recording, result);
    repository.inTransaction(
        c -> {
          named.store().run(c);
          return null;
        });
    return named.transcript();
  }

  /**
   * Names the speakers of a transcribed recording from the prints, and what to store once its row
   * exists: the voices heard, and what per-person tracks named after a member teach their prints.
   */
  public UploadVoices.Named name(Recording recording, Transcriber.Result result) {
    Transcript transcript = result.transcript();
    if (result.voices().isEmpty() || !allowed(recording.pair())) {
      return new UploadVoices.Named(transcript, c -> {});
    }
    Map<String, Voice> heard =
        result.byTrack().isEmpty()
            ? HeardVoices.of(transcript.words(), result.voices())
            : HeardVoices.ofTracks(result.byTrack());
    if (heard.isEmpty()) {
      return new UploadVoices.Named(transcript, c -> {});
    }
    Map<String, User> byName = membersByName(recording.pair());
    Map<String, Guess> guesses = Matcher.guess(heard, repository.prints(recording.pair()), byName);
    Map<String, String> rename = new HashMap<>();
    guesses.forEach((label, guess) -> rename.put(label, guess.label()));
    Database.SqlAction store =
        c -> {
          Map<String, Voice> prints = repository.prints(c, recording.pair());
          List<VoiceRepository.Heard> stored = new ArrayList<>();
          for (Map.Entry<String, Voice> e : heard.entrySet()) {
            String label = e.getKey();
            Guess guess = guesses.get(label);
            User member = byName.get(label);
            String taught = null;
            if (guess != null) {
              label = guess.label();
            } else if (member != null) {
              // A per-person track named after a member: its voice is known, so it teaches.
              teach(c, member, prints, e.getValue());
              taught = member.id();
            }
            stored.add(
                new VoiceRepository.Heard(
                    label, e.getValue(), guess == null ? null : guess.similarity(), taught));
          }
          repository.saveHeard(c, recording.id(), recording.pair(), stored);
        };
    return new UploadVoices.Named(
        rename.isEmpty() ? transcript : transcript.withSpeakersRenamed(rename), store);
  }

  /**
   * A member named speakers: the voices heard under those labels take the new names, a name that is
   * a member's teaches that member's print, and a corrected name takes back what it taught.
   */
  public void renamed(SpeakersRenamed event) {
    Recording recording = event.recording();
    if (!allowed(recording.pair())) {
      return;
    }
    Map<String, User> byName = membersByName(recording.pair());
    repository.inTransaction(
        c -> {
          List<VoiceRepository.Heard> heard = repository.heard(c, recording.id());
          if (heard.isEmpty()) {
            return null;
          }
          Map<String, Voice> prints = repository.prints(c, recording.pair());
          Map<String, VoiceRepository.Heard> next = new HashMap<>();
          for (VoiceRepository.Heard h : heard) {
            String renamed = event.names().get(h.label());
            if (renamed == null) {
              next.merge(h.label(), h, VoicePrints::merged);
              continue;
            }
            if (h.taughtUserId() != null) {
              untaught(c, h, prints, recording.pair());
            }
            User member = byName.get(renamed);
            String taught = null;
            if (member != null) {
              teach(c, member, prints, h.voice());
              taught = member.id();
            }
            next.merge(
                renamed,
                new VoiceRepository.Heard(renamed, h.voice(), null, taught),
                VoicePrints::merged);
          }
          repository.saveHeard(c, recording.id(), recording.pair(), new ArrayList<>(next.values()));
          return null;
        });
  }

  /** Deletes the pair's voice data unless the agreement in force still has the scope. */
  public void agreementChanged(Agreement agreement) {
    if (!agreement.allowsRememberingVoices()) {
      repository.forgetPair(agreement.pair());
    }
  }

  /** Deletes a member's print and what of the pair's recordings bears their voice and name. */
  public void forgetMember(User member) {
    repository.forgetMember(member.id(), member.pair(), member.name());
  }

  /**
   * A removed member's voice goes with them; and as the pair's agreement then no longer has two
   * members in force, the partner's goes too until both sign again.
   */
  public void memberRemoved(User member) {
    forgetMember(member);
    if (member.pair() != null && !allowed(member.pair())) {
      repository.forgetPair(member.pair());
    }
  }

  /** The pair's members whose voices are remembered. Never the prints themselves. */
  public List<Known> known(String pair) {
    Map<String, User> byId = new HashMap<>();
    accounts.members(pair).forEach(u -> byId.put(u.id(), u));
    List<Known> known = new ArrayList<>();
    for (VoiceRepository.PrintInfo info : repository.printInfos(pair)) {
      Optional.ofNullable(byId.get(info.userId()))
          .ifPresent(u -> known.add(new Known(u.username(), u.name(), info.seconds())));
    }
    return known;
  }

  /** The speakers of a recording named from a print and not yet confirmed, with how sure. */
  public List<Guess> guesses(String recordingId) {
    return repository.heard(recordingId).stream()
        .filter(h -> h.similarity() != null)
        .map(h -> new Guess(h.label(), h.similarity()))
        .toList();
  }

  private boolean allowed(String pair) {
    return agreements.of(pair).allowsRememberingVoices();
  }

  private Map<String, User> membersByName(String pair) {
    Map<String, User> byName = new HashMap<>();
    accounts.members(pair).forEach(u -> byName.put(u.name(), u));
    return byName;
  }

  private void teach(Connection c, User member, Map<String, Voice> prints, Voice voice)
      throws SQLException {
    Voice print = prints.get(member.id());
    Voice taught = print == null ? voice : print.plus(voice);
    prints.put(member.id(), taught);
    repository.savePrint(c, member.id(), member.pair(), taught);
  }

  private void untaught(
      Connection c, VoiceRepository.Heard h, Map<String, Voice> prints, String pair)
      throws SQLException {
    Voice print = prints.get(h.taughtUserId());
    if (print == null) {
      return;
    }
    Voice rest = print.minus(h.voice());
    prints.put(h.taughtUserId(), rest);
    repository.savePrint(c, h.taughtUserId(), pair, rest);
  }

  private static VoiceRepository.Heard merged(VoiceRepository.Heard a, VoiceRepository.Heard b) {
    return new VoiceRepository.Heard(
        a.label(),
        a.voice().plus(b.voice()),
        null,
        a.taughtUserId() != null ? a.taughtUserId() : b.taughtUserId());
  }
}
