package io.hindsight.media;

import io.hindsight.HindsightException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.bramp.ffmpeg.FFprobe;
import net.bramp.ffmpeg.RunProcessFunction;
import net.bramp.ffmpeg.builder.FFmpegBuilder;
import net.bramp.ffmpeg.probe.FFmpegProbeResult;
import net.bramp.ffmpeg.probe.FFmpegStream;

/** {@link MediaTools} on the real ffprobe (through ffmpeg-cli-wrapper) and ffmpeg. */
public final class FfmpegMediaTools implements MediaTools {

  private final FfmpegBinaries binaries;
  private final FFprobe ffprobe;

  public FfmpegMediaTools(FfmpegBinaries binaries) {
    this.binaries = binaries;
    this.ffprobe = new FFprobe(binaries.ffprobe().toString(), new RunProcessFunction());
  }

  public FfmpegBinaries binaries() {
    return binaries;
  }

  @Override
  public MediaInfo probe(Path file) {
    if (!Files.isRegularFile(file)) {
      throw HindsightException.notMedia("cannot read " + file + ": there is no such file");
    }
    if (!Files.isReadable(file)) {
      throw HindsightException.notMedia("cannot read " + file + ": permission denied");
    }
    FFmpegProbeResult result;
    try {
      result = ffprobe.probe(file.toString());
    } catch (IOException | RuntimeException e) {
      throw HindsightException.notMedia(
          file.getFileName() + " is not a media file ffmpeg can read");
    }
    if (result == null || result.hasError() || result.getFormat() == null) {
      throw HindsightException.notMedia(
          file.getFileName() + " is not a media file ffmpeg can read");
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
      throw HindsightException.notMedia(
          file.getFileName() + " has no audio stream, so there is nothing to transcribe");
    }
    double duration = Math.max(0, result.getFormat().duration);
    return new MediaInfo(result.getFormat().format_name, duration, audio, video);
  }

  @Override
  public InputStream openPcm(Path file, AudioTrack track) throws IOException {
    FFmpegBuilder builder =
        new FFmpegBuilder()
            .setVerbosity(FFmpegBuilder.Verbosity.ERROR)
            .setInput(file.toString())
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
    Process process =
        new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    process.getOutputStream().close();
    return new ProcessOutput(process);
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

  /**
   * The decoder's stdout. Its stderr is drained on a side thread so a chatty decoder never blocks;
   * the last lines become the error message when ffmpeg fails.
   */
  private static final class ProcessOutput extends FilterInputStream {
    private final Process process;
    private final StderrTail stderr;
    private boolean checked;

    ProcessOutput(Process process) {
      super(process.getInputStream());
      this.process = process;
      this.stderr = new StderrTail(process.getErrorStream());
      this.stderr.start();
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b < 0) {
        checkExit();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n < 0) {
        checkExit();
      }
      return n;
    }

    private void checkExit() throws IOException {
      if (checked) {
        return;
      }
      checked = true;
      try {
        int code = process.waitFor();
        stderr.join(2_000);
        if (code != 0) {
          throw new IOException(
              "ffmpeg could not decode the audio: " + stderr.lastLine("unknown decoder error"));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while decoding", e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } finally {
        if (process.isAlive()) {
          process.destroy();
          try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
              process.destroyForcibly();
            }
          } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
          }
        }
      }
    }
  }
}
