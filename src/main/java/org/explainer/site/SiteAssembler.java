package org.explainer.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.explainer.concurrent.Workers;
import org.explainer.config.SiteConfig;
import org.explainer.content.Actor;
import org.explainer.content.Article;
import org.explainer.content.FuzzyDate;
import org.explainer.content.GlossaryTerm;
import org.explainer.content.Library;
import org.explainer.content.Page;
import org.explainer.content.Permalinks;
import org.explainer.content.TimelineEvent;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;
import org.explainer.markdown.RenderedContent;
import org.explainer.markdown.RenderedMarkdown;
import org.explainer.yaml.Ref;
import org.explainer.yaml.Slugs;

/**
 * Decides the page set and builds each page's view: the home page, one page per entry, actor and tag,
 * the actors and tags indexes, the positions matrix, the sources, the timeline, the glossary, search,
 * the free pages and the not-found page; plus the Atom feed, the sitemap (with a base URL), robots.txt
 * and the search data. All URLs in views are relative to the page they appear on, except on the
 * not-found page when a base URL is set: hosts show that page at any depth, so its links are absolute.
 */
public final class SiteAssembler {
  /** The search page. */
  public static final String SEARCH = "search/index.html";
  /** The positions matrix. */
  public static final String POSITIONS = "positions/index.html";
  /** The sources page. */
  public static final String SOURCES = "sources/index.html";
  /** The Atom feed. */
  public static final String FEED = "feed.xml";
  /** The search data, beside the search page; not fingerprinted, so the search page changes only with the entries. */
  public static final String SEARCH_DATA = "search/index.js";
  /** The provenance audit file. */
  public static final String PROVENANCE = "provenance.json";

  private static final String STYLESHEET = "style.css";
  private static final String FAVICON = "favicon.svg";
  private static final String SEARCH_SCRIPT = "search.js";
  private static final int LATEST = 5;

  private final Library library;
  private final RenderedContent rendered;
  private final Map<String, String> assetPaths;
  private final Path siteYaml;
  private final Map<String, Actor> actors;
  private final Map<String, Article> articles;
  private final FuzzyDate updated;
  private final StructuredData jsonLd;
  private final List<Problem> warnings = new ArrayList<>();
  private final org.explainer.provenance.ProvenanceReport provenance;
  // Views of the library that several pages read, made once (each page used to scan every entry).
  private final List<Article> oldestFirst;
  private final Map<String, List<Article>> oldestFirstByActor;
  private final Map<String, List<Article>> byTag;
  private final Map<String, List<TimelineEvent>> eventsByArticle;

  /**
   * An assembler for {@code library}, its Markdown already rendered, with assets at {@code assetPaths}
   * (output paths by name; must contain every {@link #requiredAssets()}).
   *
   * @param siteYaml the site's configuration file, named in warnings
   * @param provenance what the checks against the source captures found
   */
  public SiteAssembler(Library library, RenderedContent rendered, Map<String, String> assetPaths, Path siteYaml,
      org.explainer.provenance.ProvenanceReport provenance) {
    this.library = library;
    this.provenance = provenance;
    this.rendered = rendered;
    this.assetPaths = assetPaths;
    this.siteYaml = siteYaml;
    this.actors = library.actorsById();
    this.articles = library.articlesBySlug();
    this.jsonLd = new StructuredData(library.site());
    this.updated =
        library.articles().stream().map(Article::published).max(Comparator.naturalOrder())
            .or(() -> library.timeline().stream().map(TimelineEvent::date).max(Comparator.naturalOrder()))
            .orElse(null);
    this.oldestFirst = library.articles().stream().sorted(Library.NEWEST_FIRST.reversed()).toList();
    this.oldestFirstByActor = indexed(oldestFirst, a -> Stream.concat(
        a.actors().stream().map(p -> p.actor().id()), a.quotes().stream().map(q -> q.speaker().id())));
    this.byTag = indexed(library.articles(), a -> a.tags().stream().map(Ref::id));
    this.eventsByArticle = indexed(library.timeline(), e -> e.articles().stream().map(Ref::id));
  }

  /** Each key's items, in the order of {@code items}; an item is listed once per key however often it names it. */
  private static <T> Map<String, List<T>> indexed(List<T> items, Function<T, Stream<String>> keys) {
    Map<String, List<T>> index = new HashMap<>();
    for (T item : items) {
      keys.apply(item).distinct().forEach(key -> index.computeIfAbsent(key, k -> new ArrayList<>()).add(item));
    }
    Map<String, List<T>> frozen = new HashMap<>();
    index.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
    return Map.copyOf(frozen);
  }

  /** The assets every layout links to; the pipeline checks they exist before assembling. */
  public static List<String> requiredAssets() {
    return List.of(STYLESHEET, FAVICON, SEARCH_SCRIPT);
  }

  /** Warnings met while assembling (e.g. no sitemap without a base URL). */
  public List<Problem> warnings() {
    return List.copyOf(warnings);
  }

  /** Every page of the site, in a fixed order: HTML pages, then the feed and the sitemap. */
  public PageList pages() {
    try (Workers inOrder = Workers.of(1)) {
      return pages(inOrder);
    }
  }

  /**
   * Every page of the site, as {@link #pages()} gives them, the search data built on {@code workers}
   * meanwhile. Only the pages' paths are decided here: each page's view is built when the list is asked
   * for it (see {@link PageList}), so views are made on the threads that render them. Call from one
   * thread at a time; the list itself may be read from any thread.
   */
  public PageList pages(Workers workers) {
    // The search data is the largest single piece of work and only the search page and its own file
    // need it: start it now, alongside the pages.
    startSearchData(workers);
    Pages pages = new Pages();
    SiteConfig site = library.site();
    Page home = library.home();
    pages.add(Permalinks.HOME, () -> new PageSpec(Permalinks.HOME, "home.ftlh",
        chrome(Permalinks.HOME, site.title(), site.description(), "website", jsonLd.website(absolute(Permalinks.HOME)), List.of()),
        homeView(home)));
    library.articles().forEach(a -> pages.add(Permalinks.article(a.slug()), () -> articlePage(a)));
    page(pages, Permalinks.ACTORS, "actors.ftlh", "Who's who", "The people, institutions and countries in the debate, with their roles.", this::actorsView);
    for (Actor actor : library.actors()) {
      String path = Permalinks.actor(actor.id());
      pages.add(path, () -> new PageSpec(path, "actor.ftlh",
          chrome(path, actor.name(), actor.name() + ": " + actor.role() + ".", "profile", jsonLd.actor(actor, absolute(path)), List.of()),
          actorView(actor)));
    }
    page(pages, POSITIONS, "positions.ftlh", "Who stands where",
        "Each actor's stance on inviting Ukraine now, with the entries that record it.", this::positionsView);
    pages.add(Permalinks.TIMELINE, () -> new PageSpec(Permalinks.TIMELINE, "timeline.ftlh",
        chrome(Permalinks.TIMELINE, "Timeline", "The debate over inviting Ukraine into NATO, date by date, with sources.", "website",
            jsonLd.timeline(library.timeline(), absolute(Permalinks.TIMELINE)), List.of()),
        timelineView()));
    page(pages, Permalinks.GLOSSARY, "glossary.ftlh", "Glossary", "The terms of the NATO membership debate, explained.", this::glossaryView);
    page(pages, SOURCES, "sources.ftlh", "Sources", "Every outlet and agency behind the entries, what each reported and when, and the context sources.", this::sourcesView);
    page(pages, Permalinks.TAGS, "tags.ftlh", "Topics", "Entries by topic.", this::tagsView);
    for (SiteConfig.Tag tag : site.tags()) {
      page(pages, Permalinks.tag(tag.id()), "tag.ftlh", tag.label(), tag.description(), () -> tagView(tag));
    }
    for (Page p : library.pages()) {
      if (!p.home()) {
        page(pages, Permalinks.page(p), "page.ftlh", p.title(), p.description(),
            () -> new Views.FreePage(p.title(), rendered.pages().get(p.slug()).html()));
      }
    }
    pages.add(SEARCH, this::searchPage);
    page(pages, Permalinks.NOT_FOUND, "404.ftlh", "Page not found", "There is no page at this address.", this::notFoundView);
    pages.add(FEED, () -> new PageSpec(FEED, "feed.ftlx", chrome(FEED, site.title(), site.description(), "website", "", List.of()), feedView()));
    if (site.baseUrl().isPresent()) {
      List<String> urls = pages.paths.stream()
          .filter(p -> p.endsWith(".html") && !p.equals(Permalinks.NOT_FOUND))
          .map(p -> site.baseUrl().get() + cleanUrl(p)).toList();
      pages.add("sitemap.xml", () -> new PageSpec("sitemap.xml", "sitemap.ftlx",
          chrome("sitemap.xml", site.title(), site.description(), "website", "", List.of()), new Views.Sitemap(urls)));
    } else {
      warnings.add(Problem.warning(Location.of(siteYaml), "sitemap.xml was not written because no base_url is set",
          "add 'base_url: https://…/' to publish a sitemap and canonical links"));
    }
    return new PageList(pages.pages, pages.paths);
  }

  /** The page list being made: each page's path, and how to build the page. */
  private static final class Pages {
    private final List<Supplier<PageSpec>> pages = new ArrayList<>();
    private final List<String> paths = new ArrayList<>();

    void add(String path, Supplier<PageSpec> page) {
      pages.add(page);
      paths.add(path);
    }
  }

  /** The page of one entry (for rebuilding it alone). */
  public PageSpec articlePage(Article a) {
    String path = Permalinks.article(a.slug());
    return new PageSpec(path, "article.ftlh",
        chrome(path, a.headline(), a.dek(), "article", jsonLd.article(a, actors, absolute(path)), List.of()), articleView(a));
  }

  /** The search page (it names the search data, whose file name changes with its content). */
  public PageSpec searchPage() {
    return new PageSpec(SEARCH, "search.ftlh",
        chrome(SEARCH, "Search", "Search the entries, actors, glossary and timeline.", "website",
            jsonLd.webPage("Search", "Search the entries, actors, glossary and timeline.", absolute(SEARCH)),
            List.of(href(SEARCH, searchIndexPath()), href(SEARCH, assetPaths.get(SEARCH_SCRIPT)))),
        new Views.SearchPage(library.articles().stream().map(a -> card(SEARCH, a)).toList()));
  }

  /** Files made without templates: robots.txt, provenance.json and the search data. */
  public List<OutputFile> files() {
    StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
    library.site().baseUrl().ifPresent(base -> robots.append("Sitemap: ").append(base).append("sitemap.xml\n"));
    return List.of(
        new OutputFile("robots.txt", robots.toString().getBytes(StandardCharsets.UTF_8)),
        new OutputFile(PROVENANCE, provenanceJson()),
        new OutputFile(searchIndexPath(), searchIndex()));
  }

  /** The audit file: per entry, the quotes checked against its source capture and their status. */
  private byte[] provenanceJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("site", library.site().title());
    doc.put("checked", provenance.checked());
    doc.put("asOf", updated == null ? null : updated.iso());
    doc.put("method", "Each quote in an entry's metadata and each quotation in its summary is looked up in the archived"
        + " capture of the entry's source, verbatim except for white space and straight or typographic quotation marks;"
        + " an ellipsis may join fragments that occur in order. The captures themselves are not published.");
    List<Object> entries = new ArrayList<>();
    for (Article a : library.articles()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("entry", a.slug());
      entry.put("url", cleanUrl(Permalinks.article(a.slug())));
      entry.put("source", outletLine(a.source()));
      entry.put("capture", a.source().capture().orElse(null));
      var checked = provenance.entries().get(a.slug());
      entry.put("status", checked == null ? "not checked" : "checked");
      List<Object> quotes = new ArrayList<>();
      if (checked != null) {
        for (var q : checked.quotes()) {
          Map<String, Object> quote = new LinkedHashMap<>();
          quote.put("where", q.where());
          if (q.speaker() != null) {
            quote.put("speaker", q.speaker());
          }
          quote.put("text", q.text());
          quote.put("status", q.verbatim() ? "verbatim" : "not found");
          if (q.speakerNearby() != null) {
            quote.put("speakerNamedNearby", q.speakerNearby());
          }
          quotes.add(quote);
        }
      } else {
        for (Article.Quote q : a.quotes()) {
          Map<String, Object> quote = new LinkedHashMap<>();
          quote.put("where", "metadata");
          quote.put("speaker", q.speaker().id());
          quote.put("text", q.text());
          quote.put("status", "not checked");
          quotes.add(quote);
        }
      }
      entry.put("quotes", quotes);
      entries.add(entry);
    }
    doc.put("entries", entries);
    return Json.indented(doc).concat("\n").getBytes(StandardCharsets.UTF_8);
  }

  private void page(Pages pages, String path, String template, String title, String description, Supplier<Record> view) {
    pages.add(path, () -> new PageSpec(path, template,
        chrome(path, title, description, "website", jsonLd.webPage(title, description, absolute(path)), List.of()), view.get()));
  }

  private Views.Chrome chrome(String path, String title, String description, String ogType, String structured, List<String> scripts) {
    SiteConfig site = library.site();
    List<Views.NavLink> nav = new ArrayList<>();
    nav.add(navLink(path, "Overview", Permalinks.HOME));
    nav.add(navLink(path, "Timeline", Permalinks.TIMELINE));
    nav.add(navLink(path, "Who's who", Permalinks.ACTORS));
    nav.add(navLink(path, "Positions", POSITIONS));
    nav.add(navLink(path, "Glossary", Permalinks.GLOSSARY));
    nav.add(navLink(path, "Sources", SOURCES));
    library.pages().stream().filter(p -> !p.home() && p.nav().isPresent())
        .forEach(p -> nav.add(navLink(path, p.nav().get(), Permalinks.page(p))));
    nav.add(navLink(path, "Search", SEARCH));
    String editors = site.editors().stream().map(SiteConfig.Editor::name).collect(Collectors.joining(", "));
    return new Views.Chrome(
        site.language(),
        site.title(),
        site.question(),
        title,
        description,
        path.equals(Permalinks.NOT_FOUND) ? null : absolute(path).orElse(null),
        ogType,
        href(path, Permalinks.HOME),
        href(path, assetPaths.get(STYLESHEET)),
        href(path, assetPaths.get(FAVICON)),
        href(path, FEED),
        href(path, SEARCH),
        List.copyOf(nav),
        site.licence().name(),
        site.licence().url(),
        editors,
        updated == null ? null : updated.display(),
        updated == null ? null : updated.iso(),
        structured,
        scripts);
  }

  private Views.NavLink navLink(String from, String label, String to) {
    return new Views.NavLink(label, href(from, to), from.equals(to));
  }

  /** The URL a host serves {@code path} at: {@code articles/x/} for {@code articles/x/index.html}. */
  static String cleanUrl(String path) {
    return path.equals("index.html") ? "" : path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
  }

  private Optional<String> absolute(String path) {
    return library.site().baseUrl().map(base -> base + cleanUrl(path));
  }

  /** A link from page {@code from} to {@code to}: relative, or absolute from the not-found page when possible. */
  private String href(String from, String to) {
    if (from.equals(Permalinks.NOT_FOUND) && library.site().baseUrl().isPresent()) {
      return library.site().baseUrl().get() + (to.endsWith(".html") ? cleanUrl(to) : to);
    }
    return Permalinks.relative(from, to);
  }

  private Views.Home homeView(Page home) {
    String from = Permalinks.HOME;
    List<Views.ArticleCard> latest = library.articles().stream().limit(LATEST).map(a -> card(from, a)).toList();
    List<Views.Event> events = library.timeline().stream().map(e -> event(from, e)).toList();
    Map<String, Views.Glance> glance = new LinkedHashMap<>();
    for (Article a : library.articles()) {
      for (Article.Position p : a.actors()) {
        glance.computeIfAbsent(p.actor().id(), id -> {
          SiteConfig.Stance stance = library.site().stance(p.stance().id()).orElseThrow();
          return new Views.Glance(actors.get(id).name(), href(from, Permalinks.actor(id)), stance.id(), stance.label(), date(a.published()),
              href(from, Permalinks.article(a.slug())));
        });
      }
    }
    return new Views.Home(library.site().question(), home.title(), rendered.pages().get(home.slug()).html(), latest, events,
        href(from, Permalinks.TIMELINE), List.copyOf(glance.values()), href(from, POSITIONS), updated == null ? null : date(updated));
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
        eventsByArticle.getOrDefault(a.slug(), List.of()).stream().map(e -> event(from, e)).toList();
    RenderedMarkdown summary = rendered.articles().get(a.slug());
    return new Views.ArticlePage(a.headline(), a.dek(), a.draft(), source, date(a.published()), positions, quotes,
        a.keyPoints().stream().map(org.explainer.yaml.LocatedText::text).toList(),
        summary.html(), summary.wordCount(), tags, related, events, citation(a), provenanceNote(a));
  }

  private String provenanceNote(Article a) {
    var checked = provenance.entries().get(a.slug());
    if (checked == null) {
      return "The quotes on this page have not been checked against an archived copy of the source in this build.";
    }
    return "Every quote on this page was checked word for word against our archived copy of the source"
        + (updated == null ? "" : ", as of " + updated.display()) + "; the wording of the summary was checked against it too."
        + " The copy is not published; provenance.json lists each check.";
  }

  /** "Editors, “Headline”, in Site title. Summary of …, published …. URL." */
  private String citation(Article a) {
    SiteConfig site = library.site();
    String editors = site.editors().stream().map(SiteConfig.Editor::name).collect(Collectors.joining(", "));
    StringBuilder out = new StringBuilder()
        .append(editors).append(", “").append(a.headline()).append("”, in ").append(site.title()).append(". Summary of a report by ")
        .append(outletLine(a.source())).append(", published ").append(a.published().display()).append('.');
    absolute(Permalinks.article(a.slug())).ifPresent(url -> out.append(' ').append(url));
    return out.toString();
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
    for (Article a : oldestFirstByActor.getOrDefault(actor.id(), List.of())) {
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

  private Views.PositionsPage positionsView() {
    String from = POSITIONS;
    List<SiteConfig.Stance> stances = library.site().stances();
    Map<String, Map<String, List<Views.Link>>> byActor = new LinkedHashMap<>();
    for (Actor actor : library.actors()) {
      byActor.put(actor.id(), new LinkedHashMap<>());
    }
    for (Article a : oldestFirst) {
      for (Article.Position p : a.actors()) {
        byActor.get(p.actor().id()).computeIfAbsent(p.stance().id(), s -> new ArrayList<>())
            .add(new Views.Link(shortDate(a.published()) + ", " + a.source().outlet().orElse("outlet not named"),
                href(from, Permalinks.article(a.slug()))));
      }
    }
    List<Views.Row> rows = new ArrayList<>();
    byActor.forEach((id, cells) -> {
      if (!cells.isEmpty()) {
        rows.add(new Views.Row(actors.get(id).name(), href(from, Permalinks.actor(id)),
            stances.stream().map(s -> new Views.Cell(s.id(), s.label(), List.copyOf(cells.getOrDefault(s.id(), List.of())))).toList()));
      }
    });
    return new Views.PositionsPage(stances.stream().map(s -> new Views.Stance(s.id(), s.label(), s.description())).toList(), List.copyOf(rows));
  }

  private static String shortDate(FuzzyDate d) {
    return d.display().replace("around ", "c. ");
  }

  private Views.SourcesPage sourcesView() {
    String from = SOURCES;
    Map<String, List<Views.Report>> outlets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    List<Views.Report> unnamed = new ArrayList<>();
    for (Article a : oldestFirst) {
      String href = href(from, Permalinks.article(a.slug()));
      String original = a.source().headline().orElse(null);
      if (a.source().outlet().isPresent()) {
        outlets.computeIfAbsent(a.source().outlet().get(), o -> new ArrayList<>())
            .add(new Views.Report(date(a.published()), a.headline(), href, original, "Published"));
      } else {
        unnamed.add(new Views.Report(date(a.published()), a.headline(), href, original, "Outlet not named"));
      }
      a.source().relays().ifPresent(r -> outlets.computeIfAbsent(r, o -> new ArrayList<>())
          .add(new Views.Report(date(a.published()), a.headline(), href, original, a.source().outlet().isPresent() ? "Cited" : "Credited")));
    }
    List<Views.Outlet> outletViews = new ArrayList<>();
    outlets.forEach((name, reports) -> outletViews.add(new Views.Outlet(name, "outlet-" + Slugs.slugify(name, 40).orElse("x"), List.copyOf(reports))));
    Map<String, List<Views.Link>> context = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (TimelineEvent e : library.timeline()) {
      for (String c : e.context()) {
        context.computeIfAbsent(c, k -> new ArrayList<>()).add(new Views.Link("Timeline: " + e.title(), href(from, Permalinks.TIMELINE) + "#" + e.id()));
      }
    }
    for (GlossaryTerm t : library.glossary()) {
      for (String c : t.context()) {
        context.computeIfAbsent(c, k -> new ArrayList<>()).add(new Views.Link("Glossary: " + t.term(), href(from, Permalinks.GLOSSARY) + "#" + t.id()));
      }
    }
    List<Views.ContextSource> contextViews = new ArrayList<>();
    context.forEach((name, links) -> contextViews.add(new Views.ContextSource(name, List.copyOf(links))));
    return new Views.SourcesPage(List.copyOf(outletViews), List.copyOf(unnamed), List.copyOf(contextViews), coverage(from));
  }

  /** The main claims × the outlets (as credited), each cell linking to the entries reporting the claim. */
  private Views.Coverage coverage(String from) {
    List<String> outlets = oldestFirst.stream().map(a -> outletLine(a.source())).distinct().toList();
    List<Views.CoverageRow> rows = new ArrayList<>();
    for (var claim : library.claims()) {
      List<List<Views.Link>> cells = new ArrayList<>();
      for (String outlet : outlets) {
        cells.add(claim.articles().stream().map(r -> articles.get(r.id()))
            .filter(a -> a != null && outletLine(a.source()).equals(outlet))
            .map(a -> new Views.Link(shortDate(a.published()), href(from, Permalinks.article(a.slug())))).toList());
      }
      rows.add(new Views.CoverageRow(claim.id(), claim.claim(), List.copyOf(cells)));
    }
    return new Views.Coverage(outlets, List.copyOf(rows));
  }

  private Views.TimelinePage timelineView() {
    String from = Permalinks.TIMELINE;
    Map<Integer, List<TimelineEvent>> byYear =
        library.timeline().stream().collect(Collectors.groupingBy(e -> e.date().start().getYear(), TreeMap::new, Collectors.toList()));
    List<Views.Year> years = new ArrayList<>();
    byYear.forEach((year, events) ->
        years.add(new Views.Year(year, Permalinks.yearAnchor(year), events.stream().map(e -> event(from, e)).toList())));
    return new Views.TimelinePage(List.copyOf(years));
  }

  private Views.GlossaryPage glossaryView() {
    String from = Permalinks.GLOSSARY;
    Map<String, GlossaryTerm> byId = library.glossary().stream().collect(Collectors.toMap(GlossaryTerm::id, t -> t, (x, y) -> x));
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
                byTag.getOrDefault(t.id(), List.of()).size()))
            .toList());
  }

  private Views.TagPage tagView(SiteConfig.Tag tag) {
    String from = Permalinks.tag(tag.id());
    return new Views.TagPage(tag.label(), tag.description(),
        byTag.getOrDefault(tag.id(), List.of()).stream().map(a -> card(from, a)).toList());
  }

  private Views.NotFoundPage notFoundView() {
    String from = Permalinks.NOT_FOUND;
    return new Views.NotFoundPage(List.of(
        new Views.Link("The overview", href(from, Permalinks.HOME)),
        new Views.Link("The timeline", href(from, Permalinks.TIMELINE)),
        new Views.Link("Who's who", href(from, Permalinks.ACTORS)),
        new Views.Link("Search", href(from, SEARCH))));
  }

  private Views.Feed feedView() {
    SiteConfig site = library.site();
    Optional<String> base = site.baseUrl();
    String editors = site.editors().stream().map(SiteConfig.Editor::name).collect(Collectors.joining(", "));
    List<Views.FeedEntry> entries = library.articles().stream().map(a -> {
      String path = Permalinks.article(a.slug());
      String link = base.map(b -> b + cleanUrl(path)).orElse(cleanUrl(path));
      return new Views.FeedEntry(feedId("article:" + a.slug(), path), a.headline(), link, timestamp(a.published()), a.dek(),
          rendered.articles().get(a.slug()).html(), outletLine(a.source()));
    }).toList();
    return new Views.Feed(site.title(), site.question(), feedId("feed", ""), base.map(b -> b + FEED).orElse(FEED),
        base.orElse("./"), updated == null ? "2000-01-01T00:00:00Z" : timestamp(updated), editors, base.orElse(null), entries);
  }

  /** A permanent id: the page's URL with a base URL, else a name-based UUID (stable across builds). */
  private String feedId(String name, String path) {
    Optional<String> base = library.site().baseUrl();
    if (base.isPresent()) {
      return base.get() + cleanUrl(path);
    }
    return "urn:uuid:" + UUID.nameUUIDFromBytes((library.site().title() + "\n" + name).getBytes(StandardCharsets.UTF_8));
  }

  private static String timestamp(FuzzyDate d) {
    return d.start() + "T00:00:00Z";
  }

  /** The search data and its fingerprinted path, made once (the search page and files() both need it). */
  private record SearchData(String path, byte[] bytes) {}

  private CompletableFuture<SearchData> searchData; // set once, under this object's lock

  /**
   * The search data, started on {@code workers} unless it already was. Only the start holds the lock: a
   * thread that needs the data waits on the future, and a pool thread waiting on a future is stood in
   * for by another meanwhile, so rendering keeps every core busy while the data is made.
   */
  private synchronized CompletableFuture<SearchData> startSearchData(Workers workers) {
    if (searchData == null) {
      searchData = workers.start(() -> {
        byte[] bytes = buildSearchIndex(workers);
        return new SearchData(SEARCH_DATA, bytes);
      });
    }
    return searchData;
  }

  private SearchData searchData() {
    try (Workers inOrder = Workers.of(1)) {
      return Workers.join(startSearchData(inOrder));
    }
  }

  private String searchIndexPath() {
    return searchData().path();
  }

  private byte[] searchIndex() {
    return searchData().bytes();
  }

  private byte[] buildSearchIndex(Workers workers) {
    String from = SEARCH;
    SearchIndex index = new SearchIndex();
    // The entries' texts are most of the data: gather and collapse them on the workers.
    workers.map(library.articles(), a -> {
      String text = String.join(" ", a.dek(), a.keyPoints().stream().map(org.explainer.yaml.LocatedText::text).collect(Collectors.joining(" ")), outletLine(a.source()),
          a.actors().stream().map(p -> actors.get(p.actor().id()).name()).collect(Collectors.joining(" ")),
          a.tags().stream().map(t -> library.site().tag(t.id()).orElseThrow().label()).collect(Collectors.joining(" ")),
          rendered.articles().get(a.slug()).text());
      return SearchIndex.Doc.of("Entry", a.headline(), href(from, Permalinks.article(a.slug())), text);
    }).forEach(index::add);
    for (Actor actor : library.actors()) {
      index.add("Actor", actor.name(), href(from, Permalinks.actor(actor.id())),
          String.join(" ", String.join(" ", actor.variants()), actor.role(), actor.description().orElse("")));
    }
    for (GlossaryTerm t : library.glossary()) {
      index.add("Glossary", t.term(), href(from, Permalinks.GLOSSARY) + "#" + t.id(),
          String.join(" ", t.variants()) + " " + rendered.glossary().get(t.id()).text());
    }
    for (TimelineEvent e : library.timeline()) {
      index.add("Timeline", e.title(), href(from, Permalinks.TIMELINE) + "#" + e.id(), e.date().display() + " " + e.description());
    }
    return index.script();
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
    String entryHref = href(from, Permalinks.article(a.slug()));
    String cite = a.source().url().orElse(from.equals(Permalinks.article(a.slug())) ? "#source-heading" : entryHref + "#source-heading");
    return new Views.Quote(speaker.name(), href(from, Permalinks.actor(speaker.id())), q.text(), q.context(), a.headline(), entryHref, cite);
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
