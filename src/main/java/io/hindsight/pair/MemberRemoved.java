package io.hindsight.pair;

/**
 * An administrator removed a user for good; what was theirs alone (a voice print) goes with them.
 *
 * @param user the user as they were, pair included
 */
public record MemberRemoved(User user) {}
