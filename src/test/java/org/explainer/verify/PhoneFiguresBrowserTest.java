package org.explainer.verify;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.explainer.verify.BrowserTest.Viewport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The figures as a reader on a phone sees them (375 px, and the narrowest phone, 320 px), in both
 * languages, in a browser with JavaScript off (no script may be needed to read a figure): every text of a
 * figure is at least {@value #SMALLEST_PX} CSS px as rendered (an SVG text's font size times the scale the
 * drawing is drawn at); every word a figure shows on a desktop (1280 px) is shown on the phone too, on
 * screen and readable; the page never scrolls sideways, and a figure that scrolls sideways in its own box
 * starts at its beginning. A reader on a phone found the timeline opened scrolled to its end with its
 * labels at 6–8 px, the stance chart's names of the actors scrolled out of sight, and the path to
 * membership and the map's inset with labels about 5 px tall.
 */
class PhoneFiguresBrowserTest extends FiguresFromDisk {
  /** The smallest rendered text a figure may have, in CSS px. */
  static final double SMALLEST_PX = 11;
  static final List<Viewport> PHONES = List.of(BrowserTest.PHONE, new Viewport("phone", BrowserTest.NARROWEST, 812, true));
  /** What a figure holds: the figures of the page, and the box "at a glance" beside it. */
  private static final String FIGURES = "main figure.figure, aside.glance-box";

  /**
   * Every piece of text a figure shows, as drawn: for an SVG text (each line of it), its font size times
   * the drawing's scale (from its screen transformation matrix); for an HTML text, its font size. Each with
   * its words, whether it is on screen (inside the viewport and every box that clips it) and what it is.
   * Text that is not rendered (display: none, visibility: hidden, a {@code <title>}) is left out.
   */
  /**
   * Script functions both figure tests use: the lines of an SVG text (its {@code tspan}s, or itself), and
   * a line's font size as drawn, in CSS px (its font size times the drawing's scale).
   */
  static final String SVG_TEXT_FUNCTIONS = String.join("\n",
      "function svgLines(t) { return t.querySelectorAll('tspan').length ? Array.from(t.querySelectorAll('tspan')) : [t]; }",
      "function drawnPx(line) { var m = line.getScreenCTM(); return parseFloat(getComputedStyle(line).fontSize) * Math.hypot(m.a, m.b); }");

  private static final String TEXTS_SCRIPT = SVG_TEXT_FUNCTIONS + "\n" + String.join("\n",
      "var figures = Array.from(document.querySelectorAll(arguments[0]));",
      "function onScreen(el, r) {",
      "  if (r.width === 0 && r.height === 0) return false;",
      "  if (r.left < -1 || r.right > document.documentElement.clientWidth + 1) return false;",
      "  for (var a = el.parentElement; a && a !== document.body; a = a.parentElement) {",
      "    var cs = getComputedStyle(a);",
      "    if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;",
      "    var b = a.getBoundingClientRect();",
      "    if (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1) return false;",
      "  }",
      "  return true;",
      "}",
      "function shown(el) {",
      "  return el.checkVisibility({visibilityProperty: true, opacityProperty: true});",
      "}",
      "function name(el) {",
      "  var c = el.getAttribute('class');",
      "  return el.tagName.toLowerCase() + (c ? '.' + c.trim().split(/\\s+/).join('.') : '');",
      "}",
      "return figures.map(function (figure, index) {",
      "  var texts = [];",
      "  figure.querySelectorAll('svg text').forEach(function (t) {",
      "    svgLines(t).forEach(function (line) {",
      "      if (!shown(line) || !line.textContent.trim()) return;",
      "      var px = drawnPx(line);",
      "      texts.push({text: line.textContent.trim(), px: px, onScreen: onScreen(line, line.getBoundingClientRect()), what: name(t)});",
      "    });",
      "  });",
      "  var walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);",
      "  for (var node = walker.nextNode(); node; node = walker.nextNode()) {",
      "    var el = node.parentElement;",
      "    if (!node.textContent.trim() || el.closest('svg')) continue;",
      "    if (!shown(el)) continue;",
      "    var range = document.createRange();",
      "    range.selectNodeContents(node);",
      "    texts.push({text: node.textContent.trim(), px: parseFloat(getComputedStyle(el).fontSize),",
      "        onScreen: onScreen(el, range.getBoundingClientRect()), what: name(el)});",
      "  }",
      "  return {figure: name(figure) + ' #' + (index + 1), texts: texts};",
      "});");

  /** Every element in a figure that scrolls sideways, with where its content starts against its box. */
  private static final String SCROLLERS_SCRIPT = String.join("\n",
      "var rtl = getComputedStyle(document.documentElement).direction === 'rtl', out = [];",
      "document.querySelectorAll(arguments[0]).forEach(function (figure) {",
      "  [figure].concat(Array.from(figure.querySelectorAll('*'))).forEach(function (el) {",
      "    var ox = getComputedStyle(el).overflowX;",
      "    if ((ox !== 'auto' && ox !== 'scroll') || el.scrollWidth <= el.clientWidth + 1) return;",
      "    var box = el.getBoundingClientRect(), start = Infinity, end = -Infinity;",
      "    Array.from(el.children).forEach(function (c) {",
      "      var r = c.getBoundingClientRect();",
      "      start = Math.min(start, r.left); end = Math.max(end, r.right);",
      "    });",
      "    out.push({what: el.tagName.toLowerCase() + '.' + (el.getAttribute('class') || '').trim().split(/\\s+/).join('.'),",
      "        scrollLeft: el.scrollLeft, offset: rtl ? end - box.right : box.left - start});",
      "  });",
      "});",
      "return out;");

  /**
   * On a phone, every text of a figure (the figures of the page and the box "at a glance") is drawn at
   * least 11 CSS px tall, and so is every text of a figure on a desktop.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.explainer.verify.FiguresFromDisk#pagesWithFigures")
  void everyTextOfAFigureIsAtLeast11PxOnAPhone(String page) {
    List<String> problems = new ArrayList<>();
    List<Viewport> viewports = new ArrayList<>(PHONES);
    viewports.add(BrowserTest.DESKTOP);
    for (Viewport viewport : viewports) {
      List<Figure> figures = open(page, viewport);
      if (figures.stream().noneMatch(f -> f.name().startsWith("figure"))) {
        problems.add(viewport + ": the page has no figure");
      }
      for (Figure figure : figures) {
        for (Text text : figure.texts()) {
          if (text.px() < SMALLEST_PX - 0.01) {
            problems.add(String.format("%s, %s: %s \"%s\" is drawn %.1f px tall", viewport, figure.name(), text.what(), text.text(), text.px()));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(page + ": " + problems.size() + " text(s) of figures under " + SMALLEST_PX + " px\n  " + String.join("\n  ", problems));
    }
  }

  /**
   * Every word a figure shows on a desktop (its rows' and axes' labels, its marks' numbers, its legend) a
   * phone shows too: on screen, not scrolled or clipped out of sight, and at least 11 px tall, whether
   * in the same drawing or in another way.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.explainer.verify.FiguresFromDisk#pagesWithFigures")
  void everyLabelAFigureShowsOnADesktopIsReadableOnAPhone(String page) {
    List<Figure> desktop = open(page, BrowserTest.DESKTOP);
    List<String> problems = new ArrayList<>();
    for (Viewport phone : PHONES) {
      List<Figure> figures = open(page, phone);
      for (int i = 0; i < desktop.size(); i++) {
        Set<String> missing = new LinkedHashSet<>(words(desktop.get(i), false));
        missing.removeAll(words(figures.get(i), true));
        if (!missing.isEmpty()) {
          problems.add(phone + ", " + desktop.get(i).name() + ": shown on a desktop, not readable on the phone: " + missing);
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(page + ":\n  " + String.join("\n  ", problems));
    }
  }

  /**
   * On a phone the page never scrolls sideways, and a figure that scrolls sideways inside its own box
   * opens at its beginning (the left, in both languages, which are written left to right), not at its
   * end.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.explainer.verify.FiguresFromDisk#pagesWithFigures")
  void aFigureOnAPhoneOpensAtItsBeginningAndThePageDoesNotScrollSideways(String page) {
    List<String> problems = new ArrayList<>();
    for (Viewport phone : PHONES) {
      open(page, phone);
      problems.addAll(BrowserTest.horizontalScroll(driver, phone.width()));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> scrollers = (List<Map<String, Object>>) driver.executeScript(SCROLLERS_SCRIPT, FIGURES);
      for (Map<String, Object> box : scrollers) {
        double offset = ((Number) box.get("offset")).doubleValue();
        if (Math.abs(offset) > 1) {
          problems.add(String.format("%s: %s scrolls sideways and opens %.0f px from its beginning (scrollLeft %s)", phone, box.get("what"),
              Math.abs(offset), box.get("scrollLeft")));
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(page + ":\n  " + String.join("\n  ", problems));
    }
  }

  /** A text of a figure as drawn. */
  record Text(String text, double px, boolean onScreen, String what) {}

  /** A figure and its texts. */
  record Figure(String name, List<Text> texts) {}

  /** Opens {@code page} from disk at {@code viewport}, in light mode, and reads its figures' texts. */
  private static List<Figure> open(String page, Viewport viewport) {
    open(page, viewport, "screen");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> raw = (List<Map<String, Object>>) driver.executeScript(TEXTS_SCRIPT, FIGURES);
    List<Figure> figures = new ArrayList<>();
    for (Map<String, Object> f : raw) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> texts = (List<Map<String, Object>>) f.get("texts");
      figures.add(new Figure((String) f.get("figure"), texts.stream().map(t -> new Text((String) t.get("text"),
          ((Number) t.get("px")).doubleValue(), (Boolean) t.get("onScreen"), (String) t.get("what"))).toList()));
    }
    return figures;
  }

  /** The words of a figure's texts, without their punctuation; with {@code readable}, only those on screen and large enough. */
  private static Set<String> words(Figure figure, boolean readable) {
    Map<String, Boolean> words = new LinkedHashMap<>();
    for (Text text : figure.texts()) {
      if (readable && (!text.onScreen() || text.px() < SMALLEST_PX - 0.01)) {
        continue;
      }
      for (String word : text.text().split("\\s+")) {
        String bare = word.replaceAll("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$", "");
        if (!bare.isEmpty()) {
          words.put(bare, true);
        }
      }
    }
    return words.keySet();
  }
}
