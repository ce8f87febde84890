package org.explainer.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.explainer.config.SiteConfig;
import org.explainer.content.Actor;
import org.explainer.content.Article;
import org.explainer.content.FuzzyDate;
import org.explainer.content.GlossaryTerm;
import org.explainer.content.Library;
import org.explainer.content.Page;
import org.explainer.content.Permalinks;
import org.explainer.content.TimelineEvent;
import org.explainer.markdown.RenderedContent;
import org.explainer.markdown.RenderedMarkdown;
import org.explainer.yaml.Ref;

/**
 * Decides the page set and builds each page's view: the home page, one page per entry, actor and tag,
 * the actors and tags indexes, the timeline, the glossary, the free pages and the not-found page. All
 * URLs in views are relative to the page they appear on.
 */
public final class SiteAssembler {
  private static final String STYLESHEET = "style.css";
  private static final String FAVICON = "favicon.svg";
  private static final int LATEST = 5;

  private final Library library;
  private final RenderedContent rendered;
  private final Map<String, String> assetPaths;
  private final Map<String, Actor> actors;
  private final Map<String, Article> articles;
  private final FuzzyDate updated;

  /**
   * An assembler for {@code library}, its Markdown already rendered, with assets at {@code assetPaths}
   * (output paths by name; must contain {@code style.css} and {@code favicon.svg}).
   */
  public SiteAssembler(Library library, RenderedContent rendered, Map<String, String> assetPaths) {
    this.library = library;
    this.rendered = rendered;
    this.assetPaths = assetPaths;
    this.actors = library.actorsById();
    this.articles = library.articlesBySlug();
    this.updated =
        library.articles().stream().map(Article::published).max(Comparator.naturalOrder())
            .or(() -> library.timeline().stream().map(TimelineEvent::date).max(Comparator.naturalOrder()))
            .orElse(null);
  }

  /** The assets every layout links to; the pipeline checks they exist before assembling. */
  public static List<String> requiredAssets() {
    return List.of(STYLESHEET, FAVICON);
  }

  /** Every page of the site, in a fixed order. */
  public List<PageSpec> pages() {
    List<PageSpec> pages = new ArrayList<>();
    Page home = library.home();
    pages.add(spec(Permalinks.HOME, "home.ftlh", library.site().title(), library.site().description(), homeView(home)));
    for (Article a : library.articles()) {
      pages.add(spec(Permalinks.article(a.slug()), "article.ftlh", a.headline(), a.dek(), articleView(a)));
    }
    pages.add(spec(Permalinks.ACTORS, "actors.ftlh", "Who's who", "The people, institutions and countries in the debate, with their positions.", actorsView()));
    for (Actor actor : library.actors()) {
      pages.add(spec(Permalinks.actor(actor.id()), "actor.ftlh", actor.name(), actor.name() + ": " + actor.role(), actorView(actor)));
    }
    pages.add(spec(Permalinks.TIMELINE, "timeline.ftlh", "Timeline", "The debate over inviting Ukraine into NATO, date by date, with sources.", timelineView()));
    pages.add(spec(Permalinks.GLOSSARY, "glossary.ftlh", "Glossary", "The terms of the NATO membership debate, explained.", glossaryView()));
    pages.add(spec(Permalinks.TAGS, "tags.ftlh", "Topics", "Entries by topic.", tagsView()));
    for (SiteConfig.Tag tag : library.site().tags()) {
      pages.add(spec(Permalinks.tag(tag.id()), "tag.ftlh", tag.label(), tag.description(), tagView(tag)));
    }
    for (Page page : library.pages()) {
      if (!page.home()) {
        pages.add(spec(Permalinks.page(page), "page.ftlh", page.title(), page.description(),
            new Views.FreePage(page.title(), rendered.pages().get(page.slug()).html())));
      }
    }
    pages.add(spec(Permalinks.NOT_FOUND, "404.ftlh", "Page not found", "There is no page at this address.", notFoundView()));
    return List.copyOf(pages);
  }

  private PageSpec spec(String path, String template, String title, String description, Record view) {
    return new PageSpec(path, template, chrome(path, title, description), view);
  }

  private Views.Chrome chrome(String path, String title, String description) {
    SiteConfig site = library.site();
    List<Views.NavLink> nav = new ArrayList<>();
    nav.add(navLink(path, "Overview", Permalinks.HOME));
    nav.add(navLink(path, "Timeline", Permalinks.TIMELINE));
    nav.add(navLink(path, "Who's who", Permalinks.ACTORS));
    nav.add(navLink(path, "Glossary", Permalinks.GLOSSARY));
    nav.add(navLink(path, "Topics", Permalinks.TAGS));
    library.pages().stream().filter(p -> !p.home() && p.nav().isPresent())
        .forEach(p -> nav.add(navLink(path, p.nav().get(), Permalinks.page(p))));
    String canonical = site.baseUrl().map(base -> base + cleanUrl(path)).orElse(null);
    String editors = site.editors().stream().map(SiteConfig.Editor::name).collect(Collectors.joining(", "));
    return new Views.Chrome(
        site.language(),
        site.title(),
        site.question(),
        title,
        description,
        canonical,
        href(path, Permalinks.HOME),
        href(path, assetPaths.get(STYLESHEET)),
        href(path, assetPaths.get(FAVICON)),
        List.copyOf(nav),
        site.licence().name(),
        site.licence().url(),
        editors,
        updated == null ? null : updated.display(),
        updated == null ? null : updated.iso());
  }

  private static Views.NavLink navLink(String from, String label, String to) {
    return new Views.NavLink(label, href(from, to), from.equals(to));
  }

  /** The URL a host serves {@code path} at: {@code articles/x/} for {@code articles/x/index.html}. */
  static String cleanUrl(String path) {
    return path.equals("index.html") ? "" : path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
  }

  private static String href(String from, String to) {
    return Permalinks.relative(from, to);
  }

  private Views.Home homeView(Page home) {
    String from = Permalinks.HOME;
    List<Views.ArticleCard> latest = library.articles().stream().limit(LATEST).map(a -> card(from, a)).toList();
    List<Views.Event> events = library.timeline().stream().map(e -> event(from, e)).toList();
    return new Views.Home(library.site().question(), home.title(), rendered.pages().get(home.slug()).html(), latest, events,
        href(from, Permalinks.TIMELINE));
  }

  private Views.ArticlePage articleView(Article a) {
    String from = Permalinks.article(a.slug());
    SiteConfig site = library.site();
    Article.Source s = a.source();
    Views.Source source =
        new Views.Source(s.outlet().orElse(null), s.relays().orElse(null), s.headline().orElse(null), s.url().orElse(null),
            s.language().orElse(null), s.note().orElse(null));
    List<Views.Position> positions =
        a.actors().stream()
            .map(p -> {
              Actor actor = actors.get(p.actor().id());
              SiteConfig.Stance stance = site.stance(p.stance().id()).orElseThrow();
              return new Views.Position(actor.name(), href(from, Permalinks.actor(actor.id())), stance.id(), stance.label(), p.note());
            })
            .toList();
    List<Views.Quote> quotes = a.quotes().stream().map(q -> quote(from, a, q)).toList();
    List<Views.Link> tags = a.tags().stream().map(t -> tagLink(from, t)).toList();
    List<Views.ArticleCard> related = a.related().stream().map(r -> card(from, articles.get(r.id()))).toList();
    List<Views.Event> events =
        library.timeline().stream().filter(e -> cites(e.articles(), a.slug())).map(e -> event(from, e)).toList();
    RenderedMarkdown summary = rendered.articles().get(a.slug());
    return new Views.ArticlePage(a.headline(), a.dek(), a.draft(), source, date(a.published()), positions, quotes, a.keyPoints(),
        summary.html(), summary.wordCount(), tags, related, events);
  }

  private Views.ActorsPage actorsView() {
    String from = Permalinks.ACTORS;
    List<Views.ActorCard> cards =
        library.actors().stream()
            .sorted(Comparator.comparing(Actor::kind).thenComparing(Actor::name))
            .map(a -> new Views.ActorCard(a.name(), href(from, Permalinks.actor(a.id())), a.role(), a.kind().id()))
            .toList();
    return new Views.ActorsPage(cards);
  }

  private Views.ActorPage actorView(Actor actor) {
    String from = Permalinks.actor(actor.id());
    List<Views.ActorPosition> positions = new ArrayList<>();
    List<Views.Quote> quotes = new ArrayList<>();
    List<Article> oldestFirst = library.articles().stream().sorted(Library.NEWEST_FIRST.reversed()).toList();
    for (Article a : oldestFirst) {
      for (Article.Position p : a.actors()) {
        if (p.actor().id().equals(actor.id())) {
          SiteConfig.Stance stance = library.site().stance(p.stance().id()).orElseThrow();
          positions.add(new Views.ActorPosition(date(a.published()), stance.id(), stance.label(), p.note(), a.headline(),
              href(from, Permalinks.article(a.slug()))));
        }
      }
      a.quotes().stream().filter(q -> q.speaker().id().equals(actor.id())).forEach(q -> quotes.add(quote(from, a, q)));
    }
    List<Views.Event> events =
        library.timeline().stream().filter(e -> cites(e.actors(), actor.id())).map(e -> event(from, e)).toList();
    return new Views.ActorPage(actor.name(), actor.kind().id(), actor.role(), actor.affiliation().orElse(null),
        actor.description().orElse(null), actor.variants(), List.copyOf(positions), List.copyOf(quotes), events);
  }

  private Views.TimelinePage timelineView() {
    String from = Permalinks.TIMELINE;
    Map<Integer, List<TimelineEvent>> byYear =
        library.timeline().stream().collect(Collectors.groupingBy(e -> e.date().start().getYear(), java.util.TreeMap::new, Collectors.toList()));
    List<Views.Year> years = new ArrayList<>();
    byYear.forEach((year, events) ->
        years.add(new Views.Year(year, Permalinks.yearAnchor(year), events.stream().map(e -> event(from, e)).toList())));
    return new Views.TimelinePage(List.copyOf(years));
  }

  private Views.GlossaryPage glossaryView() {
    String from = Permalinks.GLOSSARY;
    Map<String, GlossaryTerm> byId = library.glossary().stream().collect(Collectors.toMap(GlossaryTerm::id, Function.identity(), (x, y) -> x));
    List<Views.Term> terms =
        library.glossary().stream()
            .map(t -> new Views.Term(t.id(), t.term(), t.variants(), rendered.glossary().get(t.id()).html(),
                t.articles().stream().map(r -> articleLink(from, r)).toList(), t.context(),
                t.related().stream().map(r -> new Views.Link(byId.get(r.id()).term(), "#" + r.id())).toList()))
            .toList();
    return new Views.GlossaryPage(terms);
  }

  private Views.TagsPage tagsView() {
    String from = Permalinks.TAGS;
    return new Views.TagsPage(
        library.site().tags().stream()
            .map(t -> new Views.TagCard(t.label(), href(from, Permalinks.tag(t.id())), t.description(),
                (int) library.articles().stream().filter(a -> cites(a.tags(), t.id())).count()))
            .toList());
  }

  private Views.TagPage tagView(SiteConfig.Tag tag) {
    String from = Permalinks.tag(tag.id());
    return new Views.TagPage(tag.label(), tag.description(),
        library.articles().stream().filter(a -> cites(a.tags(), tag.id())).map(a -> card(from, a)).toList());
  }

  private Views.NotFoundPage notFoundView() {
    String from = Permalinks.NOT_FOUND;
    return new Views.NotFoundPage(List.of(
        new Views.Link("The overview", href(from, Permalinks.HOME)),
        new Views.Link("The timeline", href(from, Permalinks.TIMELINE)),
        new Views.Link("Who's who", href(from, Permalinks.ACTORS)),
        new Views.Link("The glossary", href(from, Permalinks.GLOSSARY))));
  }

  private Views.ArticleCard card(String from, Article a) {
    return new Views.ArticleCard(a.headline(), a.dek(), href(from, Permalinks.article(a.slug())), date(a.published()),
        outletLine(a.source()), a.draft());
  }

  /** "Censor.NET, citing Ukrinform", "Outlet not named, crediting AFP", … */
  static String outletLine(Article.Source s) {
    String outlet = s.outlet().orElse("Outlet not named");
    return s.relays().map(r -> outlet + (s.outlet().isPresent() ? ", citing " : ", crediting ") + r).orElse(outlet);
  }

  private Views.Quote quote(String from, Article a, Article.Quote q) {
    Actor speaker = actors.get(q.speaker().id());
    return new Views.Quote(speaker.name(), href(from, Permalinks.actor(speaker.id())), q.text(), q.context(), a.headline(),
        href(from, Permalinks.article(a.slug())));
  }

  private Views.Event event(String from, TimelineEvent e) {
    String end = e.end().map(d -> new FuzzyDate(d, d.toString(), FuzzyDate.Precision.DAY, Optional.empty()).display()).orElse(null);
    return new Views.Event(e.id(), e.title(), e.description(), date(e.date()), end, e.isContext(),
        e.articles().stream().map(r -> articleLink(from, r)).toList(), e.context(),
        e.actors().stream().map(r -> new Views.Link(actors.get(r.id()).name(), href(from, Permalinks.actor(r.id())))).toList(),
        href(from, Permalinks.TIMELINE) + "#" + e.id());
  }

  private Views.Link articleLink(String from, Ref ref) {
    Article a = articles.get(ref.id());
    return new Views.Link(a.headline(), href(from, Permalinks.article(a.slug())));
  }

  private Views.Link tagLink(String from, Ref ref) {
    SiteConfig.Tag tag = library.site().tag(ref.id()).orElseThrow();
    return new Views.Link(tag.label(), href(from, Permalinks.tag(tag.id())));
  }

  private static Views.Date date(FuzzyDate d) {
    return new Views.Date(d.display(), d.iso(), d.precision().id(), d.note().orElse(null));
  }

  private static boolean cites(List<Ref> refs, String id) {
    return refs.stream().anyMatch(r -> r.id().equals(id));
  }
}
