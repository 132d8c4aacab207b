package io.hindsight.transcribe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.hindsight.HindsightException;
import java.util.List;
import java.util.Locale;

/** The ways a transcript is written out: plain text, JSON, WebVTT and SubRip captions. */
public enum TranscriptFormat {
  TXT("text/plain; charset=utf-8", "txt"),
  JSON("application/json", "json"),
  VTT("text/vtt; charset=utf-8", "vtt"),
  SRT("application/x-subrip; charset=utf-8", "srt");

  private static final ObjectMapper JSON_MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public final String contentType;
  public final String extension;

  TranscriptFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public static TranscriptFormat parse(String name) {
    for (TranscriptFormat format : values()) {
      if (format.extension.equalsIgnoreCase(name)) {
        return format;
      }
    }
    throw HindsightException.badInput("unknown format '" + name + "': use txt, json, vtt or srt");
  }

  public String render(Transcript transcript) {
    return switch (this) {
      case TXT -> text(transcript);
      case JSON -> json(transcript);
      case VTT -> webVtt(Captions.cues(transcript));
      case SRT -> subRip(Captions.cues(transcript));
    };
  }

  private static String text(Transcript transcript) {
    StringBuilder out = new StringBuilder();
    for (Segment segment : transcript.segments()) {
      out.append('[').append(clock(segment.start())).append("] ");
      if (segment.speaker() != null) {
        out.append(segment.speaker()).append(": ");
      }
      out.append(segment.shown()).append('\n');
    }
    return out.toString();
  }

  private static String json(Transcript transcript) {
    try {
      return JSON_MAPPER.writeValueAsString(transcript) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a transcript always serializes", e);
    }
  }

  static String webVtt(List<Captions.Cue> cues) {
    StringBuilder out = new StringBuilder("WEBVTT\n\n");
    for (Captions.Cue cue : cues) {
      out.append(Captions.timestamp(cue.start(), '.'))
          .append(" --> ")
          .append(Captions.timestamp(cue.end(), '.'))
          .append('\n');
      String voice = cue.speaker() == null ? "" : "<v " + escapeVtt(cue.speaker()) + ">";
      out.append(voice).append(escapeVtt(String.join("\n", cue.lines()))).append("\n\n");
    }
    return out.toString();
  }

  static String subRip(List<Captions.Cue> cues) {
    StringBuilder out = new StringBuilder();
    int number = 1;
    for (Captions.Cue cue : cues) {
      out.append(number++)
          .append('\n')
          .append(Captions.timestamp(cue.start(), ','))
          .append(" --> ")
          .append(Captions.timestamp(cue.end(), ','))
          .append('\n');
      out.append(String.join("\n", cue.lines())).append("\n\n");
    }
    return out.toString();
  }

  /** WebVTT cue text treats these three as markup, so user-visible text must escape them. */
  private static String escapeVtt(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String clock(double seconds) {
    long s = (long) Math.floor(seconds);
    return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }
}
