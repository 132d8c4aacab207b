package io.hindsight.web.view;

import java.util.List;

/**
 * Talk share and questions over the pair's sessions, laid out for a server-drawn SVG: the numbers
 * are computed in Java, the template only draws them.
 *
 * @param people each speaker seen, in order of first appearance, with their color class
 * @param sessions one column per session, oldest first
 * @param questionLines one polyline per person, "x,y x,y ..."
 * @param questionsY where the questions panel starts
 * @param labelY the baseline of the sessions' dates
 */
public record BalanceChart(
    int width,
    int height,
    List<Person> people,
    List<Column> sessions,
    List<Line> questionLines,
    int maxQuestions,
    int questionsY,
    int labelY,
    String reading) {

  public record Person(String name, String css) {}

  /** One session: its stacked share bar and its label. */
  public record Column(String label, String title, int x, int width, List<Piece> pieces) {}

  /** One person's share of a session, as a piece of its bar. */
  public record Piece(int y, int height, String css, String title) {}

  public record Line(String css, String points, List<Dot> dots) {}

  public record Dot(int x, int y, String title) {}
}
