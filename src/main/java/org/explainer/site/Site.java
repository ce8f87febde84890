package org.explainer.site;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.explainer.config.SiteConfig;
import org.explainer.content.Actor;
import org.explainer.content.Article;
import org.explainer.content.Cited;
import org.explainer.content.ContextSource;
import org.explainer.content.Edition;
import org.explainer.content.FuzzyDate;
import org.explainer.content.Library;
import org.explainer.content.Position;
import org.explainer.content.SitePaths;
import org.explainer.content.TimelineEvent;
import org.explainer.content.Translations;
import org.explainer.cache.BuildCache;
import org.explainer.concurrent.Once;
import org.explainer.concurrent.SharedWork;
import org.explainer.figure.ShareCards;
import org.explainer.markdown.RenderedContent;
import org.explainer.provenance.ProvenanceReport;
import org.explainer.yaml.Ref;

/**
 * The site in one language, everything page types build their views from: the validated content in that
 * language, its rendered Markdown, the provenance checks, the assets and the interface messages, with
 * the indexes and view parts several types share. Immutable once made; read from every rendering
 * thread. {@link Sites} holds the site in every language.
 *
 * <p>Paths given to and taken from page types are paths inside the language's folder ({@code
 * articles/<slug>/index.html}), the same in every language; the site puts them under the folder. All
 * URLs in views are relative to the page they appear on, except on the not-found page when a base URL
 * is set: hosts show that page at any depth, so its links are absolute.
 */
public final class Site {
  private final Edition edition;
  private final Shared shared;
  private final Library library;
  private final RenderedContent markdown;
  private final ProvenanceReport provenance;
  private final Map<String, String> assets;
  private final Messages messages;
  private final Map<String, Actor> actors;
  private final Map<String, Article> articles;
  private final Map<String, Article> originalArticles;
  private final Map<String, Actor> originalActors;
  private final FuzzyDate updated;
  private final StructuredData jsonLd;
  private final List<Article> oldestFirst;
  private final Map<String, List<Article>> byTag;
  private final Map<String, List<TimelineEvent>> eventsByArticle;
  private final Map<String, ContextSource> context;
  private final List<Position> positionsByDate;
  private final Map<String, List<Position>> positionsByActor;
  private final Map<String, List<Position>> positionsByArticle;
  private final Map<String, List<Actor>> groupsByMember;
  private final List<SitePage<?>> pages;
  private final List<NavTarget> nav;
  /** Made when the first share card is drawn, not before: loading the fonts takes a while. */
  private final Once<ShareCards> shareCards = new Once<>(() -> ShareCardFile.cardsOf(this));
  /** Made when the first search file is, once for all of them, by the threads that make search files. */
  private final SharedWork<SearchIndex.Part, SearchIndex> searchIndex = SearchDataFile.indexOf(this);
  /** The search data of the last build with the pages made again patched in, when that can be done (see {@link Earlier}). */
  private final Once<Optional<SearchIndex>> patchedSearchIndex = new Once<>(() -> SearchDataFile.patched(this));

  /** A navigation entry and the page it leads to. */
  private record NavTarget(PageType.Nav nav, String path) {}

  /**
   * What every language of the site shares.
   *
   * @param provenance what the checks of the original's quotes against the source captures found
   * @param assets output path of each asset by its name under {@code templates/assets/}
   * @param languages the site's languages, the original's first
   * @param cache where results of earlier builds are kept (share cards); {@link BuildCache#none()} for none
   */
  public record Shared(ProvenanceReport provenance, Map<String, String> assets, List<String> languages, BuildCache cache,
      Optional<Earlier> earlier) {
    /** What every language shares, in a build that takes nothing from the files of an earlier one. */
    public Shared(ProvenanceReport provenance, Map<String, String> assets, List<String> languages, BuildCache cache) {
      this(provenance, assets, languages, cache, Optional.empty());
    }
  }

  /**
   * What a build takes from the files the last build left in the output folder, when only some entries'
   * summaries changed since and the output folder is as that build left it: the search data, which is
   * read back and has the documents of the pages that read those summaries made again, instead of the
   * words of every text found again ({@link SearchIndex#patched}).
   *
   * @param summaries the slugs of the entries whose summaries alone changed
   * @param file the bytes of a file of the output folder by its path there ({@code uk/search/index.js}),
   *     empty when it holds no such file or it cannot be read
   */
  public record Earlier(Set<String> summaries, Function<String, Optional<byte[]>> file) {}

  /**
   * The site of {@code edition}, its Markdown rendered, its interface in {@code messages}, made of the
   * page {@code types} (see {@link PageTypes#all()}) that it has in its language.
   */
  public Site(Edition edition, RenderedContent markdown, Messages messages, Shared shared, List<PageType<?>> types) {
    Library library = edition.library();
    this.edition = edition;
    this.shared = shared;
    this.library = library;
    this.markdown = markdown;
    this.provenance = shared.provenance();
    this.assets = shared.assets();
    this.messages = messages;
    this.actors = library.actorsById();
    this.articles = library.articlesBySlug();
    this.originalArticles = edition.isTranslation() ? edition.original().articlesBySlug() : articles;
    this.originalActors = edition.isTranslation() ? edition.original().actorsById() : actors;
    this.jsonLd = new StructuredData(library.site());
    this.updated = library.updated().orElse(null);
    this.oldestFirst = library.articles().stream().sorted(Library.NEWEST_FIRST.reversed()).toList();
    this.byTag = library.articlesByTag();
    this.eventsByArticle = indexed(library.timeline(), e -> e.articles().stream().map(Ref::id));
    this.context = library.contextById();
    this.positionsByDate = library.positions().stream().sorted(Comparator.comparing(Position::date)).toList();
    this.positionsByActor = indexed(positionsByDate, p -> Stream.of(p.actor().id()));
    this.positionsByArticle = indexed(positionsByDate, p -> p.articles().stream().map(Ref::id));
    this.groupsByMember = indexed(library.actors(), a -> a.members().stream().map(Ref::id));
    this.pages = pagesOf(types);
    this.nav = navOf(pages, messages);
  }

  private List<SitePage<?>> pagesOf(List<PageType<?>> types) {
    List<SitePage<?>> out = new ArrayList<>();
    types.stream().filter(type -> type.inEveryLanguage() || !edition.isTranslation()).forEach(type -> addPages(type, out));
    return List.copyOf(out);
  }

  private <T> void addPages(PageType<T> type, List<SitePage<?>> out) {
    type.subjects(library).stream().filter(subject -> type.madeIn(subject, edition)).forEach(subject -> out.add(SitePage.of(type, subject, this)));
  }

  private static List<NavTarget> navOf(List<SitePage<?>> pages, Messages messages) {
    List<NavTarget> out = new ArrayList<>();
    for (SitePage<?> page : pages) {
      navOf(page, messages).ifPresent(nav -> out.add(new NavTarget(nav, page.local())));
    }
    out.sort(Comparator.comparingInt((NavTarget t) -> t.nav().order()));
    return List.copyOf(out);
  }

  private static <T> Optional<PageType.Nav> navOf(SitePage<T> page, Messages messages) {
    return page.type().nav(page.subject(), messages);
  }

  /** Each key's items, in the order of {@code items}; an item is listed once per key however often it names it. */
  private static <T> Map<String, List<T>> indexed(List<T> items, Function<T, Stream<String>> keys) {
    Map<String, List<T>> index = new HashMap<>();
    for (T item : items) {
      keys.apply(item).distinct().forEach(key -> index.computeIfAbsent(key, k -> new ArrayList<>()).add(item));
    }
    return index.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  /** Every file of the site in this language, in the registry's order, none of them made yet. */
  public List<SitePage<?>> pages() {
    return pages;
  }

  /** The validated content, in this language. */
  public Library library() {
    return library;
  }

  /** The content in this language, and for a translation what it translates. */
  public Edition edition() {
    return edition;
  }

  /** The language's tag, e.g. {@code en}. */
  public String language() {
    return edition.language();
  }

  /** How the language orders names and words (Ukrainian: і after и, ї after і, ґ after г). */
  Comparator<String> collation() {
    Collator collator = Collator.getInstance(new ULocale(language()));
    return collator::compare;
  }

  /** What every language shares. */
  public Shared shared() {
    return shared;
  }

  /** The site's configuration. */
  public SiteConfig config() {
    return library.site();
  }

  /** Every Markdown text, rendered for its page. */
  public RenderedContent markdown() {
    return markdown;
  }

  /** What the checks against the source captures found. */
  public ProvenanceReport provenance() {
    return provenance;
  }

  /** The interface messages. */
  public Messages messages() {
    return messages;
  }

  /** The share cards' drawing, with the parts every card shares drawn once per site. */
  ShareCards shareCards() {
    return shareCards.get();
  }

  /** The search data of this language, made once, when the first of its files is made. */
  SearchIndex searchIndex() {
    return patchedSearchIndex.get().orElseGet(searchIndex);
  }

  /**
   * Whether this language's search data is the last build's patched (see {@link Earlier}), not made
   * anew; asked after the render step, for the build's report.
   */
  public boolean searchPatched() {
    return shared.earlier().isPresent() && patchedSearchIndex.get().isPresent();
  }

  /** What this build takes from the files of the last one, if anything (see {@link Earlier}). */
  Optional<Earlier> earlier() {
    return shared.earlier();
  }


  /** The JSON-LD writer. */
  StructuredData jsonLd() {
    return jsonLd;
  }

  /** The latest date the content reaches (see {@link Library#updated()}), or null without any dated content. */
  FuzzyDate updated() {
    return updated;
  }

  /** The entries, oldest first. */
  List<Article> oldestFirst() {
    return oldestFirst;
  }

  /** The entries tagged {@code tagId}, newest first. */
  List<Article> tagged(String tagId) {
    return byTag.getOrDefault(tagId, List.of());
  }

  /** The timeline events that cite the entry {@code slug}. */
  List<TimelineEvent> eventsOf(String slug) {
    return eventsByArticle.getOrDefault(slug, List.of());
  }

  /** Every position, oldest first (in file order on the same date). */
  List<Position> positions() {
    return positionsByDate;
  }

  /** The stances some position takes, in site.yaml's order: what a table of stances or a legend shows. */
  List<SiteConfig.Stance> stancesTaken() {
    Set<String> taken = positionsByDate.stream().map(p -> p.stance().id()).collect(Collectors.toSet());
    return config().stances().stream().filter(s -> taken.contains(s.id())).toList();
  }

  /** The positions of the actor {@code actorId}, oldest first. */
  List<Position> positionsOf(String actorId) {
    return positionsByActor.getOrDefault(actorId, List.of());
  }

  /** The positions that the entry {@code slug} reports, oldest first. */
  List<Position> positionsReportedBy(String slug) {
    return positionsByArticle.getOrDefault(slug, List.of());
  }

  /** The groups whose members include the actor {@code actorId}. */
  List<Actor> groupsOf(String actorId) {
    return groupsByMember.getOrDefault(actorId, List.of());
  }

  /** The actor with {@code id}; it exists in a validated library. */
  Actor actor(String id) {
    return actors.get(id);
  }

  /** The entry with {@code slug}; it exists in a validated library. */
  Article article(String slug) {
    return articles.get(slug);
  }

  /** The output path of the asset {@code name} under templates/assets/. */
  String asset(String name) {
    return assets.get(name);
  }

  /**
   * What the layout of {@code page}, of this language, needs; {@code languages} and {@code
   * translation} come from {@link Sites}, which knows the page in every language.
   */
  Chrome chrome(SitePage<?> page, Output.PageMeta meta, Chrome.Languages languages, Chrome.Translated translation) {
    String path = page.local();
    SiteConfig site = config();
    Chrome.SiteInfo info = new Chrome.SiteInfo(site.language(), site.title(), site.question(), editors(), site.licence().name(),
        site.licence().url());
    String canonical = path.equals(NotFoundPage.PATH) ? null : absolute(path).orElse(null);
    Chrome.PageInfo info2 = new Chrome.PageInfo(meta.title(), meta.description(), canonical, meta.ogType(), meta.jsonLd(), meta.scripts(),
        shareCard(page, meta).orElse(null));
    Chrome.Links links = new Chrome.Links(href(path, HomePage.PATH), assetHref(path, Assets.STYLESHEET), assetHref(path, Assets.FAVICON),
        href(path, FeedFile.PATH), href(path, TagsPage.PATH));
    List<Chrome.NavLink> navLinks = nav.stream().map(t -> new Chrome.NavLink(t.nav().label(), href(path, t.path()), t.path().equals(path))).toList();
    return new Chrome(info, info2, links, navLinks, AtAGlance.of(this, path), languages, translation);
  }

  /**
   * The share card of {@code page}: its own, or for a notice that it is not translated yet, the home
   * page's of its language (all such notices would have the same card: the notice's title).
   */
  private Optional<Chrome.ShareCard> shareCard(SitePage<?> page, Output.PageMeta meta) {
    // a later page of a list shows the card of the list's first page, described by that page's title
    SitePage<?> shown = page.first().<SitePage<?>>map(first -> first).orElse(page);
    if (shown.untranslated() && !shown.local().equals(HomePage.PATH)) {
      return card(page.local(), HomePage.PATH, config().title());
    }
    String title = shown == page ? meta.title() : shown.title();
    return card(page.local(), shown.local(), title);
  }

  /** On the page at {@code path}, the share card of the page at {@code of}, titled {@code title}. */
  private Optional<Chrome.ShareCard> card(String path, String of, String title) {
    return ShareCardFile.of(of).map(card -> new Chrome.ShareCard(absolute(card).orElse(href(path, card)), ShareCardFile.alt(this, title)));
  }

  /**
   * The notice shown, in a translation, at the place of a page whose record is not translated yet: what
   * the page would show, in the original's words, and a link to it.
   */
  Output notTranslated(SitePage<?> page) {
    Translations.Key key = page.translates().orElseThrow();
    Library original = edition.original();
    String title = switch (key.part()) {
      case ENTRY -> Optional.ofNullable(originalArticles.get(key.id())).map(Article::headline).orElse(key.id());
      case PAGE -> original.pages().stream().filter(p -> p.slug().equals(key.id())).findFirst().map(p -> p.title()).orElse(key.id());
      case ACTOR -> Optional.ofNullable(originalActors.get(key.id())).map(Actor::name).orElse(key.id());
      default -> key.id();
    };
    String path = page.local();
    NotTranslated view = new NotTranslated(new Views.Link(title, originalHref(path)), original.site().language());
    return page(path, "untranslated.ftlh", messages.text("untranslated.title"), messages.text("untranslated.description"), view);
  }

  /**
   * The view of the notice that a page is not translated yet.
   *
   * @param original the page in the original language, labelled with its title there
   * @param originalLang the original's language tag
   */
  public record NotTranslated(Views.Link original, String originalLang) {}

  /** A link from the page at {@code from} of this language to the page at {@code from} of the original. */
  String originalHref(String from) {
    return crossHref(from, from, "");
  }

  /** A link from the page at {@code from} of this language to the page at {@code to} of the language whose folder is {@code prefix}. */
  String crossHref(String from, String to, String prefix) {
    if (from.equals(NotFoundPage.PATH) && config().baseUrl().isPresent()) {
      return config().baseUrl().get() + SitePaths.cleanUrl(prefix + to);
    }
    return SitePaths.relative(edition.prefix() + from, prefix + to);
  }

  /** The absolute URL of the page at {@code to} of the language whose folder is {@code prefix}, when the site has a base URL. */
  Optional<String> absolute(String to, String prefix) {
    return config().baseUrl().map(base -> base + SitePaths.cleanUrl(prefix + to));
  }

  /** A page whose title and description are the interface messages {@code key.title} and {@code key.description}. */
  Output.Rendered page(String path, String template, String key, Record view) {
    return page(path, template, messages.text(key + ".title"), messages.text(key + ".description"), view);
  }

  /** A page with {@code title} and {@code description}, described to machines as a web page. */
  Output.Rendered page(String path, String template, String title, String description, Record view) {
    return new Output.Rendered(template,
        new Output.PageMeta(title, description, "website", jsonLd.webPage(title, description, absolute(path)), List.of()), view);
  }

  /**
   * On the page at {@code from}, the links between the pages of a list: {@code page} of the list whose
   * first page is at {@code first}. Null for a list of one page, which links to no other.
   */
  Views.Pager pager(String from, String first, ListPage<?> page) {
    if (page.count() == 1) {
      return null;
    }
    int number = page.number();
    int count = page.count();
    return new Views.Pager(messages.format("pager.position", Map.of("page", number, "pages", count)),
        number > 2 ? pageLink(from, first, "pager.first", 1) : null,
        number > 1 ? pageLink(from, first, "pager.previous", number - 1) : null,
        number < count ? pageLink(from, first, "pager.next", number + 1) : null,
        number < count - 1 ? pageLink(from, first, "pager.last", count) : null);
  }

  /** From {@code from}, a link labelled with the message {@code key} to page {@code number} of the list whose first page is at {@code first}. */
  private Views.Link pageLink(String from, String first, String key, int number) {
    return new Views.Link(messages.text(key), href(from, ListPage.path(first, number)));
  }

  /** The title of {@code page} of a list titled {@code title}: the list's own on its first page, else with the page's number. */
  String listTitle(String title, ListPage<?> page) {
    return page.first() ? title : messages.format("pager.title", Map.of("title", title, "page", page.number(), "pages", page.count()));
  }

  /** Who curates the site, as one line. */
  String editors() {
    return config().editors().stream().map(SiteConfig.Editor::name).collect(Collectors.joining(", "));
  }

  /** The absolute URL of the page at {@code path} of this language when the site has a base URL. */
  Optional<String> absolute(String path) {
    return absolute(path, edition.prefix());
  }

  /** A link from page {@code from} to {@code to}, both of this language: relative, or absolute from the not-found page when possible. */
  String href(String from, String to) {
    if (from.equals(NotFoundPage.PATH) && config().baseUrl().isPresent()) {
      String path = edition.prefix() + to;
      return config().baseUrl().get() + (to.endsWith(".html") ? SitePaths.cleanUrl(path) : path);
    }
    return SitePaths.relative(from, to);
  }

  /** A link from page {@code from} of this language to the asset {@code name} under templates/assets/, which every language shares. */
  String assetHref(String from, String name) {
    String to = asset(name);
    if (from.equals(NotFoundPage.PATH) && config().baseUrl().isPresent()) {
      return config().baseUrl().get() + to;
    }
    return SitePaths.relative(edition.prefix() + from, to);
  }

  /** A date for views. */
  Views.Date date(FuzzyDate d) {
    return new Views.Date(display(d), d.iso(), d.precision().id(), d.note().orElse(null));
  }

  /** A date for readers in the site's language, as precise as it is: "30 November 2024", "November 2024", "2024", "around …". */
  String display(FuzzyDate d) {
    return display(d, messages);
  }

  /** {@code d} for readers in the language of {@code messages}. */
  static String display(FuzzyDate d, Messages messages) {
    return d.precision() == FuzzyDate.Precision.APPROXIMATE ? messages.format("date.around", Map.of("date", around(d, messages))) : exact(d, messages);
  }

  private static String exact(FuzzyDate d, Messages messages) {
    return messages.date(d.start(), switch (d.written().length()) {
      case 4 -> "date.year";
      case 7 -> "date.month";
      default -> "date.day";
    });
  }

  /** An approximate date after "around": a month as the language writes it there (Ukrainian: in the genitive, "близько листопада"). */
  private static String around(FuzzyDate d, Messages messages) {
    return d.written().length() == 7 ? messages.date(d.start(), "date.aroundMonth") : exact(d, messages);
  }

  /** The language of entry {@code a}'s source: as its front matter says, else the original's. */
  String sourceLanguage(Article a) {
    return a.source().language().orElse(edition.original().site().language());
  }

  /** "Censor.NET, citing Ukrinform", "Outlet not named, crediting AFP", … */
  String outletLine(Article.Source s) {
    String outlet = s.outlet().orElse(messages.text("outlet.unnamed"));
    if (s.relays().isEmpty()) {
      return outlet;
    }
    return messages.format(s.outlet().isPresent() ? "outlet.citing" : "outlet.crediting", Map.of("outlet", outlet, "relays", s.relays().get()));
  }

  /** An entry as a card, linked from {@code from}. */
  Views.ArticleCard card(String from, Article a) {
    return new Views.ArticleCard(a.headline(), a.dek(), href(from, EntryPage.at(a)), date(a.published()), outletLine(a.source()), a.draft(),
        headlineLanguage(a));
  }

  /** The language of entry {@code a}'s headline and dek when they are not this edition's (not translated yet), else null. */
  String headlineLanguage(Article a) {
    return edition.hasText(Translations.Part.ENTRY, a.slug()) ? null : edition.original().site().language();
  }

  /** A link to the entry {@code ref} names, labelled with its headline. */
  Views.Link articleLink(String from, Ref ref) {
    Article a = article(ref.id());
    return new Views.Link(a.headline(), href(from, EntryPage.at(a)), headlineLanguage(a));
  }

  /** A link to the tag {@code id}, labelled with its label. */
  Views.Link tagLink(String from, String id) {
    return new Views.Link(config().tag(id).orElseThrow().label(), href(from, TagPage.at(id)));
  }

  /** A link to the actor {@code id}, labelled with its name. */
  Views.Link actorLink(String from, String id) {
    return new Views.Link(actor(id).name(), href(from, ActorPage.at(id)));
  }

  /** A link to the context source {@code ref} names, labelled with where it was reported. */
  Views.Link contextLink(String from, Ref ref) {
    ContextSource c = context.get(ref.id());
    return new Views.Link(c.reportedIn(), href(from, SourcesPage.PATH) + "#" + c.anchor());
  }

  /** What supports {@code item}: the entries that report it and its context sources. */
  Views.Credit credit(String from, Cited item) {
    return new Views.Credit(item.isContext(), item.articles().stream().map(r -> articleLink(from, r)).toList(),
        item.context().stream().map(r -> contextLink(from, r)).toList());
  }

  /** A stance, labelled. */
  Views.Badge stance(Ref ref) {
    SiteConfig.Stance stance = config().stance(ref.id()).orElseThrow();
    return new Views.Badge(stance.id(), stance.label());
  }

  /**
   * A position, shown on the page at {@code from}; {@code group} is the group it belongs to when shown
   * on the page of one of the group's members, else null.
   */
  Views.Position position(String from, Position p, Views.Link group) {
    return new Views.Position(PositionsPage.anchor(p), date(p.date()), stance(p.stance()), p.occasion(), p.summary(),
        credit(from, p), group);
  }

  /** A quote of entry {@code a}, shown on the page at {@code from}. */
  Views.Quote quote(String from, Article a, Article.Quote q) {
    String entry = EntryPage.at(a);
    String entryHref = href(from, entry);
    String cite = a.source().url().map(url -> url + textFragment(passage(a, q)))
        .orElse(from.equals(entry) ? "#source-heading" : entryHref + "#source-heading");
    // an entry not translated yet shows its quotes in the original's words, marked with its language by
    // the template (the entry link's), not as a translation of themselves
    return new Views.Quote(actorLink(from, q.speaker().id()), q.text(), sentence(q), q.occasion(), q.voicing().orElse(null),
        new Views.Link(a.headline(), entryHref, headlineLanguage(a)), cite, originalWords(a, q).orElse(null));
  }

  /**
   * The words of quote {@code q} of entry {@code a} as its source has them, when this edition shows our
   * translation of them (a translated entry of a translation); else empty, and {@code q}'s words are the
   * source's own.
   */
  Optional<Views.Original> originalWords(Article a, Article.Quote q) {
    return edition.isTranslation() && headlineLanguage(a) == null
        ? Optional.of(new Views.Original(edition.original().site().language(), originalOf(a, q).text())) : Optional.empty();
  }

  /** The sentence of ours that quote {@code q}'s words stand in, split around them; null when they stand alone. */
  private static Views.Sentence sentence(Article.Quote q) {
    return q.sentence().map(text -> {
      String quoted = q.quotedIn(text).orElse(q.quoted());
      int open = Math.max(0, text.indexOf(quoted));
      return new Views.Sentence(text.substring(0, open), text.substring(Math.min(text.length(), open + quoted.length())));
    }).orElse(null);
  }

  /** The quote {@code q} of entry {@code a} as the original has it: in a translation, the words the source has; else {@code q} itself. */
  private Article.Quote originalOf(Article a, Article.Quote q) {
    if (!edition.isTranslation()) {
      return q;
    }
    int index = 0;
    while (index < a.quotes().size() && a.quotes().get(index) != q) {
      index++;
    }
    List<Article.Quote> originals = Optional.ofNullable(originalArticles.get(a.slug())).map(Article::quotes).orElse(List.of());
    return index < originals.size() ? originals.get(index) : q;
  }

  /** The words of quote {@code q} as its source has them, when they were checked; else as the original entry prints them. */
  private String passage(Article a, Article.Quote q) {
    String text = originalOf(a, q).text();
    ProvenanceReport.Entry checked = provenance.entries().get(a.slug());
    return checked == null ? text : checked.quotes().stream()
        .filter(c -> c.record() != null && c.quotation().where().equals("metadata") && c.quotation().text().equals(text))
        .map(c -> c.record().selector().exact()).findFirst().orElse(text);
  }

  /**
   * A text fragment ({@code #:~:text=…}) that takes a browser to {@code words} on the original page:
   * the words themselves, or for a long passage its first and last four words.
   */
  static String textFragment(String words) {
    String[] w = words.strip().split("\\s+");
    String directive = w.length <= 8 ? encode(String.join(" ", w))
        : encode(String.join(" ", Arrays.copyOfRange(w, 0, 4))) + "," + encode(String.join(" ", Arrays.copyOfRange(w, w.length - 4, w.length)));
    return "#:~:text=" + directive;
  }

  /** Percent-encoded for a text directive, where '-', ',' and '&' have meanings of their own. */
  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("-", "%2D");
  }

  /** A timeline event, shown on the page at {@code from}. */
  Views.Event event(String from, TimelineEvent e) {
    Views.Badge kind = new Views.Badge(e.kind().id(), messages.text("event.kind." + e.kind().id()));
    return new Views.Event(e.id(), href(from, TimelinePage.PATH) + "#" + e.id(), kind, e.title(), e.description(), when(e),
        credit(from, e), e.actors().stream().map(r -> actorLink(from, r.id())).toList());
  }

  /**
   * When {@code e} happened; a range of days written once, as the language writes it: "11–12 July 2023",
   * "30 November – 2 December 2024", not "11 July 2023 – 12 July 2023".
   */
  private Views.When when(TimelineEvent e) {
    Views.Date first = date(e.date());
    if (e.end().isEmpty()) {
      return new Views.When(first, null, null, null);
    }
    LocalDate start = e.date().start();
    LocalDate end = e.end().get();
    String shared = e.date().precision() != FuzzyDate.Precision.DAY || start.getYear() != end.getYear() ? null
        : start.getMonth() != end.getMonth() ? "date.rangeStartSameYear" : "date.rangeStartSameMonth";
    String startText = shared == null ? first.display() : messages.date(start, shared);
    Views.Date last = new Views.Date(messages.date(end, "date.day"), end.toString(), FuzzyDate.Precision.DAY.id(), null);
    return new Views.When(first, startText, startText.contains(" ") ? " – " : "–", last);
  }
}
