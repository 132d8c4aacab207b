package io.hindsight.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class NBestTest {

  private static String hypothesis(double score, String... words) {
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      result
          .append(i == 0 ? "" : ",")
          .append(
              String.format(
                  java.util.Locale.ROOT,
                  "{\"word\":\"%s\",\"start\":%.1f,\"end\":%.1f}",
                  words[i],
                  10.0 + i,
                  10.9 + i));
    }
    return "{\"confidence\":" + score + ",\"result\":[" + result + "]}";
  }

  @Test
  void theBestHypothesisWithEachWordsShareOfBeliefAndItsRunnersUp() throws Exception {
    // Scores differ by ln 2 and ln 4: beliefs 4/7, 2/7, 1/7.
    String json =
        "["
            + hypothesis(100.0, "code", "review")
            + ","
            + hypothesis(100.0 - Math.log(2), "code", "renew")
            + ","
            + hypothesis(100.0 - Math.log(4), "coat", "renew")
            + "]";

    List<Word> words = NBest.words(new ObjectMapper().readTree(json), 10.0);

    assertEquals(2, words.size());
    Word code = words.get(0);
    assertEquals("code", code.word());
    assertEquals(0.0, code.start(), 1e-9);
    assertEquals(6.0 / 7, code.conf(), 1e-6);
    assertEquals(List.of(new Alternative("coat", 0.142857)), code.alternatives());
    Word review = words.get(1);
    assertEquals(4.0 / 7, review.conf(), 1e-6);
    assertEquals(List.of(new Alternative("renew", 0.428571)), review.alternatives());
  }

  @Test
  void anEmptyUtteranceHasNoWords() throws Exception {
    assertEquals(
        List.of(),
        NBest.words(new ObjectMapper().readTree("[{\"confidence\":0,\"text\":\"\"}]"), 0));
  }
}
