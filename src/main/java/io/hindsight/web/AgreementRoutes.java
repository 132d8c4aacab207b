package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.pair.Agreements;
import io.hindsight.pair.Engagement;
import io.hindsight.pair.Terms;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The pair agreement: read it, sign it (or a changed version of it), withdraw from it. */
final class AgreementRoutes {

  /** The rules of engagement as sent; all optional. */
  record EngagementBody(Integer cadenceDays, String media, String replyTime, String timeLimits) {}

  record TermsBody(
      Boolean record,
      Boolean searchable,
      Boolean shareExcerpts,
      Integer retentionDays,
      EngagementBody engagement) {

    Terms toTerms() {
      if (record == null || searchable == null || shareExcerpts == null || retentionDays == null) {
        throw HindsightException.badInput(
            "send all four terms: record, searchable, shareExcerpts (true/false) and retentionDays");
      }
      EngagementBody e = engagement;
      Engagement rules =
          e == null
              ? Engagement.NONE
              : new Engagement(e.cadenceDays(), e.media(), e.replyTime(), e.timeLimits());
      return new Terms(record, searchable, shareExcerpts, retentionDays, rules);
    }
  }

  private final Agreements agreements;

  AgreementRoutes(Agreements agreements) {
    this.agreements = agreements;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/agreement", ctx -> ctx.json(agreements.of(Visitor.member(ctx).pair())));
    routes.post("/api/agreement", this::sign);
    routes.post(
        "/api/agreement/withdraw", ctx -> ctx.json(agreements.withdraw(Visitor.member(ctx))));
  }

  private void sign(Context ctx) {
    TermsBody body =
        Bodies.read(
            ctx,
            TermsBody.class,
            "{\"record\": true, \"searchable\": true, \"shareExcerpts\": false, \"retentionDays\": 0}");
    ctx.json(agreements.sign(Visitor.member(ctx), body.toTerms()));
  }
}
