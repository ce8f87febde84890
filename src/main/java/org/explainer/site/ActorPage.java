package org.explainer.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.explainer.config.SiteConfig;
import org.explainer.content.Actor;
import org.explainer.content.Article;
import org.explainer.content.Library;

/** One page per actor: who they are, their positions over time, their quotes and their events. */
public final class ActorPage implements PageType<Actor> {
  static final String PATH = "actors/{id}/index.html";

  /**
   * An actor's page.
   *
   * @param actor the actor as written: name, spelling variants, role, affiliation, description
   * @param positions stances over time, oldest first
   * @param quotes their quotes
   * @param events timeline events they take part in
   */
  public record View(Actor actor, List<Position> positions, List<Views.Quote> quotes, List<Views.Event> events) {}

  /**
   * An actor's stance as reported by one entry.
   *
   * @param date when the entry's source was published
   * @param stanceId the stance id
   * @param stance the stance label
   * @param note what the actor holds there
   * @param entry the entry's headline
   * @param entryHref the entry's page
   */
  public record Position(Views.Date date, String stanceId, String stance, String note, String entry, String entryHref) {}

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
  public List<SearchIndex.Doc> search(Actor actor, Site site) {
    return List.of(SearchIndex.Doc.of(site.messages().text("search.kind.actor"), actor.name(), at(actor.id()),
        String.join(" ", String.join(" ", actor.variants()), actor.role(), actor.description().orElse(""))));
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.ACTORS, Input.TIMELINE);
  }

  @Override
  public Output output(Actor actor, Site site) {
    String from = at(actor.id());
    List<Position> positions = new ArrayList<>();
    List<Views.Quote> quotes = new ArrayList<>();
    for (Article a : site.articlesOf(actor.id())) {
      for (Article.Position p : a.actors()) {
        if (p.actor().id().equals(actor.id())) {
          SiteConfig.Stance stance = site.config().stance(p.stance().id()).orElseThrow();
          positions.add(new Position(site.date(a.published()), stance.id(), stance.label(), p.note(), a.headline(),
              site.href(from, EntryPage.at(a))));
        }
      }
      a.quotes().stream().filter(q -> q.speaker().id().equals(actor.id())).forEach(q -> quotes.add(site.quote(from, a, q)));
    }
    List<Views.Event> events = site.library().timeline().stream()
        .filter(e -> e.actors().stream().anyMatch(r -> r.id().equals(actor.id()))).map(e -> site.event(from, e)).toList();
    String description = site.messages().format("actor.description", Map.of("name", actor.name(), "role", actor.role()));
    return new Output.Rendered("actor.ftlh",
        new Output.PageMeta(actor.name(), description, "profile", site.jsonLd().actor(actor, site.absolute(from)), List.of()),
        new View(actor, List.copyOf(positions), List.copyOf(quotes), events));
  }
}
