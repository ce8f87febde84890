package org.explainer.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.explainer.config.SiteConfig;
import org.explainer.content.Actor;
import org.explainer.content.Position;
import org.explainer.figure.Fonts;
import org.explainer.figure.Shape;
import org.explainer.figure.StanceMarks;
import org.explainer.figure.TimeScale;

/**
 * Where each actor stands, over time ({@code templates/figures/stances.ftlh}): a row per actor with
 * positions, a mark per position placed by its date on the timeline's broken axis, its stance told by
 * shape and colour and named in words at the end of the row (the latest) and in the legend. Each mark
 * links to the position, which gives its sources.
 *
 * <p>It is drawn twice, and the stylesheet shows the one that fits the figure's width: a wide drawing, a
 * row per actor with the name on the left and the latest stance on the right (each column as wide as its
 * widest text may be set, so that neither runs into a mark, in any language); and for a phone, a list of
 * the actors, each with its latest stance in words (which wrap as a line of text does) above a strip of
 * its marks, the strips sharing one axis under them.
 */
final class StanceChart {
  static final int WIDTH = 1000;
  /** The width of a strip of the narrow chart, and of its axis. */
  static final int NARROW_WIDTH = 320;
  private static final double STRIP_HEIGHT = 22;
  /** The size of an actor's name, and of its latest stance, in the wide drawing (the stylesheet's). */
  private static final double NAME_SIZE = 14;
  private static final double LATEST_SIZE = 13;
  /**
   * How much wider than Noto Sans a reader's sans-serif may set a name (regular) and a latest stance
   * (semibold): DejaVu Sans, the widest common one, sets the names 1.07 times as wide, and the latest
   * stances 1.2 times.
   */
  private static final double NAME_ROOM = 1.1;
  private static final double LATEST_ROOM = 1.2;
  /** From a name's end or a latest stance's start to the middle of the nearest mark (7 units across its middle). */
  private static final double CLEAR = 20;
  private static final double ROW = 30;
  private static final double TOP = 8;

  private StanceChart() {}

  /**
   * The chart.
   *
   * @param label the figure's name
   * @param width the wide drawing's width
   * @param height the wide drawing's height
   * @param summary what it shows, in words: the figure's caption
   * @param rows one per actor with a position, for the wide drawing
   * @param axis the time axis under the wide drawing's rows
   * @param narrow the chart for a narrow figure (a phone)
   * @param legend every stance, with its shape
   */
  public record View(String label, int width, int height, String summary, List<Row> rows, TimelineFigure.Axis axis, Narrow narrow,
      List<Key> legend) {}

  /**
   * The chart for a narrow figure: a strip of marks per actor, under its name and latest stance, and one
   * axis under the strips. Every strip and the axis are drawn {@code width} wide, to the same scale.
   *
   * @param width the width of each strip and of the axis
   * @param stripHeight the height of each strip
   * @param strips one per actor with a position
   * @param axisHeight the height of the axis
   * @param axis the time axis
   */
  public record Narrow(int width, int stripHeight, List<Strip> strips, int axisHeight, TimelineFigure.Axis axis) {}

  /**
   * An actor in the narrow chart.
   *
   * @param actor the actor's name
   * @param latest the latest stance, in words
   * @param latestStance the latest stance's id
   * @param line SVG path data of the strip's guide line
   * @param marks one per position, oldest first (their links are the wide drawing's)
   */
  public record Strip(String actor, String latest, String latestStance, String line, List<Mark> marks) {}

  /**
   * An actor's row.
   *
   * @param actor the actor's name
   * @param y the row's middle
   * @param textY the baseline of its texts
   * @param line SVG path data of the row's guide line
   * @param latest the latest stance, in words, drawn at the end of the row
   * @param latestStance the latest stance's id
   * @param marks one per position, oldest first
   */
  public record Row(String actor, String y, String textY, String line, String latest, String latestStance, List<Mark> marks) {}

  /**
   * A position's mark.
   *
   * @param href the position, with its sources
   * @param title what a pointer over it shows: date, stance and occasion
   * @param stance the stance's id
   * @param shape the shape's id
   * @param path SVG path data of the shape
   */
  public record Mark(String href, String title, String stance, String shape, String path) {}

  /**
   * A stance in the legend.
   *
   * @param id the stance's id
   * @param label its label
   * @param shape the shape's id
   * @param path SVG path data of the shape in a 20×20 box
   */
  public record Key(String id, String label, String shape, String path) {}

  /** The chart of every actor with a position, in the actors' file order, for the page at {@code from}. */
  static View of(Site site, String from) {
    List<SiteConfig.Stance> stances = site.config().stances();
    List<Actor> actors = site.library().actors().stream().filter(a -> !site.positionsOf(a.id()).isEmpty()).toList();
    List<LocalDate> dates = site.positions().stream().map(p -> TimelineFigure.drawnAt(p.date())).toList();
    double names = widest(actors.stream().map(Actor::name).toList(), NAME_SIZE, NAME_ROOM);
    double latests = widest(actors.stream().map(a -> label(stances, latest(site, a))).toList(), LATEST_SIZE, LATEST_ROOM);
    double plotRight = WIDTH - latests - CLEAR;
    TimeScale scale = TimeScale.of(dates, names + CLEAR, plotRight);
    TimeScale narrowScale = TimeScale.of(dates, 10, NARROW_WIDTH - 10);
    String positions = from.equals(PositionsPage.PATH) ? "" : site.href(from, PositionsPage.PATH);
    List<Row> rows = new ArrayList<>();
    List<Strip> strips = new ArrayList<>();
    double y = TOP + ROW / 2;
    double stripY = STRIP_HEIGHT / 2;
    for (Actor actor : actors) {
      List<Mark> marks = new ArrayList<>();
      List<Mark> narrowMarks = new ArrayList<>();
      for (Position p : site.positionsOf(actor.id())) {
        int index = index(stances, p.stance().id());
        Shape shape = StanceMarks.of(index).shape();
        LocalDate date = TimelineFigure.drawnAt(p.date());
        String label = stances.get(index).label();
        String href = positions + "#" + PositionsPage.anchor(p);
        String title = site.display(p.date()) + " · " + actor.name() + ": " + label + " (" + p.occasion() + ")";
        marks.add(new Mark(href, title, p.stance().id(), shape.id(), shape.path(scale.x(date), y, 7)));
        narrowMarks.add(new Mark(href, title, p.stance().id(), shape.id(), shape.path(narrowScale.x(date), stripY, 7)));
      }
      Position latest = latest(site, actor);
      String latestLabel = label(stances, latest);
      rows.add(new Row(actor.name(), Shape.n(y), Shape.n(y + 5), "M" + Shape.n(names + 6) + " " + Shape.n(y) + "H" + Shape.n(plotRight),
          latestLabel, latest.stance().id(), List.copyOf(marks)));
      strips.add(new Strip(actor.name(), latestLabel, latest.stance().id(), "M0 " + Shape.n(stripY) + "H" + NARROW_WIDTH, List.copyOf(narrowMarks)));
      y += ROW;
    }
    double axisY = y - ROW / 2 + 16;
    TimelineFigure.Axis axis = TimelineFigure.Axis.of(scale, axisY);
    Narrow narrow = new Narrow(NARROW_WIDTH, (int) STRIP_HEIGHT, List.copyOf(strips), 32, TimelineFigure.Axis.of(narrowScale, 6));
    // the legend keys the stances some position takes (a mark keeps its stance's place in site.yaml)
    List<Key> legend = new ArrayList<>();
    for (SiteConfig.Stance stance : site.stancesTaken()) {
      Shape shape = StanceMarks.of(index(stances, stance.id())).shape();
      legend.add(new Key(stance.id(), stance.label(), shape.id(), shape.path(10, 10, 7)));
    }
    String summary = site.messages().format("figure.stances.summary", Map.of("positions", site.positions().size(), "actors", actors.size()));
    return new View(site.messages().text("figure.stances.label"), WIDTH, (int) Math.ceil(axisY + 26), summary, List.copyOf(rows), axis,
        narrow, List.copyOf(legend));
  }

  /**
   * The width the widest of {@code texts} may take set {@code size} units tall in a reader's font: its
   * width in Noto Sans times {@code room}, for a wider font.
   */
  private static double widest(List<String> texts, double size, double room) {
    return Math.ceil(texts.stream().mapToDouble(t -> Fonts.sansWidth(t, size)).max().orElse(0) * room);
  }

  /** The actor's latest position (positions are in date order). */
  private static Position latest(Site site, Actor actor) {
    List<Position> positions = site.positionsOf(actor.id());
    return positions.get(positions.size() - 1);
  }

  /** The label of a position's stance. */
  private static String label(List<SiteConfig.Stance> stances, Position position) {
    return stances.get(index(stances, position.stance().id())).label();
  }

  private static int index(List<SiteConfig.Stance> stances, String id) {
    for (int i = 0; i < stances.size(); i++) {
      if (stances.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalStateException("unknown stance " + id + " in a validated library");
  }
}
