package io.hindsight.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The SQL on the job tables of PostgreSQL: db-scheduler's {@code scheduled_tasks} and the progress
 * of running jobs, {@code job_progress}, which lets the server that shows a recording page read
 * what a worker on another machine reports. These tables belong to the jobs alone, so their
 * statements run on auto-commit connections of their own, outside the metadata's write
 * transactions.
 */
final class JobTables {

  static final String TASK = "transcribe";

  private final DataSource source;

  JobTables(DataSource source) {
    this.source = source;
  }

  /** The row db-scheduler's own schedule() writes, inside the caller's transaction. */
  static void insertTask(Connection c, String recordingId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO scheduled_tasks(task_name, task_instance, task_data, execution_time,"
                + " picked, version, priority) VALUES (?, ?, NULL, ?, false, 1, 0)"
                + " ON CONFLICT (task_name, task_instance) DO NOTHING")) {
      s.setString(1, TASK);
      s.setString(2, recordingId);
      s.setTimestamp(3, Timestamp.from(Instant.now()));
      s.executeUpdate();
    }
  }

  static void saveProgress(Connection c, String recordingId, Progress p) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO job_progress(recording_id, stage, fraction, seconds_left, updated_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (recording_id) DO UPDATE SET"
                + " stage = excluded.stage, fraction = excluded.fraction,"
                + " seconds_left = excluded.seconds_left, updated_at = excluded.updated_at")) {
      s.setString(1, recordingId);
      s.setString(2, p.stage().label());
      s.setDouble(3, p.fraction());
      s.setDouble(4, p.secondsLeft());
      s.setString(5, Instant.now().toString());
      s.executeUpdate();
    }
  }

  void saveProgress(String recordingId, Progress p) throws SQLException {
    try (Connection c = source.getConnection()) {
      saveProgress(c, recordingId, p);
    }
  }

  Optional<Progress> progress(String recordingId) throws SQLException {
    try (Connection c = source.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT stage, fraction, seconds_left FROM job_progress WHERE recording_id = ?")) {
      s.setString(1, recordingId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Progress(
                Progress.Stage.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)),
                rs.getDouble(2),
                rs.getDouble(3)));
      }
    }
  }

  void deleteProgress(String recordingId) throws SQLException {
    update("DELETE FROM job_progress WHERE recording_id = ?", recordingId);
  }

  /** Marks a recording that is not ready failed, with why, and drops its progress row. */
  void fail(String recordingId, String error) throws SQLException {
    update(
        "UPDATE recordings SET status = 'failed', error = ? WHERE id = ? AND status <> 'ready'",
        error,
        recordingId);
    deleteProgress(recordingId);
  }

  /** Removes the job unless a worker has claimed it; true if it was removed. */
  boolean deleteUnclaimed(String recordingId) throws SQLException {
    return update(
            "DELETE FROM scheduled_tasks WHERE task_name = ? AND task_instance = ? AND NOT picked",
            TASK,
            recordingId)
        > 0;
  }

  int pending() throws SQLException {
    try (Connection c = source.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT count(*) FROM scheduled_tasks WHERE task_name = ?")) {
      s.setString(1, TASK);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  /** The scheduler that holds the recording's job now; empty while nobody does. */
  Optional<String> claimedBy(String recordingId) throws SQLException {
    try (Connection c = source.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT picked_by FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?"
                    + " AND picked")) {
      s.setString(1, TASK);
      s.setString(2, recordingId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private int update(String sql, String... args) throws SQLException {
    try (Connection c = source.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setString(i + 1, args[i]);
      }
      return s.executeUpdate();
    }
  }
}
