package io.hindsight.web;

import io.hindsight.pair.Agreement;
import io.hindsight.pair.User;
import io.hindsight.web.view.AgreementView;
import io.javalin.http.Context;
import java.util.List;

/**
 * The agreement page: where the pair's agreement stands, who signed it, the terms to sign (or
 * change, which makes a new version), withdrawal, and the pair's "always redact" and "our words"
 * lists.
 */
final class AgreementPage {

  private final WebServices services;

  AgreementPage(WebServices services) {
    this.services = services;
  }

  void render(Context ctx) {
    User user = Visitor.member(ctx);
    Agreement a = services.agreements().of(user.pair());
    List<AgreementView.Member> members =
        a.members().stream().map(m -> member(m, isMe(m, user))).toList();
    boolean signed = a.members().stream().anyMatch(m -> isMe(m, user) && m.signed());
    Templates.page(
        ctx,
        "agreement.jte",
        new AgreementView(
            Layout.frame(ctx, "Agreement", Layout.Nav.AGREEMENT, "agreement.js"),
            a.status(),
            statusLine(a),
            members,
            a.members().size() < 2,
            a.version(),
            signed,
            a.terms(),
            a.version() == 0 ? "Proposed terms" : "Terms of version " + a.version(),
            String.join("\n", services.excerpts().redactions().words(user.pair())),
            signed ? List.of() : TermChanges.between(a.effective(), a.terms()),
            java.util.Arrays.stream(Agreement.Use.values())
                .map(Agreement.Use::description)
                .toList(),
            Agreement.KEPT_WHILE_WITHDRAWN,
            services.accounts().vocabulary().words(user.pair())));
  }

  private static boolean isMe(Agreement.MemberSignature m, User user) {
    return m.username().equalsIgnoreCase(user.username());
  }

  private static AgreementView.Member member(Agreement.MemberSignature m, boolean me) {
    String badge;
    String text;
    if (m.withdrawnAt() != null) {
      badge = "withdrawn";
      text = "withdrew " + Format.moment(m.withdrawnAt());
    } else if (m.signedAt() != null) {
      badge = "ready";
      text = "signed " + Format.moment(m.signedAt());
    } else {
      badge = "queued";
      text = "not signed";
    }
    return new AgreementView.Member(m.name(), me, m.role(), badge, text);
  }

  private static String statusLine(Agreement a) {
    return switch (a.status()) {
      case Agreement.IN_FORCE ->
          "In force since " + Format.moment(a.inForceSince()) + " (version " + a.version() + ")";
      case Agreement.WITHDRAWN -> "Withdrawn: everything this agreement covers is paused";
      case Agreement.AWAITING -> "Version " + a.version() + " is waiting for a signature";
      default -> "Not signed yet";
    };
  }
}
