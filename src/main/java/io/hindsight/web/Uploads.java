package io.hindsight.web;

import io.hindsight.Ids;
import io.hindsight.recording.StreamedUpload;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The uploads still arriving, in memory only: nothing of an upload is stored before it is whole and
 * admitted, so until then its progress (bytes received, audio heard) lives here and goes when the
 * request ends, whatever its outcome.
 */
final class Uploads {

  /** One upload in progress, as {@code GET /api/uploads} shows it. */
  record View(
      String id,
      String fileName,
      long bytesReceived,
      long bytesExpected,
      boolean transcribing,
      double secondsTranscribed) {}

  /** An upload's live state; its request thread writes, pollers read. */
  static final class Arrival {
    final String id = Ids.newId();
    final String pair;
    final long bytesExpected;
    private volatile String fileName;
    private volatile StreamedUpload media;
    private volatile long earlierBytes;

    Arrival(String pair, long bytesExpected) {
      this.pair = pair;
      this.bytesExpected = bytesExpected;
    }

    /** A media file part began. */
    void receiving(String name, StreamedUpload file) {
      StreamedUpload previous = media;
      if (previous != null) {
        earlierBytes += previous.bytesReceived();
      }
      fileName = fileName == null ? name : fileName;
      media = file;
    }

    View view() {
      StreamedUpload m = media;
      return new View(
          id,
          fileName,
          earlierBytes + (m == null ? 0 : m.bytesReceived()),
          bytesExpected,
          m != null && m.streaming(),
          m == null ? 0 : m.secondsHeard());
    }
  }

  private final Map<String, Arrival> arriving = new ConcurrentHashMap<>();

  Arrival begin(String pair, long bytesExpected) {
    Arrival arrival = new Arrival(pair, bytesExpected);
    arriving.put(arrival.id, arrival);
    return arrival;
  }

  void end(Arrival arrival) {
    arriving.remove(arrival.id);
  }

  List<View> of(String pair) {
    return arriving.values().stream().filter(a -> a.pair.equals(pair)).map(Arrival::view).toList();
  }
}
