package org.explainer.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.explainer.config.SiteConfig;
import org.explainer.content.Actor;
import org.explainer.content.Position;
import org.explainer.content.TimelineEvent;
import org.explainer.figure.Shape;
import org.explainer.figure.StanceMarks;

/**
 * The box "at a glance" that every page shows in its right-hand column on a desktop (after the page on a
 * phone): the question, the latest event as the state of play, and where the actors stand now (each
 * actor's latest stance, as a strip and in words). The share cards draw the same tally.
 */
final class AtAGlance {
  private AtAGlance() {}

  /**
   * A stance and the actors whose latest position takes it.
   *
   * @param index the stance's place in site.yaml, which gives its mark
   * @param stance the stance
   * @param actors the actors' names, in the actors' file order
   */
  record Tally(int index, SiteConfig.Stance stance, List<String> actors) {}

  /** Every stance some actor takes in its latest position, in site.yaml's order. */
  static List<Tally> tally(Site site) {
    List<SiteConfig.Stance> stances = site.config().stances();
    List<Tally> out = new ArrayList<>();
    for (int i = 0; i < stances.size(); i++) {
      String id = stances.get(i).id();
      List<String> names = new ArrayList<>();
      for (Actor actor : site.library().actors()) {
        List<Position> positions = site.positionsOf(actor.id());
        if (!positions.isEmpty() && positions.get(positions.size() - 1).stance().id().equals(id)) {
          names.add(actor.name());
        }
      }
      if (!names.isEmpty()) {
        out.add(new Tally(i, stances.get(i), List.copyOf(names)));
      }
    }
    return List.copyOf(out);
  }

  /** The box for the page at {@code from}. */
  static Chrome.Glance of(Site site, String from) {
    List<Tally> tally = tally(site);
    int total = tally.stream().mapToInt(t -> t.actors().size()).sum();
    List<Chrome.GlanceStance> stances = new ArrayList<>();
    double x = 0;
    for (Tally t : tally) {
      Shape shape = StanceMarks.of(t.index()).shape();
      double width = 100.0 * t.actors().size() / total;
      stances.add(new Chrome.GlanceStance(t.stance().id(), t.stance().label(), t.actors().size(), String.join(", ", t.actors()),
          shape.id(), shape.path(10, 10, 7), Shape.n(x), Shape.n(width)));
      x += width;
    }
    TimelineEvent latest = site.library().timeline().stream().max(Comparator.comparing(TimelineEvent::date)).orElse(null);
    String summary = site.messages().format("glance.stances", Map.of("actors", total));
    Messages messages = site.messages();
    Chrome.GlanceEvent state = latest == null ? null : new Chrome.GlanceEvent(messages.text("glance.latest"),
        new Views.Link(latest.title(), site.href(from, TimelinePage.PATH) + "#" + latest.id()), site.date(latest.date()),
        site.credit(from, latest).context());
    // the home page asks the question itself, and asks it once (EditorialRules)
    String question = from.equals(HomePage.PATH) ? null : site.config().question();
    return new Chrome.Glance(messages.text("glance.heading"), question, state, summary, List.copyOf(stances),
        new Views.Link(messages.text("glance.positions"), site.href(from, PositionsPage.PATH)));
  }
}
