package org.explainer.site;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.explainer.content.Actor;
import org.explainer.content.Library;

/**
 * The actors index, "Who's who": people first, by surname (the last word of the name, as in "Anders Fogh
 * Rasmussen"), then institutions, groups and countries by name, in the order of the page's language.
 */
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
        .sorted(Comparator.comparing(Actor::kind).thenComparing(ActorsPage::sortName, site.collation())
            .thenComparing(Actor::name, site.collation()))
        .map(a -> new Card(a.name(), site.href(PATH, ActorPage.at(a.id())), a.role()))
        .toList();
    return site.page(PATH, "actors.ftlh", "actors", new View(cards));
  }

  /** What an actor is sorted by: a person's surname, taken as the last word of the name; anything else's whole name. */
  static String sortName(Actor a) {
    String name = a.name().strip();
    String[] words = name.split("\\s+");
    return a.kind() == Actor.Kind.PERSON ? words[words.length - 1] : name;
  }
}
