package io.hindsight.pair;

import java.util.Locale;

/** A user as an administrator manages them: who they are and whether they may still sign in. */
public record Person(User user, State state) {

  /** Whether a user may sign in, and whether they still count as their pair's member. */
  public enum State {
    /** Signs in; a member counts for the pair's agreement and approvals. */
    ACTIVE,
    /** Cannot sign in for now, and keeps their place in the pair until enabled again. */
    DISABLED,
    /** Gone for good: cannot sign in and no longer a member; what they wrote stays the pair's. */
    REMOVED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
