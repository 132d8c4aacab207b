package io.hindsight.pair;

import io.hindsight.db.Database;
import io.hindsight.db.Sql;
import java.util.List;

/** The vocabulary table: each pair's own words, in the order the pair gave them. */
final class VocabularyRepository {

  private final Database db;

  VocabularyRepository(Database db) {
    this.db = db;
  }

  List<String> words(String pair) {
    return db.query(
        "SELECT word FROM vocabulary WHERE pair_id = ? ORDER BY position",
        rs -> rs.getString(1),
        pair);
  }

  void replace(String pair, List<String> words) {
    db.execute(
        c -> {
          Sql.update(c, "DELETE FROM vocabulary WHERE pair_id = ?", pair);
          for (int i = 0; i < words.size(); i++) {
            Sql.update(
                c,
                "INSERT INTO vocabulary(pair_id, position, word) VALUES (?,?,?)",
                pair,
                i,
                words.get(i));
          }
        });
  }
}
