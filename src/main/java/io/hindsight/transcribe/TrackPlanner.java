package io.hindsight.transcribe;

import io.hindsight.HindsightException;
import io.hindsight.Plural;
import io.hindsight.media.AudioTrack;
import io.hindsight.media.MediaInfo;
import io.hindsight.media.MediaTools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which audio to transcribe as whose speech. One file with one audio stream is a mix with
 * no speaker labels. Several streams (Zoom, Riverside or OBS record one per person), several files,
 * or {@code --split-channels} give one track per participant.
 *
 * <p>A track's label is, in order: the name given in {@code --speakers} at its position, the
 * stream's title, the file's name (when several files are given), then "Speaker N".
 */
public final class TrackPlanner {

  private final MediaTools media;

  public TrackPlanner(MediaTools media) {
    this.media = media;
  }

  /**
   * The probed input files and the tracks to transcribe from them.
   *
   * @param diarization how to tell the voices of the one mixed track apart; null for no labels
   */
  public record Plan(List<MediaInfo> media, List<Track> tracks, Diarization diarization) {
    public Plan(List<MediaInfo> media, List<Track> tracks) {
      this(media, tracks, null);
    }

    public double durationSeconds() {
      return tracks.stream().mapToDouble(Track::durationSeconds).max().orElse(0);
    }

    public boolean hasVideo() {
      return media.stream().anyMatch(MediaInfo::hasVideo);
    }
  }

  public Plan plan(List<Path> files, List<String> speakers, boolean splitChannels) {
    return plan(files, speakers, splitChannels, null);
  }

  /**
   * As {@link #plan(List, List, boolean)}; a diarization applies only to one mixed track, where
   * {@code speakers} then names the voices. Per-person tracks keep their own labels.
   */
  public Plan plan(
      List<Path> files, List<String> speakers, boolean splitChannels, Diarization diarization) {
    if (files.isEmpty()) {
      throw HindsightException.badInput("no media file given");
    }
    List<MediaInfo> infos = new ArrayList<>();
    List<Track> tracks = new ArrayList<>();
    List<String> fallback = new ArrayList<>();
    for (Path file : files) {
      MediaInfo info = media.probe(file);
      infos.add(info);
      for (MediaInfo.AudioStream stream : info.audioStreams()) {
        if (splitChannels && stream.channels() > 1) {
          for (int channel = 0; channel < stream.channels(); channel++) {
            tracks.add(
                new Track(
                    file,
                    new AudioTrack(stream.audioIndex(), channel),
                    null,
                    info.durationSeconds()));
            fallback.add(null);
          }
        } else {
          tracks.add(
              new Track(file, AudioTrack.mixOf(stream.audioIndex()), null, info.durationSeconds()));
          fallback.add(
              stream.title() != null ? stream.title() : files.size() > 1 ? stem(file) : null);
        }
      }
    }
    if (diarization != null && tracks.size() == 1) {
      return new Plan(infos, tracks, diarization.named(speakers));
    }
    if (!speakers.isEmpty() && speakers.size() != tracks.size()) {
      throw HindsightException.badInput(
          "--speakers names "
              + Plural.count(speakers.size(), "person", "people")
              + " but the input has "
              + Plural.count(tracks.size(), "audio track"));
    }
    if (tracks.size() == 1 && speakers.isEmpty()) {
      return new Plan(infos, tracks);
    }
    List<Track> labelled = new ArrayList<>();
    for (int i = 0; i < tracks.size(); i++) {
      String label =
          !speakers.isEmpty()
              ? speakers.get(i)
              : fallback.get(i) != null ? fallback.get(i) : "Speaker " + (i + 1);
      Track t = tracks.get(i);
      labelled.add(new Track(t.file(), t.audio(), label.strip(), t.durationSeconds()));
    }
    return new Plan(infos, labelled);
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
