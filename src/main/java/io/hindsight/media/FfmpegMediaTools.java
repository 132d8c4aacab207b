package io.hindsight.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.bramp.ffmpeg.FFprobe;
import net.bramp.ffmpeg.builder.FFmpegBuilder;
import net.bramp.ffmpeg.probe.FFmpegProbeResult;
import net.bramp.ffmpeg.probe.FFmpegStream;

/** {@link MediaTools} on the real ffprobe (through ffmpeg-cli-wrapper) and ffmpeg. */
public final class FfmpegMediaTools implements MediaTools {

  private static final String NOT_MEDIA = "is not a media file ffmpeg can read";

  private final FfmpegBinaries binaries;
  private final FFprobe ffprobe;
  private final CommandRunner runner;

  public FfmpegMediaTools(FfmpegBinaries binaries) {
    this(binaries, new ProcessCommandRunner(binaries));
  }

  FfmpegMediaTools(FfmpegBinaries binaries, CommandRunner runner) {
    this.binaries = binaries;
    this.ffprobe =
        new FFprobe(binaries.ffprobe().toString(), args -> binaries.process(args).start());
    this.runner = runner;
  }

  public FfmpegBinaries binaries() {
    return binaries;
  }

  @Override
  public MediaInfo probe(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UnusableMediaException(file, "cannot be read: there is no such file");
    }
    if (!Files.isReadable(file)) {
      throw new UnusableMediaException(file, "cannot be read: permission denied");
    }
    FFmpegProbeResult result;
    try {
      result = ffprobe.probe(file.toString());
    } catch (IOException | RuntimeException e) {
      throw new UnusableMediaException(file, NOT_MEDIA, e);
    }
    if (result == null || result.hasError() || result.getFormat() == null) {
      throw new UnusableMediaException(file, NOT_MEDIA);
    }
    List<MediaInfo.AudioStream> audio = new ArrayList<>();
    boolean video = false;
    for (FFmpegStream stream : result.getStreams()) {
      if (stream.codec_type == FFmpegStream.CodecType.AUDIO) {
        audio.add(
            new MediaInfo.AudioStream(
                audio.size(), stream.codec_name, stream.channels, tag(stream.tags, "title")));
      } else if (stream.codec_type == FFmpegStream.CodecType.VIDEO
          && (stream.disposition == null || !stream.disposition.attached_pic)) {
        video = true;
      }
    }
    if (audio.isEmpty()) {
      throw new UnusableMediaException(
          file, "has no audio stream, so there is nothing to transcribe");
    }
    String format = result.getFormat().format_name;
    // ffprobe reads only the header, which a file cut short keeps when its index comes first.
    Mp4Boxes.truncation(file, format)
        .ifPresent(
            problem -> {
              throw new UnusableMediaException(file, problem);
            });
    double duration = Math.max(0, result.getFormat().duration);
    return new MediaInfo(format, duration, audio, video);
  }

  @Override
  public InputStream openPcm(Path file, AudioTrack track) throws IOException {
    if (isMpegAudio(file)) {
      // The same samples as when it streamed in (see Streamable#isMpegAudio).
      return openPcm(Files.newInputStream(file), track);
    }
    return runner.stream(decodeCommand(file.toString(), track));
  }

  @Override
  public InputStream openPcm(InputStream media, AudioTrack track) throws IOException {
    return runner.stream(decodeCommand("pipe:0", track), media);
  }

  @Override
  public boolean decodesStreams() {
    return true;
  }

  private static boolean isMpegAudio(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return Streamable.isMpegAudio(head, head.length);
    } catch (IOException e) {
      return false; // ffmpeg reports the file's trouble
    }
  }

  /**
   * ffmpeg writing one track to stdout as 16 kHz mono PCM, the format {@link #openPcm} promises.
   *
   * @param input a file's path, or {@code pipe:0} for standard input
   */
  List<String> decodeCommand(String input, AudioTrack track) {
    // -nostdin stops ffmpeg reading keys from a terminal; a piped input still reads stdin.
    FFmpegBuilder builder =
        new FFmpegBuilder()
            .setVerbosity(FFmpegBuilder.Verbosity.ERROR)
            .setInput(input)
            .addExtraArgs("-nostdin");
    var output =
        builder
            .addStdoutOutput()
            .addExtraArgs("-map", "0:a:" + track.audioIndex())
            .setFormat("s16le")
            .setAudioCodec("pcm_s16le")
            .setAudioChannels(1)
            .setAudioSampleRate(PCM_SAMPLE_RATE);
    if (track.channel() != AudioTrack.ALL_CHANNELS) {
      output.setAudioFilter("pan=mono|c0=c" + track.channel());
    }
    List<String> command = new ArrayList<>();
    command.add(binaries.ffmpeg().toString());
    command.addAll(output.done().build());
    return command;
  }

  private static String tag(Map<String, String> tags, String name) {
    if (tags == null) {
      return null;
    }
    for (var entry : tags.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isBlank()) {
        return entry.getValue().strip();
      }
    }
    return null;
  }
}
