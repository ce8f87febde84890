package org.explainer.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.explainer.content.FuzzyDate;
import org.explainer.content.TimelineEvent;
import org.explainer.figure.Shape;
import org.explainer.figure.TimeScale;

/**
 * The timeline drawn to scale ({@code templates/figures/timeline.ftlh}): one numbered mark per event, in
 * the order of the list below it, in three lanes by kind, on a time axis with a break over each run of
 * empty years. A mark's shape says its kind; a dashed outline says the event rests on context alone; each
 * mark links to its event in the list, which gives its sources.
 *
 * <p>It is drawn twice, and the stylesheet shows the drawing that fits the figure's width: a wide one,
 * its lanes named on their left, and a narrow one for a phone, a third as wide with its lanes named above
 * them, so that its text is as large on a phone as the wide one's on a desktop. Both draw the same
 * marks, numbers, lanes and years.
 */
final class TimelineFigure {
  static final int WIDTH = 1000;
  /** The wide drawing: the lanes' names in a column on the left. */
  private static final Layout WIDE = new Layout(WIDTH, 150, WIDTH - 14, 0);
  /** The narrow drawing: the lanes' names above their marks. */
  private static final Layout NARROW = new Layout(320, 12, 306, 18);
  private static final double ROW = 28;
  private static final double TOP = 14;
  private static final double MIN_GAP = 22;

  private TimelineFigure() {}

  /**
   * The figure.
   *
   * @param label the figure's name
   * @param summary what it shows, in a sentence or two: the figure's caption
   * @param wide the drawing for a wide figure
   * @param narrow the drawing for a narrow one (a phone)
   * @param legend each kind drawn, with its shape, then the context outline
   */
  public record View(String label, String summary, Drawing wide, Drawing narrow, List<Key> legend) {}

  /**
   * One drawing of the timeline.
   *
   * @param width its width
   * @param height its height
   * @param lanes the lanes, top to bottom
   * @param axis the time axis
   * @param marks one per event, in the list's order
   */
  public record Drawing(int width, int height, List<Lane> lanes, Axis axis, List<Mark> marks) {}

  /**
   * Where a drawing puts things.
   *
   * @param width its width
   * @param left where the time axis begins
   * @param right where it ends
   * @param header the room above a lane's marks for its name; 0 when the name is on the left
   */
  private record Layout(int width, double left, double right, double header) {}

  /**
   * A band of the drawing for some kinds of event.
   *
   * @param label its label, e.g. "Summits and ministerials"
   * @param y its top
   * @param height its height
   * @param labelY the baseline of its label
   */
  public record Lane(String label, String y, String height, String labelY) {}

  /**
   * The time axis.
   *
   * @param y where it is drawn
   * @param segments the stretches drawn to scale
   * @param ticks one per year drawn
   * @param breaks one per run of empty years
   */
  public record Axis(String y, List<Segment> segments, List<Tick> ticks, List<Break> breaks) {
    /** The axis of {@code scale}, drawn at {@code y}. */
    static Axis of(TimeScale scale, double y) {
      return new Axis(Shape.n(y), scale.spans().stream().map(s -> new Segment(Shape.n(s.x0()), Shape.n(s.x1()))).toList(),
          scale.ticks().stream().map(t -> new Tick(String.valueOf(t.year()), Shape.n(t.x()), "M" + Shape.n(t.x()) + " " + Shape.n(y - 4) + "v10"))
              .toList(),
          scale.breaks().stream().map(b -> new Break(years(b.first(), b.last()), Shape.n(b.x0()), Shape.n(b.x1()), zigzag(b.x0(), b.x1(), y)))
              .toList());
    }
  }

  /**
   * A stretch of the axis drawn to scale.
   *
   * @param x0 where it begins
   * @param x1 where it ends
   */
  public record Segment(String x0, String x1) {}

  /**
   * A year's start.
   *
   * @param label the year
   * @param x where it is drawn
   * @param path SVG path data of its tick
   */
  public record Tick(String label, String x, String path) {}

  /**
   * Empty years left out of the scale.
   *
   * @param label the years, e.g. "2009–2013"
   * @param x0 where the break begins
   * @param x1 where it ends
   * @param path SVG path data of the zigzag that marks it
   */
  public record Break(String label, String x0, String x1, String path) {}

  /**
   * One event's mark.
   *
   * @param number its number, as in the list
   * @param href the event in the list
   * @param title what a pointer over it shows: date, kind and title
   * @param kind the event's kind id
   * @param context true when the event rests on context alone
   * @param glyph its shape, with its number, as drawn
   */
  public record Mark(int number, String href, String title, String kind, boolean context, Glyph glyph) {}

  /**
   * A mark's shape with its number above it, as drawn.
   *
   * @param shape the shape's id
   * @param path SVG path data of the shape
   * @param x the shape's centre, where its number is centred
   * @param labelY the baseline of its number
   */
  public record Glyph(String shape, String path, String x, String labelY) {}

  /**
   * A legend entry.
   *
   * @param label what it stands for
   * @param shape the shape's id
   * @param context true for the context outline
   * @param path SVG path data of the shape in a 20×20 box
   */
  public record Key(String label, String shape, boolean context, String path) {}

  /** The lane an event of {@code kind} goes in: summits and ministerials, letters and statements, the rest. */
  static int lane(TimelineEvent.Kind kind) {
    return switch (kind) {
      case SUMMIT, MINISTERIAL -> 0;
      case LETTER, STATEMENT -> 1;
      default -> 2;
    };
  }

  /** The shape of an event of {@code kind}. */
  static Shape shape(TimelineEvent.Kind kind) {
    return switch (kind) {
      case SUMMIT, MINISTERIAL -> Shape.CIRCLE;
      case LETTER -> Shape.SQUARE;
      case STATEMENT -> Shape.DIAMOND;
      case REPORT -> Shape.TRIANGLE;
      case WAR -> Shape.CROSS;
      case ELECTION -> Shape.RING;
      case APPOINTMENT -> Shape.OPEN_SQUARE;
      case LAUNCH -> Shape.OPEN_TRIANGLE;
    };
  }

  /** Where on the axis a date is drawn: the day, or the middle of its month or year when that is all it says. */
  static LocalDate drawnAt(FuzzyDate date) {
    return switch (date.written().length()) {
      case 4 -> date.start().plusMonths(6);
      case 7 -> date.start().plusDays(14);
      default -> date.start();
    };
  }

  /** The figure of {@code events} (in the list's order), for the page at {@code from}. */
  static View of(Site site, String from, List<TimelineEvent> events) {
    Messages messages = site.messages();
    List<String> laneLabels = List.of(messages.text("figure.timeline.lane.meetings"), messages.text("figure.timeline.lane.words"),
        messages.text("figure.timeline.lane.other"));
    List<String> titles = new ArrayList<>();
    for (TimelineEvent e : events) {
      String kind = messages.text("event.kind." + e.kind().id());
      titles.add(site.display(e.date()) + " · " + kind + ": " + e.title() + (e.isContext() ? " (" + messages.text("figure.context") + ")" : ""));
    }
    String href = site.href(from, TimelinePage.PATH) + "#";
    List<LocalDate> dates = events.stream().map(e -> drawnAt(e.date())).toList();
    TimeScale wide = TimeScale.of(dates, WIDE.left(), WIDE.right());
    TimeScale narrow = TimeScale.of(dates, NARROW.left(), NARROW.right());
    return new View(messages.text("figure.timeline.label"), summary(site, events, wide), drawing(WIDE, wide, events, laneLabels, titles, href),
        drawing(NARROW, narrow, events, laneLabels, titles, href), legend(messages, events));
  }

  /** One drawing of {@code events} on {@code scale} (the layout's), each with its title and linked to its event under {@code href}. */
  private static Drawing drawing(Layout layout, TimeScale scale, List<TimelineEvent> events, List<String> laneLabels, List<String> titles,
      String href) {
    // rows per lane: a mark goes in the first row of its lane where it keeps clear of the one before it
    List<List<Double>> rowEnds = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    int[] rowOf = new int[events.size()];
    double[] xs = new double[events.size()];
    for (int i = 0; i < events.size(); i++) {
      TimelineEvent e = events.get(i);
      double x = scale.x(drawnAt(e.date()));
      List<Double> ends = rowEnds.get(lane(e.kind()));
      int row = 0;
      while (row < ends.size() && ends.get(row) + MIN_GAP > x) {
        row++;
      }
      if (row == ends.size()) {
        ends.add(x);
      } else {
        ends.set(row, x);
      }
      rowOf[i] = row;
      xs[i] = x;
    }
    double[] laneTop = new double[3];
    double y = TOP;
    List<Lane> lanes = new ArrayList<>();
    for (int lane = 0; lane < 3; lane++) {
      laneTop[lane] = y;
      double height = layout.header() + Math.max(1, rowEnds.get(lane).size()) * ROW + 12;
      double labelY = layout.header() > 0 ? y + layout.header() - 4 : y + height / 2 + 5;
      lanes.add(new Lane(laneLabels.get(lane), Shape.n(y), Shape.n(height), Shape.n(labelY)));
      y += height + 4;
    }
    double axisY = y + 6;
    List<Mark> marks = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      TimelineEvent e = events.get(i);
      int lane = lane(e.kind());
      int rows = rowEnds.get(lane).size();
      double cy = laneTop[lane] + layout.header() + 6 + (rows - rowOf[i]) * ROW - 8;
      Shape shape = shape(e.kind());
      double r = e.kind() == TimelineEvent.Kind.MINISTERIAL ? 5 : 7;
      marks.add(new Mark(i + 1, href + e.id(), titles.get(i), e.kind().id(), e.isContext(),
          new Glyph(shape.id(), shape.path(xs[i], cy, r), Shape.n(xs[i]), Shape.n(cy - r - 3))));
    }
    return new Drawing(layout.width(), (int) Math.ceil(axisY + 26), List.copyOf(lanes), Axis.of(scale, axisY), List.copyOf(marks));
  }

  private static String years(int first, int last) {
    return first == last ? String.valueOf(first) : first + "–" + last;
  }

  private static String zigzag(double x0, double x1, double y) {
    double w = (x1 - x0) / 4;
    return "M" + Shape.n(x0) + " " + Shape.n(y) + "l" + Shape.n(w) + " -6l" + Shape.n(w) + " 12l" + Shape.n(w) + " -12l" + Shape.n(w) + " 6";
  }

  private static String summary(Site site, List<TimelineEvent> events, TimeScale scale) {
    if (events.isEmpty()) {
      return site.messages().text("figure.timeline.empty");
    }
    List<String> breaks = scale.breaks().stream().map(b -> years(b.first(), b.last())).toList();
    long context = events.stream().filter(TimelineEvent::isContext).count();
    FuzzyDate first = events.stream().map(TimelineEvent::date).min(FuzzyDate::compareTo).orElseThrow();
    // the last day an event covers: the end of a meeting of several days, which may begin before, or
    // with, the event that begins last
    FuzzyDate latest = events.stream().map(TimelineEvent::date).max(FuzzyDate::compareTo).orElseThrow();
    Optional<LocalDate> lastEnd = events.stream().flatMap(e -> e.end().stream()).max(Comparator.naturalOrder());
    LocalDate latestEnds = switch (latest.precision()) {
      case MONTH -> latest.start().withDayOfMonth(latest.start().lengthOfMonth());
      case YEAR -> latest.start().withDayOfYear(latest.start().lengthOfYear());
      default -> latest.start();
    };
    String last = lastEnd.filter(end -> end.isAfter(latestEnds)).map(end -> site.messages().date(end, "date.day"))
        .orElseGet(() -> site.display(latest));
    return site.messages().format("figure.timeline.summary", Map.of("count", events.size(), "first", site.display(first), "last", last, "breaks", site.messages().list(breaks), "breakCount", breaks.size(), "context", context));
  }

  private static List<Key> legend(Messages messages, List<TimelineEvent> events) {
    Set<TimelineEvent.Kind> kinds = new LinkedHashSet<>();
    for (TimelineEvent.Kind kind : TimelineEvent.Kind.values()) {
      if (events.stream().anyMatch(e -> e.kind() == kind)) {
        kinds.add(kind);
      }
    }
    List<Key> keys = new ArrayList<>();
    for (TimelineEvent.Kind kind : kinds) {
      Shape shape = shape(kind);
      keys.add(new Key(messages.text("event.kind." + kind.id()), shape.id(), false, shape.path(10, 10, kind == TimelineEvent.Kind.MINISTERIAL ? 5 : 7)));
    }
    if (events.stream().anyMatch(TimelineEvent::isContext)) {
      keys.add(new Key(messages.text("figure.timeline.contextKey"), Shape.CIRCLE.id(), true, Shape.CIRCLE.path(10, 10, 7)));
    }
    return List.copyOf(keys);
  }
}
