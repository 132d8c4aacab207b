package io.hindsight.excerpt;

import java.util.List;

/**
 * Finds spoken web addresses: an optional "h t t p s colon slash slash", a domain ("w w w dot
 * example dot org", "example dot co dot uk"), and a path of "slash" parts ("slash careers slash
 * jobs dot html"). An ordinary "dot" is left alone: the domain must end in a known top-level
 * domain, and without "w w w" or a scheme it must not start with a common word ("the dot com
 * bubble").
 */
final class WebAddressDetector implements Detector {

  @Override
  public RedactionReason reason() {
    return RedactionReason.WEB_ADDRESS;
  }

  @Override
  public List<Match> find(SpokenText text) {
    return Detector.scan(text, WebAddressDetector::addressEnd);
  }

  private static int addressEnd(SpokenText text, int from) {
    int hostStart = schemeEnd(text, from);
    boolean explicit = hostStart > from || Domains.startsWithWww(text, hostStart);
    int end = Domains.end(text, hostStart);
    if (end < 0 || (!explicit && Domains.startsWithCommonWord(text, hostStart))) {
      return -1;
    }
    return pathEnd(text, end);
  }

  /** After "http colon slash slash" (or "h t t p s ..."), or {@code from} when there is none. */
  private static int schemeEnd(SpokenText text, int from) {
    int i = from;
    if (text.is(i, "http") || text.is(i, "https")) {
      i++;
    } else if (text.is(i, "h")
        && text.is(i + 1, "t")
        && text.is(i + 2, "t")
        && text.is(i + 3, "p")) {
      i += text.is(i + 4, "s") ? 5 : 4;
    } else {
      return from;
    }
    if (text.is(i, "colon") && text.is(i + 1, "slash") && text.is(i + 2, "slash")) {
      return i + 3;
    }
    return from;
  }

  /** The end of "slash part (dot part)..." segments after a domain ending at {@code end}. */
  private static int pathEnd(SpokenText text, int end) {
    while (true) {
      int i = end;
      if (text.is(i, "forward") && text.is(i + 1, "slash")) {
        i++;
      }
      if (!text.is(i, "slash")) {
        return end;
      }
      end = i + 1;
      int part = Domains.labelEnd(text, end);
      while (part > 0) {
        end = part;
        part = text.is(part, "dot") ? Domains.labelEnd(text, part + 1) : -1;
      }
    }
  }
}
