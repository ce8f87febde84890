package org.explainer.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.explainer.config.SiteConfig;
import org.explainer.content.Actor;
import org.explainer.content.Article;
import org.explainer.content.Library;

/** The positions matrix: actors by stances, each cell listing the entries that record the stance. */
public final class PositionsPage extends SinglePage {
  static final String PATH = "positions/index.html";

  /**
   * The positions matrix.
   *
   * @param stances the columns
   * @param rows one row per actor with a recorded position
   */
  public record View(List<SiteConfig.Stance> stances, List<Row> rows) {}

  /**
   * A row of the matrix.
   *
   * @param actor the actor's name
   * @param actorHref its page
   * @param cells one cell per stance, in the stances' order
   */
  public record Row(String actor, String actorHref, List<Cell> cells) {}

  /**
   * A cell: the entries that record an actor holding a stance.
   *
   * @param stanceId the stance id
   * @param stance the stance label
   * @param entries the entries, oldest first, labelled by date and outlet
   */
  public record Cell(String stanceId, String stance, List<Views.Link> entries) {}

  PositionsPage() {
    super(PATH, "nav.positions", 30);
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.ACTORS);
  }

  @Override
  public Output output(Library library, Site site) {
    List<SiteConfig.Stance> stances = site.config().stances();
    Map<String, Map<String, List<Views.Link>>> byActor = new LinkedHashMap<>();
    library.actors().forEach(actor -> byActor.put(actor.id(), new LinkedHashMap<>()));
    for (Article a : site.oldestFirst()) {
      for (Article.Position p : a.actors()) {
        byActor.get(p.actor().id()).computeIfAbsent(p.stance().id(), s -> new ArrayList<>())
            .add(new Views.Link(site.shortDate(a.published()) + ", " + a.source().outlet().orElse(site.messages().text("positions.outletUnnamed")),
                site.href(PATH, EntryPage.at(a))));
      }
    }
    List<Row> rows = new ArrayList<>();
    byActor.forEach((id, cells) -> {
      if (!cells.isEmpty()) {
        Actor actor = site.actor(id);
        rows.add(new Row(actor.name(), site.href(PATH, ActorPage.at(id)),
            stances.stream().map(s -> new Cell(s.id(), s.label(), List.copyOf(cells.getOrDefault(s.id(), List.of())))).toList()));
      }
    });
    return site.page(PATH, "positions.ftlh", "positions", new View(stances, List.copyOf(rows)));
  }
}
