package org.explainer.verify;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.explainer.verify.BrowserTest.Viewport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which of a figure's drawings a reader gets between a phone and a desktop and on paper, in both
 * languages, with JavaScript off ({@link PhoneFiguresBrowserTest} holds the phone, 375 and 320 px), and
 * how the stance chart is laid out on a desktop.
 *
 * <p>On a screen, the wide drawing shows exactly where it is readable: where its smallest text is drawn at
 * least {@value PhoneFiguresBrowserTest#SMALLEST_PX} px tall and none of its text is cut off, measured by
 * showing it there; elsewhere the narrow one does. (The map is drawn once: its "wide drawing" is the map
 * with its inset's label, its narrow one the map whose legend names the inset.) A review found the narrow
 * drawings on a tablet where the wide path to membership and the map's label were readable.
 *
 * <p>On paper, every figure is its wide drawing (the overview a desktop shows; the narrow ones are laid
 * out for a phone's column), inside the printed width of an A4 or Letter page with Chromium's default
 * margins, its smallest text at least {@value #PRINT_SMALLEST_PT} pt. A printed page, narrower than a
 * desktop, used to get the phone's drawings.
 *
 * <p>On a desktop, the stance chart's names and latest stances, in either language, stand clear of its
 * marks: the Ukrainian names ran into the first marks, and a long latest stance over the last.
 */
class FigureDrawingsBrowserTest extends FiguresFromDisk {
  /**
   * The smallest text of a printed figure, in points (journals ask for 5–7 pt at least): the wide
   * drawings' 13 units of 1000, across A4's printed width, come to 7.0 pt.
   */
  static final double PRINT_SMALLEST_PT = 6.9;
  /** The clear space a stance chart's name or latest stance leaves beside a mark, in CSS px. */
  static final double CLEAR_PX = 4;
  /** Viewports between a phone and a desktop with the box "at a glance" beside the page (64rem). */
  static final List<Viewport> BETWEEN = List.of(new Viewport("window", 700, 900, false), new Viewport("tablet", 768, 1024, true),
      new Viewport("window", 800, 900, false), new Viewport("tablet", 820, 1180, true), new Viewport("window", 860, 900, false),
      new Viewport("window", 900, 900, false), new Viewport("desktop", 1100, 900, false));
  /**
   * The printed width of a page, in CSS px (96 to the inch), less Chromium's default margins (0.4 in each
   * side): A4 (210 mm) and US Letter (8.5 in). Emulated as a phone's, whose scrollbar takes no width, as
   * paper has none.
   */
  static final List<Viewport> PAPER = List.of(new Viewport("A4", 717, 1060, true), new Viewport("Letter", 739, 980, true));

  /**
   * For each figure of the page: which drawing shows ("wide", "narrow", or what is wrong), then, with the
   * wide drawing shown by force, its smallest text as drawn (font size times the drawing's scale), the
   * texts of it cut off by its drawing's edge, and how far the figure or its drawing reaches past the
   * right edge of the page. The force is taken off again.
   */
  private static final String FIGURES_SCRIPT = PhoneFiguresBrowserTest.SVG_TEXT_FUNCTIONS + "\n" + String.join("\n",
      "var width = document.documentElement.clientWidth;",
      "function shown(el) { return !!el && el.checkVisibility({visibilityProperty: true}); }",
      "function drawings(figure) {",
      "  if (figure.querySelector('.map-svg')) return {wide: figure.querySelectorAll('.map-svg .inset-label'),",
      "      narrow: figure.querySelectorAll('.map-legend .map-inset-key')};",
      "  return {wide: figure.querySelectorAll('.figure-wide'), narrow: figure.querySelectorAll('.figure-narrow')};",
      "}",
      "function which(d) {",
      "  var wide = Array.from(d.wide).every(shown), narrow = Array.from(d.narrow).every(shown);",
      "  var wideNone = !Array.from(d.wide).some(shown), narrowNone = !Array.from(d.narrow).some(shown);",
      "  if (d.wide.length === 0 || d.narrow.length === 0) return 'no drawings to choose from';",
      "  if (wide && narrowNone) return 'wide';",
      "  if (narrow && wideNone) return 'narrow';",
      "  return 'both or neither';",
      "}",
      "function force(d, on) {",
      "  d.wide.forEach(function (e) { if (on) e.style.setProperty('display', e.tagName === 'text' ? 'inline' : 'block', 'important');",
      "    else e.style.removeProperty('display'); });",
      "  d.narrow.forEach(function (e) { if (on) e.style.setProperty('display', 'none', 'important'); else e.style.removeProperty('display'); });",
      "}",
      "return Array.from(document.querySelectorAll('main figure.figure')).map(function (figure, index) {",
      "  var d = drawings(figure), drawing = which(d);",
      "  force(d, true);",
      "  var smallest = Infinity, smallestText = '', cut = [], beyond = figure.getBoundingClientRect().right - width;",
      "  figure.querySelectorAll('svg').forEach(function (svg) {",
      "    if (!shown(svg)) return;",
      "    var box = svg.getBoundingClientRect();",
      "    beyond = Math.max(beyond, box.right - width);",
      "    svg.querySelectorAll('text').forEach(function (t) {",
      "      svgLines(t).forEach(function (line) {",
      "        if (!shown(line) || !line.textContent.trim()) return;",
      "        var px = drawnPx(line);",
      "        if (px < smallest) { smallest = px; smallestText = line.textContent.trim(); }",
      "        var r = line.getBoundingClientRect();",
      "        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) cut.push(line.textContent.trim());",
      "      });",
      "    });",
      "  });",
      "  force(d, false);",
      "  return {figure: (figure.getAttribute('class') || '') + ' #' + (index + 1), drawing: drawing, smallest: smallest,",
      "      smallestText: smallestText, cut: cut, beyond: beyond, overflow: document.documentElement.scrollWidth - width};",
      "});");

  /**
   * Each row of the wide stance chart: its name's right edge, its latest stance's left edge, and the left
   * edge of its first mark and the right edge of its last, as drawn.
   */
  private static final String STANCE_ROWS_SCRIPT = String.join("\n",
      "var rows = [];",
      "document.querySelectorAll('main svg.stance-svg text.row-label').forEach(function (label) {",
      "  var row = {actor: label.textContent.trim(), nameRight: label.getBoundingClientRect().right, first: Infinity, last: -Infinity};",
      "  for (var n = label.nextElementSibling; n && !n.matches('text.row-label'); n = n.nextElementSibling) {",
      "    var r = n.getBoundingClientRect();",
      "    if (n.matches('.mark')) { row.first = Math.min(row.first, r.left); row.last = Math.max(row.last, r.right); }",
      "    if (n.matches('text.row-latest')) { row.latest = n.textContent.trim(); row.latestLeft = r.left; }",
      "  }",
      "  rows.push(row);",
      "});",
      "return rows;");

  /** A figure as a browser drew it: which drawing shows, and what the wide one is like there. */
  record Figure(String name, String drawing, double smallest, String smallestText, List<String> cut, double beyond, double overflow) {
    /** Whether the wide drawing is readable here: its smallest text large enough, none of it cut off. */
    boolean wideReadable() {
      return smallest >= PhoneFiguresBrowserTest.SMALLEST_PX - 0.01 && cut.isEmpty() && beyond <= 1;
    }

    String describe() {
      return String.format("%s: the wide drawing's smallest text, \"%s\", would be %.2f px%s", name, smallestText, smallest,
          cut.isEmpty() ? "" : ", its texts " + cut + " cut off");
    }
  }

  /**
   * At every width between a phone and a desktop, each figure shows its wide drawing where that drawing's
   * smallest text would be at least 11 px and none of it cut off, and its narrow one elsewhere (at 700
   * and 800 px, the narrow one of each).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.explainer.verify.FiguresFromDisk#pagesWithFigures")
  void theWideDrawingShowsWhereItIsReadableAndTheNarrowOneElsewhere(String page) {
    List<String> problems = new ArrayList<>();
    for (Viewport viewport : BETWEEN) {
      List<Figure> figures = figures(page, viewport, "screen");
      if (figures.isEmpty()) {
        problems.add(viewport + ": the page has no figure");
      }
      for (Figure figure : figures) {
        String expected = figure.wideReadable() ? "wide" : "narrow";
        if (!figure.drawing().equals(expected)) {
          problems.add(viewport + ", " + figure.describe() + "; the " + expected + " one should show, but " + figure.drawing() + " does");
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(page + ":\n  " + String.join("\n  ", problems));
    }
  }

  /**
   * Printed on A4 or Letter, each figure is its wide drawing, within the page's printed width, none of
   * its text cut off, its smallest text about 7 pt tall.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.explainer.verify.FiguresFromDisk#pagesWithFigures")
  void aPrintedFigureIsItsWideDrawingWithinThePage(String page) {
    List<String> problems = new ArrayList<>();
    double smallestPx = PRINT_SMALLEST_PT * 96 / 72;
    for (Viewport paper : PAPER) {
      List<Figure> figures = figures(page, paper, "print");
      if (figures.isEmpty()) {
        problems.add(paper + ": the page has no figure");
      }
      for (Figure figure : figures) {
        if (!figure.drawing().equals("wide")) {
          problems.add(paper + ", " + figure.name() + ": printed as " + figure.drawing() + ", not as the wide drawing");
        }
        if (figure.beyond() > 1 || figure.overflow() > 1) {
          problems.add(String.format("%s, %s: reaches %.0f px past the printed width (the page %.0f px)", paper, figure.name(),
              figure.beyond(), figure.overflow()));
        }
        if (!figure.cut().isEmpty()) {
          problems.add(paper + ", " + figure.name() + ": texts cut off: " + figure.cut());
        }
        if (!(figure.smallest() >= smallestPx - 0.01)) {
          problems.add(String.format("%s, %s: \"%s\" is printed %.1f pt tall", paper, figure.name(), figure.smallestText(),
              figure.smallest() * 72 / 96));
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(page + ":\n  " + String.join("\n  ", problems));
    }
  }

  /**
   * On paper, which cannot scroll, every table of a page fits the printed width whole: none reaches past
   * the page, and no box that scrolls sideways on a screen hides part of one.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"positions/index.html", "uk/positions/index.html", "sources/index.html", "uk/sources/index.html"})
  void aPrintedTableFitsThePage(String page) {
    List<String> problems = new ArrayList<>();
    for (Viewport paper : PAPER) {
      try {
        open(page, paper, "print");
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) driver.executeScript("""
            const page = document.documentElement.clientWidth, out = [];
            const tables = [...document.querySelectorAll('table')];
            if (!tables.length) out.push('no table');
            for (const t of tables) {
              const name = (t.querySelector('caption') || t).textContent.trim().slice(0, 40);
              const right = t.getBoundingClientRect().right;
              if (right > page + 1) out.push('"' + name + '" reaches ' + Math.round(right - page) + ' px past the page');
              for (let box = t; box; box = box.parentElement) {
                if (box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible') {
                  out.push('"' + name + '": ' + (box.scrollWidth - box.clientWidth) + ' px hidden in a box that scrolls sideways');
                  break;
                }
              }
            }
            return out;""");
        found.forEach(problem -> problems.add(paper + ": " + problem));
      } finally {
        screen();
      }
    }
    if (!problems.isEmpty()) {
      fail(page + ":\n  " + String.join("\n  ", problems));
    }
  }

  /**
   * At 1280 px, each row's name ends, and its latest stance starts, at least 4 px from the nearest of its
   * marks, in both languages.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"positions/index.html", "uk/positions/index.html"})
  void theStanceChartsNamesAndLatestStancesStandClearOfItsMarksOnADesktop(String page) {
    open(page, BrowserTest.DESKTOP, "screen");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) driver.executeScript(STANCE_ROWS_SCRIPT);
    List<String> problems = new ArrayList<>();
    if (rows.isEmpty()) {
      problems.add("no rows in the wide stance chart");
    }
    for (Map<String, Object> row : rows) {
      double nameRight = number(row, "nameRight");
      double first = number(row, "first");
      double last = number(row, "last");
      double latestLeft = number(row, "latestLeft");
      if (!(first - nameRight >= CLEAR_PX)) {
        problems.add(String.format("\"%s\" ends %.1f px before its first mark (at least %.0f wanted)", row.get("actor"), first - nameRight, CLEAR_PX));
      }
      if (!(latestLeft - last >= CLEAR_PX)) {
        problems.add(String.format("%s's latest stance \"%s\" starts %.1f px after its last mark (at least %.0f wanted)", row.get("actor"),
            row.get("latest"), latestLeft - last, CLEAR_PX));
      }
    }
    if (!problems.isEmpty()) {
      fail(page + ", " + BrowserTest.DESKTOP + ":\n  " + String.join("\n  ", problems));
    }
  }

  /** Opens {@code page} from disk at {@code viewport} in {@code media} ("screen" or "print"), in light mode, and reads its figures. */
  private static List<Figure> figures(String page, Viewport viewport, String media) {
    try {
      open(page, viewport, media);
      // read until two reads 100 ms apart agree: once in some hundred loads a figure was read while its
      // drawings were still being chosen, both or neither showing
      List<Map<String, Object>> raw = read();
      for (int tries = 0; tries < 10; tries++) {
        sleep(100);
        List<Map<String, Object>> again = read();
        if (again.equals(raw)) {
          break;
        }
        raw = again;
      }
      List<Figure> figures = new ArrayList<>();
      for (Map<String, Object> f : raw) {
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) f.get("cut");
        figures.add(new Figure((String) f.get("figure"), (String) f.get("drawing"), number(f, "smallest"), (String) f.get("smallestText"),
            List.copyOf(cut), number(f, "beyond"), number(f, "overflow")));
      }
      return figures;
    } finally {
      screen();
    }
  }

  /** What {@link #FIGURES_SCRIPT} reads of the page open now. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> read() {
    return (List<Map<String, Object>>) driver.executeScript(FIGURES_SCRIPT);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the page to settle", e);
    }
  }

  private static double number(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value instanceof Number n ? n.doubleValue() : Double.NaN;
  }
}
