package io.hindsight.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hindsight.testing.FakeSpeechModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WarmRecognizersTest {

  @Test
  void aReturnedRecognizerServesTheNextTranscription() throws Exception {
    FakeSpeechModel model = new FakeSpeechModel();
    WarmRecognizers warm = new WarmRecognizers(model, 2);
    for (int i = 0; i < 3; i++) {
      try (SpeechRecognizer a = warm.newRecognizer();
          SpeechRecognizer b = warm.newRecognizer()) {
        a.recognize(new ByteArrayInputStream(new byte[3200]), 0);
        b.recognize(new ByteArrayInputStream(new byte[3200]), 0);
      }
    }
    assertEquals(2, model.recognizersMade.get(), "two made, then lent again and again");
    assertEquals(2, warm.idleCount());
  }

  @Test
  void onlyAsManyAsAskedForAreKept() {
    CountingModel model = new CountingModel();
    WarmRecognizers warm = new WarmRecognizers(model, 1);
    SpeechRecognizer a = warm.newRecognizer();
    SpeechRecognizer b = warm.newRecognizer();
    a.close();
    b.close();
    b.close(); // twice is harmless
    assertEquals(1, warm.idleCount());
    assertEquals(1, model.closed.get());

    warm.close();
    assertEquals(0, warm.idleCount());
    assertEquals(2, model.closed.get(), "the kept one is closed with the pool");
    warm.newRecognizer().close();
    assertEquals(3, model.closed.get(), "after closing, nothing is kept");
  }

  @Test
  void aRecognizerThatFailedIsNotLentAgain() {
    CountingModel model = new CountingModel();
    model.failing = true;
    WarmRecognizers warm = new WarmRecognizers(model, 2);
    try (SpeechRecognizer r = warm.newRecognizer()) {
      assertThrows(
          IllegalStateException.class, () -> r.recognize(new ByteArrayInputStream(new byte[2]), 0));
    }
    assertEquals(0, warm.idleCount());
    assertEquals(1, model.closed.get());
  }

  private static final class CountingModel implements SpeechModel {
    final AtomicInteger closed = new AtomicInteger();
    boolean failing;

    @Override
    public SpeechRecognizer newRecognizer() {
      return new SpeechRecognizer() {
        @Override
        public List<Word> recognize(InputStream pcm, long firstSample) throws IOException {
          if (failing) {
            throw new IllegalStateException("native failure");
          }
          return List.of();
        }

        @Override
        public void close() {
          closed.incrementAndGet();
        }
      };
    }

    @Override
    public void close() {}
  }
}
