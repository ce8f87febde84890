package org.explainer.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.explainer.content.Actor;
import org.explainer.content.Article;
import org.explainer.content.Library;
import org.explainer.content.Position;
import org.explainer.content.Translations;

/**
 * One page per actor: who they are, their positions over time, their quotes and their events; the quotes
 * {@value ListPage#SIZE} to a page, each later page with the actor's profile again.
 */
public final class ActorPage implements PageType<ActorPage.Profile> {
  static final String PATH = "actors/{id}/index.html";

  /**
   * A page of an actor's profile.
   *
   * @param actor the actor
   * @param quotes which of its quotes, oldest first
   */
  public record Profile(Actor actor, ListPage<Said> quotes) {}

  /**
   * A quote and the entry that reports it.
   *
   * @param article the entry
   * @param quote the quote
   */
  public record Said(Article article, Article.Quote quote) {}

  /**
   * An actor's page.
   *
   * @param actor the actor as written: name, spelling variants, role, affiliation, description
   * @param members for a group, the actors that make it up
   * @param memberOf the groups the actor belongs to
   * @param positions its positions over time, and those of its groups, oldest first
   * @param quotes their quotes
   * @param events timeline events they take part in
   * @param pager the links to the pages of the actor's other quotes, or null when they fit on one
   */
  public record View(Actor actor, List<Views.Link> members, List<Views.Link> memberOf, List<Views.Position> positions,
      List<Views.Quote> quotes, List<Views.Event> events, Views.Pager pager) {}

  /** The output path of the page of the actor {@code id}. */
  static String at(String id) {
    return PATH.replace("{id}", id);
  }

  @Override
  public String path() {
    return PATH;
  }

  /** Every actor's pages: one, or one per {@value ListPage#SIZE} of its quotes, oldest first. */
  @Override
  public List<Profile> subjects(Library library) {
    Map<String, List<Said>> said = new HashMap<>();
    library.articles().stream().sorted(Library.NEWEST_FIRST.reversed()).forEach(a ->
        a.quotes().forEach(q -> said.computeIfAbsent(q.speaker().id(), k -> new ArrayList<>()).add(new Said(a, q))));
    List<Profile> out = new ArrayList<>();
    for (Actor actor : library.actors()) {
      ListPage.of(said.getOrDefault(actor.id(), List.of())).forEach(page -> out.add(new Profile(actor, page)));
    }
    return List.copyOf(out);
  }

  /** The actor's id, then {@code /page/<n>} for page <i>n</i> after the first. */
  @Override
  public String id(Profile profile) {
    return profile.quotes().id(PATH, at(profile.actor().id()));
  }

  @Override
  public Profile first(Profile profile) {
    return profile.quotes().first() ? profile : new Profile(profile.actor(), profile.quotes().firstPage());
  }

  @Override
  public Optional<Translations.Key> translates(Profile profile) {
    return Optional.of(new Translations.Key(Translations.Part.ACTOR, profile.actor().id()));
  }

  /**
   * The actor, once: from its first page. A result shows its description (its role when it has none);
   * its role and every spelling of its name are searched too.
   */
  @Override
  public List<SearchIndex.Doc> search(Profile profile, Site site) {
    Actor actor = profile.actor();
    return !profile.quotes().first() ? List.of() : List.of(SearchIndex.Doc.of(site.messages().text("search.kind.actor"), actor.name(), at(actor.id()),
        actor.description().orElse(actor.role()), String.join(" ", spellings(site, actor.id()), actor.role())));
  }

  /** Every spelling of {@code actor}'s name, its name and its variants: what search finds a record naming the actor by. */
  static String spellings(Site site, String id) {
    String spellings = spellings(site.actor(id));
    // a reader of a translation may type the name as the original writes it ("Rutte" for «Рютте»)
    Optional<Actor> original = site.edition().isTranslation() ? site.edition().original().actor(id) : Optional.empty();
    return original.map(a -> spellings + " " + spellings(a)).orElse(spellings);
  }

  private static String spellings(Actor actor) {
    return String.join(" ", actor.name(), String.join(" ", actor.variants()));
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.ACTORS, Input.TIMELINE, Input.CONTEXT, Input.POSITIONS);
  }

  @Override
  public String title(Profile profile, Site site) {
    return site.listTitle(profile.actor().name(), profile.quotes());
  }

  @Override
  public Output output(Profile profile, Site site) {
    Actor actor = profile.actor();
    String first = at(actor.id());
    String from = profile.quotes().path(first);
    List<Views.Quote> quotes = profile.quotes().items().stream().map(s -> site.quote(from, s.article(), s.quote())).toList();
    List<Views.Event> events = site.library().timeline().stream()
        .filter(e -> e.actors().stream().anyMatch(r -> r.id().equals(actor.id()))).map(e -> site.event(from, e)).toList();
    String description = site.messages().format("actor.description", Map.of("name", actor.name(), "role", actor.role()));
    View view = new View(actor, actor.members().stream().map(r -> site.actorLink(from, r.id())).toList(),
        site.groupsOf(actor.id()).stream().map(g -> site.actorLink(from, g.id())).toList(), positions(actor, site, from),
        quotes, events, site.pager(from, first, profile.quotes()));
    return new Output.Rendered("actor.ftlh", new Output.PageMeta(title(profile, site), description, "profile",
        site.jsonLd().actor(actor, site.absolute(first)), List.of()), view);
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
