package io.hindsight.web;

import io.hindsight.pair.Vocabulary;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** The pair's "our words": read the list, or replace it whole (Gate checks the CSRF token). */
final class VocabularyRoutes {

  record WordsBody(List<String> words) {}

  private static final String EXAMPLE = "{\"words\": [\"Acme\", \"OKRs\", \"Priya\"]}";

  private final Vocabulary vocabulary;

  VocabularyRoutes(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/agreement/vocabulary", ctx -> respond(ctx, vocabulary.words(pair(ctx))));
    routes.put("/api/agreement/vocabulary", this::replace);
  }

  private void replace(Context ctx) {
    String pair = pair(ctx);
    WordsBody body = Bodies.read(ctx, WordsBody.class, EXAMPLE);
    respond(ctx, vocabulary.replace(pair, body.words()));
  }

  private static String pair(Context ctx) {
    return Visitor.member(ctx).pair();
  }

  private static void respond(Context ctx, List<String> words) {
    ctx.json(Map.of("words", words));
  }
}
