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
          // A word that leaves the list takes what was learned of it along.
          Sql.update(
              c,
              "DELETE FROM mishearings WHERE pair_id = ? AND word NOT IN"
                  + " (SELECT word FROM vocabulary WHERE pair_id = ?)",
              pair,
              pair);
        });
  }

  /** Keeps {@code heard} as a mishearing of {@code written}, if that is one of the pair's words. */
  void learn(String pair, String written, String heard) {
    db.update(
        "INSERT INTO mishearings(pair_id, word, heard)"
            + " SELECT pair_id, word, ? FROM vocabulary WHERE pair_id = ? AND word = ?"
            + " ON CONFLICT DO NOTHING",
        heard,
        pair,
        written);
  }

  /** How the recognizer has written one of the pair's words, as members corrected it. */
  List<String> heardAs(String pair, String word) {
    return db.query(
        "SELECT heard FROM mishearings WHERE pair_id = ? AND word = ? ORDER BY heard",
        rs -> rs.getString(1),
        pair,
        word);
  }
}
