package io.hindsight.web;

import io.hindsight.Plural;
import io.hindsight.reflection.SessionBalance;
import io.hindsight.web.view.BalanceChart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lays out talk share and questions over the sessions for the home page's chart. */
final class BalanceCharts {

  /** The chart shows the latest sessions; the API has them all. */
  static final int SESSIONS = 12;

  private static final int WIDTH = 640;
  private static final int BAR_TOP = 8;
  private static final int BAR_HEIGHT = 90;
  private static final int LINE_TOP = 124;
  private static final int LINE_HEIGHT = 60;
  private static final int HEIGHT = LINE_TOP + LINE_HEIGHT + 26;
  private static final int COLORS = 4;

  private BalanceCharts() {}

  /** The chart of the latest sessions, oldest first; null when none has been transcribed. */
  static BalanceChart of(List<SessionBalance> sessions) {
    if (sessions.isEmpty()) {
      return null;
    }
    Map<String, String> css = new LinkedHashMap<>();
    for (SessionBalance s : sessions) {
      s.speakers().forEach(p -> css.putIfAbsent(p.name(), "s" + (css.size() % COLORS)));
    }
    int maxQuestions =
        Math.max(
            1,
            sessions.stream()
                .flatMap(s -> s.speakers().stream())
                .mapToInt(SessionBalance.Speaker::questions)
                .max()
                .orElse(1));
    int step = WIDTH / sessions.size();
    int barWidth = Math.max(6, Math.min(40, step - 8));
    List<BalanceChart.Column> columns = new ArrayList<>();
    Map<String, List<BalanceChart.Dot>> dots = new LinkedHashMap<>();
    for (int i = 0; i < sessions.size(); i++) {
      SessionBalance s = sessions.get(i);
      int x = i * step + (step - barWidth) / 2;
      int center = x + barWidth / 2;
      List<BalanceChart.Piece> pieces = new ArrayList<>();
      double from = 0;
      for (SessionBalance.Speaker p : s.speakers()) {
        int y = BAR_TOP + (int) Math.round(from * BAR_HEIGHT);
        int h = (int) Math.round((from + p.share()) * BAR_HEIGHT) - (y - BAR_TOP);
        from += p.share();
        pieces.add(
            new BalanceChart.Piece(
                y, h, css.get(p.name()), p.name() + ": " + Math.round(p.share() * 100) + "%"));
        int dotY = LINE_TOP + LINE_HEIGHT - p.questions() * LINE_HEIGHT / maxQuestions;
        dots.computeIfAbsent(p.name(), k -> new ArrayList<>())
            .add(
                new BalanceChart.Dot(
                    center, dotY, p.name() + ": " + Plural.count(p.questions(), "question")));
      }
      String label = s.recordedAt() == null ? "#" + (i + 1) : Format.shortDay(s.recordedAt());
      columns.add(new BalanceChart.Column(label, s.title(), x, barWidth, pieces));
    }
    List<BalanceChart.Line> lines = new ArrayList<>();
    dots.forEach(
        (name, points) ->
            lines.add(
                new BalanceChart.Line(
                    css.get(name),
                    String.join(" ", points.stream().map(d -> d.x() + "," + d.y()).toList()),
                    points)));
    List<BalanceChart.Person> people = new ArrayList<>();
    css.forEach((name, c) -> people.add(new BalanceChart.Person(name, c)));
    return new BalanceChart(
        WIDTH,
        HEIGHT,
        people,
        columns,
        lines,
        maxQuestions,
        LINE_TOP,
        HEIGHT - 6,
        sessions.get(sessions.size() - 1).reading());
  }
}
