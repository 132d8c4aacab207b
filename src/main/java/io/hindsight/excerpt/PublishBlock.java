package io.hindsight.excerpt;

import io.hindsight.pair.Agreement;
import io.hindsight.pair.User;
import java.util.List;

/**
 * Why an excerpt cannot be published yet, in words a member can act on. The same check refuses a
 * publish and, beforehand, disables the page's Publish button with this reason.
 *
 * @param reason a sentence naming what is missing and who can fix it
 * @param byAgreement the pair agreement is what stands in the way, so the agreement page fixes it
 */
public record PublishBlock(String reason, boolean byAgreement) {

  /** What stands in the way of publishing the excerpt's current version, or null when nothing. */
  static PublishBlock of(Excerpt excerpt, Agreement agreement, List<User> members) {
    if (excerpt.status() != Excerpt.Status.DRAFT) {
      return new PublishBlock("this excerpt is " + excerpt.status().label(), false);
    }
    if (!agreement.allows(Agreement.Use.SHARE_EXCERPTS)) {
      return new PublishBlock(
          "your pair agreement in force does not allow sharing excerpts; both of you must sign"
              + " terms that do",
          true);
    }
    if (members.size() != 2) {
      return new PublishBlock(
          "an excerpt is published once both members of the pair approve", true);
    }
    List<String> waiting =
        members.stream()
            .filter(m -> !excerpt.notApprovedBy(List.of(m.username())).isEmpty())
            .map(User::name)
            .toList();
    if (waiting.isEmpty()) {
      return null;
    }
    return new PublishBlock(
        (waiting.size() == 2 ? "both of you" : waiting.get(0))
            + " must approve version "
            + excerpt.version()
            + " before it can be published",
        false);
  }
}
