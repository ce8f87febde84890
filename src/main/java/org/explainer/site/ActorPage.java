package org.explainer.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.explainer.content.Actor;
import org.explainer.content.Article;
import org.explainer.content.Library;
import org.explainer.content.Position;
import org.explainer.content.Translations;

/** One page per actor: who they are, their positions over time, their quotes and their events. */
public final class ActorPage implements PageType<Actor> {
  static final String PATH = "actors/{id}/index.html";

  /**
   * An actor's page.
   *
   * @param actor the actor as written: name, spelling variants, role, affiliation, description
   * @param members for a group, the actors that make it up
   * @param memberOf the groups the actor belongs to
   * @param positions its positions over time, and those of its groups, oldest first
   * @param quotes their quotes
   * @param events timeline events they take part in
   */
  public record View(Actor actor, List<Views.Link> members, List<Views.Link> memberOf, List<Views.Position> positions,
      List<Views.Quote> quotes, List<Views.Event> events) {}

  /** The output path of the page of the actor {@code id}. */
  static String at(String id) {
    return PATH.replace("{id}", id);
  }

  @Override
  public String path() {
    return PATH;
  }

  @Override
  public List<Actor> subjects(Library library) {
    return library.actors();
  }

  @Override
  public String id(Actor actor) {
    return actor.id();
  }

  @Override
  public Optional<Translations.Key> translates(Actor actor) {
    return Optional.of(new Translations.Key(Translations.Part.ACTOR, actor.id()));
  }

  @Override
  public List<SearchIndex.Doc> search(Actor actor, Site site) {
    return List.of(SearchIndex.Doc.of(site.messages().text("search.kind.actor"), actor.name(), at(actor.id()),
        String.join(" ", String.join(" ", actor.variants()), actor.role(), actor.description().orElse(""))));
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.ACTORS, Input.TIMELINE, Input.CONTEXT, Input.POSITIONS);
  }

  @Override
  public Output output(Actor actor, Site site) {
    String from = at(actor.id());
    List<Views.Quote> quotes = new ArrayList<>();
    for (Article a : site.articlesOf(actor.id())) {
      a.quotes().stream().filter(q -> q.speaker().id().equals(actor.id())).forEach(q -> quotes.add(site.quote(from, a, q)));
    }
    List<Views.Event> events = site.library().timeline().stream()
        .filter(e -> e.actors().stream().anyMatch(r -> r.id().equals(actor.id()))).map(e -> site.event(from, e)).toList();
    String description = site.messages().format("actor.description", Map.of("name", actor.name(), "role", actor.role()));
    View view = new View(actor, actor.members().stream().map(r -> site.actorLink(from, r.id())).toList(),
        site.groupsOf(actor.id()).stream().map(g -> site.actorLink(from, g.id())).toList(), positions(actor, site, from),
        List.copyOf(quotes), events);
    return new Output.Rendered("actor.ftlh",
        new Output.PageMeta(actor.name(), description, "profile", site.jsonLd().actor(actor, site.absolute(from)), List.of()), view);
  }

  /** The actor's own positions and those of the groups it belongs to, labelled as the group's, oldest first. */
  private static List<Views.Position> positions(Actor actor, Site site, String from) {
    record Held(Position position, Views.Link group) {}
    List<Held> held = new ArrayList<>();
    site.positionsOf(actor.id()).forEach(p -> held.add(new Held(p, null)));
    for (Actor group : site.groupsOf(actor.id())) {
      Views.Link link = site.actorLink(from, group.id());
      site.positionsOf(group.id()).forEach(p -> held.add(new Held(p, link)));
    }
    return held.stream().sorted(Comparator.comparing((Held h) -> h.position().date()))
        .map(h -> site.position(from, h.position(), h.group())).toList();
  }
}
