package org.explainer.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.explainer.config.SiteConfig;
import org.explainer.content.Claim;
import org.explainer.content.Library;
import org.explainer.content.Page;
import org.explainer.content.Position;
import org.explainer.content.Translations;

/**
 * The home page: the question, the overview, the case for and the reasons for holding back, each actor's
 * latest position, the latest entries and the timeline at a glance.
 */
public final class HomePage implements PageType<Page> {
  static final String PATH = "index.html";
  private static final int LATEST = 5;

  /**
   * The home page's view.
   *
   * @param hero the question and the date the page is as of
   * @param overview the overview, as HTML
   * @param debate the case for and the reasons for holding back
   * @param positions each actor's latest position
   * @param latest the newest entries
   * @param events the timeline, compact
   * @param links the positions matrix and the timeline
   * @param timeline the timeline drawn to scale, numbered in the order of {@code events}
   */
  public record View(Hero hero, String overview, Debate debate, List<Glance> positions, List<Views.ArticleCard> latest,
      List<Views.Event> events, More links, TimelineFigure.View timeline) {}

  /**
   * The top of the page.
   *
   * @param title the overview's title
   * @param question the question the site answers, the page's heading
   * @param asOf the latest date the content reaches, or null
   */
  public record Hero(String title, String question, Views.Date asOf) {}

  /**
   * The two sides, in the same structure.
   *
   * @param inviteNow the case for inviting now
   * @param holdBack the reasons for holding back
   */
  public record Debate(List<Point> inviteNow, List<Point> holdBack) {}

  /**
   * One point of one side.
   *
   * @param id anchor id
   * @param claim the point, in one line
   * @param argument the argument, as HTML
   * @param heldBy the actors who hold it
   * @param credit the entries and context sources that carry it
   */
  public record Point(String id, String claim, String argument, List<Views.Link> heldBy, Views.Credit credit) {}

  /**
   * Where the home page's sections lead.
   *
   * @param positions the positions matrix
   * @param timeline the timeline
   */
  public record More(String positions, String timeline) {}

  /**
   * An actor's latest position.
   *
   * @param actor the actor, linked to its page
   * @param stance its stance there
   * @param date when it was taken
   * @param occasion the occasion, linked to the position on the positions page
   * @param context true when the position rests on context alone, to be marked as context
   */
  public record Glance(Views.Link actor, Views.Badge stance, Views.Date date, Views.Link occasion, boolean context) {}

  /** The anchor of a claim's point on the home page. */
  static String anchor(Claim c) {
    return "claim-" + c.id();
  }

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
  public Optional<Translations.Key> translates(Page home) {
    return Optional.of(new Translations.Key(Translations.Part.PAGE, home.slug()));
  }

  @Override
  public Set<String> anchors(Page home, Library library) {
    return library.claims().stream().map(HomePage::anchor).collect(Collectors.toSet());
  }

  @Override
  public Optional<Nav> nav(Page home, Messages messages) {
    return Optional.of(new Nav(messages.text("nav.home"), 0));
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.ACTORS, Input.TIMELINE, Input.PAGES, Input.CLAIMS, Input.CONTEXT, Input.POSITIONS);
  }

  @Override
  public Output output(Page home, Site site) {
    SiteConfig config = site.config();
    Library library = site.library();
    Hero hero = new Hero(home.title(), config.question(), site.updated() == null ? null : site.date(site.updated()));
    Debate debate = new Debate(points(site, Claim.Side.FOR), points(site, Claim.Side.AGAINST));
    View view = new View(hero, site.markdown().pages().get(home.slug()).html(), debate, glance(site),
        library.articles().stream().limit(LATEST).map(a -> site.card(PATH, a)).toList(),
        TimelinePage.listed(library).stream().map(e -> site.event(PATH, e)).toList(),
        new More(site.href(PATH, PositionsPage.PATH), site.href(PATH, TimelinePage.PATH)),
        TimelineFigure.of(site, PATH, TimelinePage.listed(library)));
    return new Output.Rendered("home.ftlh",
        new Output.PageMeta(config.title(), config.description(), "website", site.jsonLd().website(site.absolute(PATH)), List.of()), view);
  }

  private static List<Point> points(Site site, Claim.Side side) {
    return site.library().claims().stream().filter(c -> c.side() == side)
        .map(c -> new Point(anchor(c), c.claim(), site.markdown().claims().get(c.id()).html(),
            c.heldBy().stream().map(r -> site.actorLink(PATH, r.id())).toList(), site.credit(PATH, c)))
        .toList();
  }

  /** Each actor's latest position, in the order of the actors' file. */
  private static List<Glance> glance(Site site) {
    return site.library().actors().stream().filter(a -> !site.positionsOf(a.id()).isEmpty()).map(a -> {
      List<Position> positions = site.positionsOf(a.id());
      Position latest = positions.get(positions.size() - 1);
      return new Glance(site.actorLink(PATH, a.id()), site.stance(latest.stance()), site.date(latest.date()),
          new Views.Link(latest.occasion(), site.href(PATH, PositionsPage.PATH) + "#" + PositionsPage.anchor(latest)),
          site.credit(PATH, latest).context());
    }).toList();
  }
}
