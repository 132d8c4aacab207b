package io.hindsight.pair;

import java.time.Instant;

/**
 * A person who can sign in.
 *
 * @param pair the pair a member belongs to; null for an administrator who is in no pair
 */
public record User(
    String id, String username, String name, String pair, Role role, Instant createdAt) {

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }
}
