package org.explainer.verify;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Figures as a reader on a desktop sees them, in both languages, with JavaScript off
 * ({@link PhoneFiguresBrowserTest} holds the phone, 375 and 320 px).
 *
 * <p>On a desktop, the stance chart's names and latest stances, in either language, stand clear of its
 * marks: the Ukrainian names ran into the first marks, and a long latest stance over the last.
 */
class FigureDrawingsBrowserTest {
  /** The clear space a stance chart's name or latest stance leaves beside a mark, in CSS px. */
  static final double CLEAR_PX = 4;

  @TempDir static Path tmp;
  private static Path site;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    BrowserTest.requireBrowser();
    site = BuiltSite.build(tmp);
    driver = BrowserTest.startDriver(true);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

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

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"positions/index.html", "uk/positions/index.html"})
  void theStanceChartsNamesAndLatestStancesStandClearOfItsMarksOnADesktop(String page) {
    BrowserTest.emulate(driver, "light", BrowserTest.DESKTOP);
    driver.get(site.resolve(page).toUri().toString());
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

  private static double number(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value instanceof Number n ? n.doubleValue() : Double.NaN;
  }
}
