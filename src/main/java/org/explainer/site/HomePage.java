package org.explainer.site;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.explainer.config.SiteConfig;
import org.explainer.content.Article;
import org.explainer.content.Library;
import org.explainer.content.Page;

/** The home page: the overview, the latest entries, each actor's latest stance and the timeline at a glance. */
public final class HomePage implements PageType<Page> {
  static final String PATH = "index.html";
  private static final int LATEST = 5;

  /**
   * The home page's view.
   *
   * @param question the question the site answers
   * @param title the overview's title
   * @param overview the overview, as HTML
   * @param updated the date of the newest content, or null
   * @param latest the newest entries
   * @param positions each actor's latest recorded stance
   * @param events the timeline, compact
   * @param links the positions matrix and the timeline
   */
  public record View(String question, String title, String overview, Views.Date updated, List<Views.ArticleCard> latest,
      List<Glance> positions, List<Views.Event> events, More links) {}

  /**
   * Where the home page's sections lead.
   *
   * @param positions the positions matrix
   * @param timeline the timeline
   */
  public record More(String positions, String timeline) {}

  /**
   * An actor's latest recorded stance.
   *
   * @param actor the actor's name
   * @param actorHref its page
   * @param stanceId the stance id
   * @param stance the stance label
   * @param date when the entry recording it was published
   * @param entryHref the entry that records it
   */
  public record Glance(String actor, String actorHref, String stanceId, String stance, Views.Date date, String entryHref) {}

  @Override
  public String path() {
    return PATH;
  }

  @Override
  public List<Page> subjects(Library library) {
    return List.of(library.home());
  }

  @Override
  public Optional<Path> file(Page home) {
    return Optional.of(home.file());
  }

  @Override
  public Optional<Nav> nav(Page home, Messages messages) {
    return Optional.of(new Nav(messages.text("nav.home"), 0));
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.ACTORS, Input.TIMELINE, Input.PAGES);
  }

  @Override
  public Output output(Page home, Site site) {
    SiteConfig config = site.config();
    Library library = site.library();
    Map<String, Glance> glance = new LinkedHashMap<>();
    for (Article a : library.articles()) {
      for (Article.Position p : a.actors()) {
        glance.computeIfAbsent(p.actor().id(), id -> {
          SiteConfig.Stance stance = config.stance(p.stance().id()).orElseThrow();
          return new Glance(site.actor(id).name(), site.href(PATH, ActorPage.at(id)), stance.id(), stance.label(), site.date(a.published()),
              site.href(PATH, EntryPage.at(a)));
        });
      }
    }
    View view = new View(config.question(), home.title(), site.markdown().pages().get(home.slug()).html(),
        site.updated() == null ? null : site.date(site.updated()),
        library.articles().stream().limit(LATEST).map(a -> site.card(PATH, a)).toList(), List.copyOf(glance.values()),
        library.timeline().stream().map(e -> site.event(PATH, e)).toList(),
        new More(site.href(PATH, PositionsPage.PATH), site.href(PATH, TimelinePage.PATH)));
    return new Output.Rendered("home.ftlh",
        new Output.PageMeta(config.title(), config.description(), "website", site.jsonLd().website(site.absolute(PATH)), List.of()), view);
  }
}
