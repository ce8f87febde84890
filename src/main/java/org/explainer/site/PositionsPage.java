package org.explainer.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.explainer.config.SiteConfig;
import org.explainer.content.Actor;
import org.explainer.content.Library;
import org.explainer.content.Position;

/**
 * Who stands where: a matrix of actors by stances, then each actor's positions, each listed once with
 * the entries that reported it and the context sources it rests on.
 */
public final class PositionsPage extends SinglePage {
  static final String PATH = "positions/index.html";

  /**
   * The positions page.
   *
   * @param stances every stance, with what it means, in site.yaml's order
   * @param columns the columns of the matrix: the stances some position takes, in the same order
   * @param rows one row per actor with a position, a cell per column
   * @param actors each actor's positions, oldest first
   * @param chart the positions drawn over time, a row per actor
   */
  public record View(List<SiteConfig.Stance> stances, List<SiteConfig.Stance> columns, List<Row> rows, List<ActorPositions> actors, StanceChart.View chart) {}

  /**
   * A row of the matrix.
   *
   * @param actor the actor, linked to its page
   * @param cells one cell per stance, in the stances' order
   */
  public record Row(Views.Link actor, List<Cell> cells) {}

  /**
   * A cell: the positions in which an actor took a stance.
   *
   * @param stanceId the stance id
   * @param positions the positions, oldest first, labelled by date and linked to their description below
   */
  public record Cell(String stanceId, List<Views.Link> positions) {}

  /**
   * One actor's positions.
   *
   * @param id the anchor of the actor's section, {@code actor-<id>}
   * @param actor the actor, linked to its page
   * @param positions its positions, oldest first
   */
  public record ActorPositions(String id, Views.Link actor, List<Views.Position> positions) {}

  /** The anchor of position {@code p} on this page. */
  static String anchor(Position p) {
    return "position-" + p.id();
  }

  PositionsPage() {
    super(PATH, "nav.positions", 30);
  }

  @Override
  public Set<String> anchors(Library library, Library same) {
    Set<String> anchors = library.positions().stream().map(PositionsPage::anchor).collect(Collectors.toSet());
    library.positions().forEach(p -> anchors.add("actor-" + p.actor().id()));
    return anchors;
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.ACTORS, Input.CONTEXT, Input.POSITIONS);
  }

  @Override
  public Output output(Library library, Site site) {
    List<SiteConfig.Stance> stances = site.config().stances();
    // a stance no position takes would be a column of empty cells
    List<SiteConfig.Stance> columns = site.stancesTaken();
    List<Row> rows = new ArrayList<>();
    List<ActorPositions> actors = new ArrayList<>();
    for (Actor actor : library.actors()) {
      List<Position> positions = site.positionsOf(actor.id());
      if (positions.isEmpty()) {
        continue;
      }
      Views.Link link = site.actorLink(PATH, actor.id());
      rows.add(new Row(link, columns.stream().map(s -> new Cell(s.id(), positions.stream().filter(p -> p.stance().id().equals(s.id()))
          .map(p -> new Views.Link(site.display(p.date()), "#" + anchor(p))).toList())).toList()));
      actors.add(new ActorPositions("actor-" + actor.id(), link, positions.stream().map(p -> site.position(PATH, p, null)).toList()));
    }
    return site.page(PATH, "positions.ftlh", "positions", new View(stances, columns, List.copyOf(rows), List.copyOf(actors),
        StanceChart.of(site, PATH)));
  }
}
