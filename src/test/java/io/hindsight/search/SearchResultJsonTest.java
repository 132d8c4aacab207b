package io.hindsight.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON contract the README documents for {@code /api/search} and {@code search --json}. */
class SearchResultJsonTest {

  @Test
  void eachHitHasItsFieldsAndAnHtmlSnippetButNotTheSpans() throws Exception {
    SearchHit hit =
        new SearchHit(
            "r1",
            "Week <1>",
            "p",
            1.5,
            2.5,
            "don't <go>",
            List.of(new MatchSpan(6, 10)),
            null,
            "segment",
            null,
            null,
            "sound",
            "2026-03-14");

    String json =
        new ObjectMapper()
            .writeValueAsString(SearchResultJson.of(new SearchResult(1, List.of(hit))));

    assertEquals(
        "{\"total\":1,\"hits\":[{\"recordingId\":\"r1\",\"title\":\"Week <1>\",\"pair\":\"p\","
            + "\"startSeconds\":1.5,\"endSeconds\":2.5,\"text\":\"don't <go>\",\"kind\":\"segment\","
            + "\"match\":\"sound\",\"recordedAt\":\"2026-03-14\","
            + "\"snippet\":\"don&#39;t <mark>&lt;go&gt;</mark>\"}]}",
        json);
  }
}
