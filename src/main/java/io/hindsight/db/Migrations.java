package io.hindsight.db;

import java.util.List;

/**
 * The schema, one step per version. Never edit a step that has shipped: append a new one (Flyway
 * refuses to start on a database where an applied step's text changed). Step N is Flyway version N
 * on both databases; write it in SQLite's spelling and {@link Dialect} gives PostgreSQL its types,
 * or start a statement with a line {@code -- postgres} or {@code -- sqlite} for one only.
 */
final class Migrations {

  private Migrations() {}

  static final List<String> STEPS =
      List.of(
          """
          CREATE TABLE pairs (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL
          );
          CREATE TABLE recordings (
            id TEXT PRIMARY KEY,
            pair_id TEXT NOT NULL REFERENCES pairs(id),
            title TEXT NOT NULL,
            recorded_at TEXT,
            created_at TEXT NOT NULL,
            status TEXT NOT NULL,
            error TEXT,
            media_files TEXT NOT NULL,
            media_type TEXT NOT NULL,
            has_video INTEGER NOT NULL,
            duration_seconds REAL,
            consent_names TEXT NOT NULL,
            consent_at TEXT NOT NULL,
            consent_scope TEXT NOT NULL
          );
          CREATE INDEX recordings_by_pair ON recordings(pair_id, recorded_at);
          """,
          // 2: the web app. People and their pair's signed agreement; server-side login sessions
          // (only a hash of each token is stored); reflection notes, which go with their recording;
          // the persistent job queue; and who uploaded a recording under which agreement version.
          """
          CREATE TABLE users (
            id TEXT PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            name TEXT NOT NULL,
            pair_id TEXT REFERENCES pairs(id),
            role TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL
          );
          CREATE INDEX users_by_pair ON users(pair_id);
          CREATE TABLE agreements (
            pair_id TEXT NOT NULL REFERENCES pairs(id),
            version INTEGER NOT NULL,
            record INTEGER NOT NULL,
            searchable INTEGER NOT NULL,
            share_excerpts INTEGER NOT NULL,
            retention_days INTEGER NOT NULL,
            created_by TEXT NOT NULL REFERENCES users(id),
            created_at TEXT NOT NULL,
            PRIMARY KEY (pair_id, version)
          );
          CREATE TABLE signatures (
            pair_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            user_id TEXT NOT NULL REFERENCES users(id),
            signed_at TEXT NOT NULL,
            withdrawn_at TEXT,
            PRIMARY KEY (pair_id, version, user_id),
            FOREIGN KEY (pair_id, version) REFERENCES agreements(pair_id, version)
          );
          CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            csrf_token TEXT NOT NULL,
            created_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL
          );
          CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            recording_id TEXT NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
            author_id TEXT NOT NULL REFERENCES users(id),
            at_seconds REAL NOT NULL,
            text TEXT NOT NULL,
            visibility TEXT NOT NULL,
            created_at TEXT NOT NULL
          );
          CREATE INDEX notes_by_recording ON notes(recording_id, at_seconds);
          CREATE TABLE jobs (
            recording_id TEXT PRIMARY KEY REFERENCES recordings(id) ON DELETE CASCADE,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            error TEXT
          );
          CREATE INDEX jobs_by_state ON jobs(state, created_at);
          ALTER TABLE recordings ADD COLUMN uploaded_by TEXT;
          ALTER TABLE recordings ADD COLUMN agreement_version INTEGER;
          """,
          // 3: shared excerpts. No foreign key to the recording: a revoked excerpt outlives it, so
          // its link answers 410 Gone rather than 404. The share token is kept (not only a hash)
          // because members see and copy their links again from the excerpt list.
          """
          CREATE TABLE excerpts (
            id TEXT PRIMARY KEY,
            recording_id TEXT NOT NULL,
            pair_id TEXT NOT NULL REFERENCES pairs(id),
            title TEXT NOT NULL,
            context TEXT NOT NULL,
            start_seconds REAL NOT NULL,
            end_seconds REAL NOT NULL,
            redacted TEXT NOT NULL,
            cover TEXT NOT NULL,
            version INTEGER NOT NULL,
            status TEXT NOT NULL,
            created_by TEXT REFERENCES users(id),
            created_at TEXT NOT NULL,
            token TEXT UNIQUE,
            published_at TEXT,
            expires_at TEXT,
            revoked_at TEXT,
            views INTEGER NOT NULL DEFAULT 0,
            clip_file TEXT
          );
          CREATE INDEX excerpts_by_pair ON excerpts(pair_id, created_at);
          CREATE INDEX excerpts_by_recording ON excerpts(recording_id);
          CREATE TABLE excerpt_approvals (
            excerpt_id TEXT NOT NULL REFERENCES excerpts(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            user_id TEXT NOT NULL REFERENCES users(id),
            approved_at TEXT NOT NULL,
            PRIMARY KEY (excerpt_id, version, user_id)
          );
          CREATE TABLE redact_words (
            pair_id TEXT NOT NULL REFERENCES pairs(id),
            phrase TEXT NOT NULL,
            PRIMARY KEY (pair_id, phrase)
          );
          """,
          // 4: follow-ups, the promises made in a session, and notes to bring up next time.
          // follow_up_scans says which recordings the rules have read, so a dismissed detection
          // is not found again on the next visit.
          """
          CREATE TABLE follow_ups (
            id TEXT PRIMARY KEY,
            recording_id TEXT NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
            pair_id TEXT NOT NULL REFERENCES pairs(id),
            at_seconds REAL NOT NULL,
            text TEXT NOT NULL,
            owner TEXT,
            due TEXT,
            source TEXT NOT NULL,
            created_by TEXT REFERENCES users(id),
            created_at TEXT NOT NULL,
            done_at TEXT,
            done_by TEXT REFERENCES users(id),
            dismissed_at TEXT,
            dismissed_by TEXT REFERENCES users(id)
          );
          CREATE INDEX follow_ups_by_pair ON follow_ups(pair_id, created_at);
          CREATE INDEX follow_ups_by_recording ON follow_ups(recording_id, at_seconds);
          CREATE TABLE follow_up_scans (
            recording_id TEXT PRIMARY KEY REFERENCES recordings(id) ON DELETE CASCADE,
            scanned_at TEXT NOT NULL
          );
          ALTER TABLE notes ADD COLUMN for_next_time INTEGER NOT NULL DEFAULT 0;
          """,
          // 5: the rules of engagement, optional terms signed and versioned with the others.
          """
          ALTER TABLE agreements ADD COLUMN cadence_days INTEGER;
          ALTER TABLE agreements ADD COLUMN media TEXT;
          ALTER TABLE agreements ADD COLUMN reply_time TEXT;
          ALTER TABLE agreements ADD COLUMN time_limits TEXT;
          """,
          // 6: the pair's own words (names, projects, jargon) with their casing, in the pair's
          // order. NOCASE: "acme" and "ACME" are one word written two ways, so only one is kept.
          """
          CREATE TABLE vocabulary (
            pair_id TEXT NOT NULL REFERENCES pairs(id),
            position INTEGER NOT NULL,
            word TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (pair_id, word)
          );
          """,
          // 7: an administrator disables a user (no sign-in, still the pair's member) or removes
          // one (no longer a member either). The row stays: their notes, signatures and approvals
          // are the pair's, and keep naming who wrote them.
          """
          ALTER TABLE users ADD COLUMN disabled_at TEXT;
          ALTER TABLE users ADD COLUMN removed_at TEXT;
          """,
          // 8: voice prints, biometric data kept only while the pair's agreement in force has the
          // rememberVoices scope. A member's print goes with the member (ON DELETE CASCADE); the
          // voices heard in one recording go with the recording; similarity is set while a name was
          // only guessed from a print, taught_user_id once a voice has taught a member's print (so
          // that a corrected name can take it back). Vectors are little-endian floats. And the
          // speaker of each file of an upload of one file per participant, from the file's name,
          // for the job that transcribes it (the stored files are named by id).
          """
          ALTER TABLE agreements ADD COLUMN remember_voices INTEGER NOT NULL DEFAULT 0;
          CREATE TABLE voice_prints (
            user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
            pair_id TEXT NOT NULL REFERENCES pairs(id),
            vector BLOB NOT NULL,
            seconds REAL NOT NULL,
            updated_at TEXT NOT NULL
          );
          CREATE INDEX voice_prints_by_pair ON voice_prints(pair_id);
          CREATE TABLE recording_voices (
            recording_id TEXT NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
            pair_id TEXT NOT NULL REFERENCES pairs(id),
            label TEXT NOT NULL,
            vector BLOB NOT NULL,
            seconds REAL NOT NULL,
            similarity REAL,
            taught_user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
            PRIMARY KEY (recording_id, label)
          );
          CREATE INDEX recording_voices_by_pair ON recording_voices(pair_id);
          CREATE TABLE recording_tracks (
            recording_id TEXT NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            speaker TEXT NOT NULL,
            PRIMARY KEY (recording_id, position)
          );
          """,
          // 9: how long a pair's excerpts may be, when the pair changed it from three minutes.
          """
          CREATE TABLE excerpt_settings (
            pair_id TEXT PRIMARY KEY REFERENCES pairs(id),
            max_seconds INTEGER NOT NULL
          );
          """,
          // 10: how the recognizer writes a pair's own words, learned from the members' corrections
          // ("jon" for "John"); searching for the word finds them too. They go with the word.
          """
          CREATE TABLE mishearings (
            pair_id TEXT NOT NULL REFERENCES pairs(id),
            word TEXT NOT NULL COLLATE NOCASE,
            heard TEXT NOT NULL,
            PRIMARY KEY (pair_id, word, heard)
          );
          """,
          // 11: on PostgreSQL, transcription jobs are db-scheduler's (its table, as the library's
          // version 16 defines it), so that worker processes anywhere take them, and their
          // progress is a row any server can show. SQLite keeps its jobs table and the progress in
          // memory.
          """
          -- postgres
          CREATE TABLE scheduled_tasks (
            task_name TEXT NOT NULL,
            task_instance TEXT NOT NULL,
            task_data BYTEA,
            execution_time TIMESTAMP WITH TIME ZONE NOT NULL,
            picked BOOLEAN NOT NULL,
            picked_by TEXT,
            last_success TIMESTAMP WITH TIME ZONE,
            last_failure TIMESTAMP WITH TIME ZONE,
            consecutive_failures INT,
            last_heartbeat TIMESTAMP WITH TIME ZONE,
            version BIGINT NOT NULL,
            priority SMALLINT,
            PRIMARY KEY (task_name, task_instance)
          );
          -- postgres
          CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
          -- postgres
          CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
          -- postgres
          CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time);
          -- postgres
          CREATE TABLE job_progress (
            recording_id TEXT PRIMARY KEY REFERENCES recordings(id) ON DELETE CASCADE,
            stage TEXT NOT NULL,
            fraction REAL NOT NULL,
            seconds_left REAL NOT NULL,
            updated_at TEXT NOT NULL
          );
          """,
          // 12: the search outbox. Every change to what a recording's search documents hold (it
          // became ready, its transcript was edited, it was deleted) is one entry, written in the
          // transaction that makes the change, so each serving node can apply them in order to
          // its own index. No foreign key: a delete entry outlives its recording. The id orders
          // them: it is taken inside the write transaction, which holds the write lock until it
          // commits, so ids commit in their order.
          """
          CREATE TABLE search_outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            recording_id TEXT NOT NULL,
            pair_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            created_at TEXT NOT NULL
          );
          CREATE INDEX search_outbox_by_time ON search_outbox(created_at);
          """);
}
