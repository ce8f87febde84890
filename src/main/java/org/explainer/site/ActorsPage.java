package org.explainer.site;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.explainer.content.Actor;
import org.explainer.content.Library;

/** The actors index, "Who's who": people first, then institutions, groups and countries. */
public final class ActorsPage extends SinglePage {
  static final String PATH = "actors/index.html";

  /**
   * The actors index.
   *
   * @param actors all actors, people first
   */
  public record View(List<Card> actors) {}

  /**
   * An actor in the index.
   *
   * @param name canonical name
   * @param href its page
   * @param role role at the time
   */
  public record Card(String name, String href, String role) {}

  ActorsPage() {
    super(PATH, "nav.actors", 20);
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ACTORS);
  }

  @Override
  public Output output(Library library, Site site) {
    List<Card> cards = library.actors().stream()
        .sorted(Comparator.comparing(Actor::kind).thenComparing(Actor::name, site.collation()))
        .map(a -> new Card(a.name(), site.href(PATH, ActorPage.at(a.id())), a.role()))
        .toList();
    return site.page(PATH, "actors.ftlh", "actors", new View(cards));
  }
}
