package io.hindsight.pair;

import io.hindsight.HindsightException;
import io.hindsight.HindsightException.Kind;
import io.hindsight.Listeners;
import io.hindsight.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The pair agreement: versions of terms and each member's signature on them. A version is in force
 * only while both members have signed it and neither has withdrawn. Changing the terms makes a new
 * version, signed at once by whoever proposed it; the partner must sign it too.
 */
public final class Agreements {

  private final Database db;
  private final UserRepository users;
  private final Listeners<AgreementChanged> changeListeners = new Listeners<>();

  public Agreements(Database db) {
    this.db = db;
    this.users = new UserRepository(db);
  }

  /** Tells {@code listener} of each signature or withdrawal, once it is stored. */
  public void onChange(Consumer<AgreementChanged> listener) {
    changeListeners.add(listener);
  }

  private Agreement changed(Agreement agreement) {
    changeListeners.announce(new AgreementChanged(agreement));
    return agreement;
  }

  /** The pair's agreement as it stands. */
  public Agreement of(String pair) {
    return db.read(c -> load(c, pair));
  }

  /**
   * Signs {@code terms} as {@code user}: the current version if the terms are the same, otherwise a
   * new version. Signing again after withdrawing restores one's consent.
   */
  public Agreement sign(User user, Terms terms) {
    requireMember(user);
    return changed(
        db.inTransaction(
            c -> {
              Version latest = latest(c, user.pair());
              int version;
              if (latest != null && latest.terms.equals(terms)) {
                version = latest.number;
              } else {
                version = latest == null ? 1 : latest.number + 1;
                insertVersion(c, user, version, terms);
              }
              try (PreparedStatement s =
                  c.prepareStatement(
                      "INSERT INTO signatures(pair_id, version, user_id, signed_at, withdrawn_at)"
                          + " VALUES (?,?,?,?,NULL) ON CONFLICT(pair_id, version, user_id)"
                          + " DO UPDATE SET signed_at = excluded.signed_at, withdrawn_at = NULL")) {
                s.setString(1, user.pair());
                s.setInt(2, version);
                s.setString(3, user.id());
                s.setString(4, Instant.now().toString());
                s.executeUpdate();
              }
              return load(c, user.pair());
            }));
  }

  /** Withdraws {@code user}'s consent: uploads and shares stop at once for the pair. */
  public Agreement withdraw(User user) {
    requireMember(user);
    return changed(
        db.inTransaction(
            c -> {
              Version latest = latest(c, user.pair());
              if (latest == null) {
                throw new HindsightException(
                    Kind.CONFLICT, "there is no agreement to withdraw from");
              }
              try (PreparedStatement s =
                  c.prepareStatement(
                      "UPDATE signatures SET withdrawn_at = ? WHERE pair_id = ? AND version = ?"
                          + " AND user_id = ? AND withdrawn_at IS NULL")) {
                s.setString(1, Instant.now().toString());
                s.setString(2, user.pair());
                s.setInt(3, latest.number);
                s.setString(4, user.id());
                if (s.executeUpdate() == 0) {
                  throw new HindsightException(
                      Kind.CONFLICT,
                      "you have no consent to withdraw: you have not signed version "
                          + latest.number);
                }
              }
              return load(c, user.pair());
            }));
  }

  /**
   * The agreement, if it allows recording now.
   *
   * @throws HindsightException of kind NO_CONSENT (409) saying what is missing
   */
  public Agreement requireRecordingAllowed(String pair) {
    return require(pair, Agreement.Use.UPLOAD);
  }

  /**
   * The agreement, if it allows {@code use} now: the check the web app and the command line share.
   *
   * @throws HindsightException of kind NO_CONSENT (409) saying what is paused and why
   */
  public Agreement require(String pair, Agreement.Use use) {
    Agreement agreement = of(pair);
    if (agreement.allows(use)) {
      return agreement;
    }
    String why =
        switch (agreement.status()) {
          case Agreement.NONE -> "your pair has not signed an agreement yet";
          case Agreement.WITHDRAWN -> "consent was withdrawn (" + who(agreement, true) + ")";
          case Agreement.AWAITING ->
              "version "
                  + agreement.version()
                  + " still needs "
                  + who(agreement, false)
                  + " to sign it";
          default ->
              "the agreement in force does not allow "
                  + (use == Agreement.Use.UPLOAD ? "recording and transcribing" : "it");
        };
    String what = use == Agreement.Use.UPLOAD ? "uploads are" : use.description() + " is";
    throw new HindsightException(
        Kind.NO_CONSENT, what + " paused: " + why + ". Review it on the Agreement page.");
  }

  private static String who(Agreement agreement, boolean withdrawn) {
    List<String> names = new ArrayList<>();
    for (Agreement.MemberSignature m : agreement.members()) {
      if (withdrawn ? m.withdrawnAt() != null : !m.signed()) {
        names.add(m.name());
      }
    }
    return names.isEmpty() ? "your partner" : String.join(" and ", names);
  }

  private static void requireMember(User user) {
    if (!user.role().isMember() || user.pair() == null) {
      throw new HindsightException(
          Kind.FORBIDDEN, "only the pair's mentor and mentee sign its agreement");
    }
  }

  private record Version(int number, Terms terms) {}

  private static Version latest(Connection c, String pair) throws SQLException {
    List<Version> versions = versions(c, pair);
    return versions.isEmpty() ? null : versions.get(versions.size() - 1);
  }

  private static List<Version> versions(Connection c, String pair) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT version, record, searchable, share_excerpts, retention_days, cadence_days,"
                + " media, reply_time, time_limits FROM agreements"
                + " WHERE pair_id = ? ORDER BY version")) {
      s.setString(1, pair);
      try (ResultSet rs = s.executeQuery()) {
        List<Version> versions = new ArrayList<>();
        while (rs.next()) {
          versions.add(
              new Version(
                  rs.getInt(1),
                  new Terms(
                      rs.getInt(2) != 0,
                      rs.getInt(3) != 0,
                      rs.getInt(4) != 0,
                      rs.getInt(5),
                      new Engagement(
                          rs.getObject(6) == null ? null : rs.getInt(6),
                          rs.getString(7),
                          rs.getString(8),
                          rs.getString(9)))));
        }
        return versions;
      }
    }
  }

  private static void insertVersion(Connection c, User user, int version, Terms terms)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO agreements(pair_id, version, record, searchable, share_excerpts,"
                + " retention_days, created_by, created_at, cadence_days, media, reply_time,"
                + " time_limits) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
      s.setString(1, user.pair());
      s.setInt(2, version);
      s.setInt(3, terms.record() ? 1 : 0);
      s.setInt(4, terms.searchable() ? 1 : 0);
      s.setInt(5, terms.shareExcerpts() ? 1 : 0);
      s.setInt(6, terms.retentionDays());
      s.setString(7, user.id());
      s.setString(8, Instant.now().toString());
      Engagement rules = terms.engagement();
      s.setObject(9, rules.cadenceDays());
      s.setString(10, rules.media());
      s.setString(11, rules.replyTime());
      s.setString(12, rules.timeLimits());
      s.executeUpdate();
    }
  }

  private record Row(String userId, Instant signedAt, Instant withdrawnAt) {}

  private Agreement load(Connection c, String pair) throws SQLException {
    List<User> members = users.members(c, pair);
    List<Version> versions = versions(c, pair);
    Map<Integer, Map<String, Row>> rows = signatures(c, pair);
    if (versions.isEmpty()) {
      List<Agreement.MemberSignature> unsigned = new ArrayList<>();
      members.forEach(
          m ->
              unsigned.add(
                  new Agreement.MemberSignature(
                      m.username(), m.name(), m.role().label(), null, null)));
      return new Agreement(pair, 0, Terms.PROPOSED, Agreement.NONE, false, null, unsigned, null);
    }
    Version latest = versions.get(versions.size() - 1);
    Map<String, Row> latestRows = rows.getOrDefault(latest.number, Map.of());
    List<Agreement.MemberSignature> standing = new ArrayList<>();
    boolean withdrawn = false;
    boolean allSigned = members.size() == 2;
    Instant since = null;
    for (User m : members) {
      Row row = latestRows.get(m.id());
      Instant signedAt = row == null ? null : row.signedAt();
      Instant withdrawnAt = row == null ? null : row.withdrawnAt();
      standing.add(
          new Agreement.MemberSignature(
              m.username(), m.name(), m.role().label(), signedAt, withdrawnAt));
      withdrawn |= withdrawnAt != null;
      allSigned &= signedAt != null && withdrawnAt == null;
      if (signedAt != null && (since == null || signedAt.isAfter(since))) {
        since = signedAt;
      }
    }
    boolean inForce = allSigned && !withdrawn;
    String status =
        inForce ? Agreement.IN_FORCE : withdrawn ? Agreement.WITHDRAWN : Agreement.AWAITING;
    Terms effective = null;
    for (int i = versions.size() - 1; i >= 0 && effective == null; i--) {
      Map<String, Row> signed = rows.getOrDefault(versions.get(i).number, Map.of());
      if (members.size() == 2 && members.stream().allMatch(m -> signed.containsKey(m.id()))) {
        effective = versions.get(i).terms;
      }
    }
    return new Agreement(
        pair,
        latest.number,
        latest.terms,
        status,
        inForce,
        inForce ? since : null,
        standing,
        effective);
  }

  private static Map<Integer, Map<String, Row>> signatures(Connection c, String pair)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT version, user_id, signed_at, withdrawn_at FROM signatures WHERE pair_id = ?")) {
      s.setString(1, pair);
      try (ResultSet rs = s.executeQuery()) {
        Map<Integer, Map<String, Row>> all = new HashMap<>();
        while (rs.next()) {
          String withdrawn = rs.getString(4);
          all.computeIfAbsent(rs.getInt(1), v -> new HashMap<>())
              .put(
                  rs.getString(2),
                  new Row(
                      rs.getString(2),
                      Instant.parse(rs.getString(3)),
                      withdrawn == null ? null : Instant.parse(withdrawn)));
        }
        return all;
      }
    }
  }
}
