package org.explainer.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.explainer.content.GlossaryTerm;
import org.explainer.content.Library;
import org.explainer.figure.Shape;

/**
 * The path to membership as a diagram ({@code templates/figures/path.ftlh}), on the glossary page: NATO's
 * single step (invitation, accession talks, protocols, ratification by every ally, member), with the
 * Membership Action Plan that used to come first struck out, beside the European Union's path, where years
 * can pass between an invitation and membership. Its words are interface text; it is credited to what the
 * glossary's terms {@value #INVITATION} and {@value #MAP} cite, and shown only when the glossary has both.
 *
 * <p>It is drawn twice, and the stylesheet shows the one that fits the figure's width: a drawing whose
 * steps run left to right, and for a phone the same steps as boxes down the page (HTML, so that their
 * words wrap), with the same brackets and words.
 */
final class MembershipPath {
  static final String INVITATION = "invitation-vs-membership";
  static final String MAP = "membership-action-plan";
  private static final int WIDTH = 1000;
  private static final double BOX_W = 142;
  private static final double BOX_H = 62;
  private static final double GAP = 24;

  private MembershipPath() {}

  /**
   * The diagram.
   *
   * @param title its name
   * @param description what it shows, in words: its text alternative
   * @param wide its rows drawn across the page, for a wide figure
   * @param columns its rows drawn down the page, for a narrow figure (a phone)
   * @param terms the glossary terms it draws on
   * @param credit what those terms cite
   */
  public record View(String title, String description, Drawing wide, List<Column> columns, Terms terms, Views.Credit credit) {}

  /**
   * The diagram drawn across the page.
   *
   * @param width the drawing's width
   * @param height the drawing's height
   * @param rows its rows, NATO's then the EU's
   * @param arrows the arrows between steps, as SVG path data
   */
  public record Drawing(int width, int height, List<Row> rows, List<String> arrows) {}

  /**
   * A row drawn down the page: steps, then the steps a bracket beside them spans, with what it says.
   *
   * @param label the organisation
   * @param before the steps above the bracket
   * @param bracketed the steps the bracket spans
   * @param span what the bracket says about the time they take
   * @param waits true when time passes between the bracketed steps (drawn as a long arrow)
   */
  public record Column(String label, List<Stage> before, List<Stage> bracketed, String span, boolean waits) {}

  /**
   * A step drawn in a column.
   *
   * @param label its label, on one line (it wraps)
   * @param kind step, dropped (struck out) or goal
   */
  public record Stage(String label, String kind) {}

  /**
   * The glossary terms the diagram draws on.
   *
   * @param label what introduces them ("Terms:")
   * @param links each term, linked to its definition
   */
  public record Terms(String label, List<Views.Link> links) {}

  /**
   * A row: one organisation's path.
   *
   * @param label the organisation, drawn above the row
   * @param labelY the label's baseline
   * @param steps its steps, left to right
   * @param span the bracket under the row, or null
   */
  public record Row(String label, String labelY, List<Step> steps, Span span) {}

  /**
   * A step.
   *
   * @param lines its label, a line per element
   * @param kind step, dropped (struck out) or goal
   * @param x left
   * @param y top
   * @param width width
   * @param height height
   * @param textX the middle, where its lines are centred
   * @param textY the first line's baseline
   */
  public record Step(List<String> lines, String kind, String x, String y, String width, String height, String textX, String textY) {}

  /**
   * A bracket under steps, with what it says about the time they take.
   *
   * @param label e.g. "soon after the invitation"
   * @param path SVG path data of the bracket
   * @param textX the middle of the label
   * @param textY its baseline
   */
  public record Span(String label, String path, String textX, String textY) {}

  /** The diagram, or empty when the glossary lacks the terms it draws on. */
  static Optional<View> of(Site site) {
    Library library = site.library();
    Optional<GlossaryTerm> invitation = library.glossary().stream().filter(t -> t.id().equals(INVITATION)).findFirst();
    Optional<GlossaryTerm> map = library.glossary().stream().filter(t -> t.id().equals(MAP)).findFirst();
    if (invitation.isEmpty() || map.isEmpty()) {
      return Optional.empty();
    }
    Messages m = site.messages();
    List<String> arrows = new ArrayList<>();
    // NATO: the plan that used to come first, struck out, then the single step
    double y = 34;
    List<Step> nato = new ArrayList<>();
    double x = 0;
    nato.add(step(m.text("figure.path.map"), "dropped", x, y));
    x += BOX_W + GAP;
    String[] steps = {"figure.path.invitation", "figure.path.talks", "figure.path.protocols", "figure.path.ratification", "figure.path.member"};
    double firstStep = x;
    for (int i = 0; i < steps.length; i++) {
      nato.add(step(m.text(steps[i]), i == steps.length - 1 ? "goal" : "step", x, y));
      arrows.add(arrow(x - GAP + 2, x - 3, y + BOX_H / 2));
      x += BOX_W + GAP;
    }
    double lastEnd = x - GAP;
    Span soon = span(m.text("figure.path.soon"), firstStep, lastEnd, y + BOX_H + 8);
    // the EU: an invitation, years, membership
    double euY = y + BOX_H + 96;
    List<Step> eu = new ArrayList<>();
    eu.add(step(m.text("figure.path.invitation"), "step", firstStep, euY));
    double goal = lastEnd - BOX_W;
    eu.add(step(m.text("figure.path.eu.member"), "goal", goal, euY));
    arrows.add(arrow(firstStep + BOX_W + 2, goal - 3, euY + BOX_H / 2));
    Span years = span(m.text("figure.path.years"), firstStep + BOX_W, goal, euY + BOX_H + 8);
    List<Row> rows = List.of(new Row(m.text("figure.path.nato"), Shape.n(y - 12), List.copyOf(nato), soon),
        new Row(m.text("figure.path.eu"), Shape.n(euY - 12), List.copyOf(eu), years));
    List<Column> columns = List.of(column(rows.get(0), 1, false), column(rows.get(1), 0, true));
    Terms terms = new Terms(m.text("figure.path.terms"),
        List.of(new Views.Link(invitation.get().term(), "#" + INVITATION), new Views.Link(map.get().term(), "#" + MAP)));
    return Optional.of(new View(m.text("figure.path.title"), m.text("figure.path.description"),
        new Drawing(WIDTH, (int) Math.ceil(euY + BOX_H + 44), rows, List.copyOf(arrows)), columns, terms, site.credit(GlossaryPage.PATH, map.get())));
  }

  private static Step step(String label, String kind, double x, double y) {
    List<String> lines = List.of(label.split("\\|"));
    double textY = y + BOX_H / 2 + 5 - (lines.size() - 1) * 8.5;
    return new Step(lines, kind, Shape.n(x), Shape.n(y), Shape.n(BOX_W), Shape.n(BOX_H), Shape.n(x + BOX_W / 2), Shape.n(textY));
  }

  /** {@code row} drawn down the page, its bracket beside its steps from the {@code first}. */
  private static Column column(Row row, int first, boolean waits) {
    List<Stage> stages = row.steps().stream().map(s -> new Stage(String.join(" ", s.lines()), s.kind())).toList();
    return new Column(row.label(), List.copyOf(stages.subList(0, first)), List.copyOf(stages.subList(first, stages.size())), row.span().label(),
        waits);
  }

  private static String arrow(double x0, double x1, double y) {
    return "M" + Shape.n(x0) + " " + Shape.n(y) + "H" + Shape.n(x1) + "m-7 -5l7 5l-7 5";
  }

  private static Span span(String label, double x0, double x1, double y) {
    String path = "M" + Shape.n(x0) + " " + Shape.n(y) + "v6H" + Shape.n(x1) + "v-6";
    return new Span(label, path, Shape.n((x0 + x1) / 2), Shape.n(y + 24));
  }
}
