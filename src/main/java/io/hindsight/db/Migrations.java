package io.hindsight.db;

import java.util.List;

/** The schema, one step per version. Never edit a step that has shipped: append a new one. */
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
          """);
}
