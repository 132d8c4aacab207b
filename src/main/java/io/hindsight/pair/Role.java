package io.hindsight.pair;

import io.hindsight.HindsightException;
import java.util.Locale;

/** What a user is to Hindsight: one of a pair's two members, or an administrator. */
public enum Role {
  MENTOR,
  MENTEE,
  ADMIN;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isMember() {
    return this != ADMIN;
  }

  public static Role parse(String label) {
    for (Role role : values()) {
      if (role.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
        return role;
      }
    }
    throw HindsightException.badInput("unknown role '" + label + "': use mentor, mentee or admin");
  }
}
