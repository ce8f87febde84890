package org.explainer.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.explainer.content.Actor;
import org.explainer.content.Article;
import org.explainer.content.Claim;
import org.explainer.content.ContextSource;
import org.explainer.content.GlossaryTerm;
import org.explainer.content.Library;
import org.explainer.content.Position;
import org.explainer.content.TimelineEvent;
import org.explainer.yaml.Ref;

/**
 * The sources: which outlet carried which point of the debate, every outlet and agency with its reports
 * (or, when it has more than {@value Outlets#LISTED_IN_FULL}, how many and a link to its own pages,
 * {@link OutletPage}), each with the anchor {@code outlet-<id>}, and the context sources, each listed once
 * with the anchor {@code context-<id>}.
 */
public final class SourcesPage extends SinglePage {
  static final String PATH = "sources/index.html";

  /**
   * The sources page.
   *
   * @param outlets outlets and agencies, alphabetically
   * @param unnamed entries whose outlet the text does not name, or null when every entry names it
   * @param context the context sources, as listed in context.yaml
   * @param coverage which outlet carried which point of the debate
   */
  public record View(List<Outlet> outlets, Outlet unnamed, List<Context> context, Coverage coverage) {}

  /**
   * What one outlet or agency reported.
   *
   * @param date when the source was published
   * @param headline our headline of the entry
   * @param headlineLang the headline's language when it is not the page's (an entry not translated yet), else null
   * @param href the entry's page
   * @param original the original headline, or null
   * @param originalLang the original headline's language when it is not the page's, else null
   * @param role "Published", "Cited" or "Credited"
   */
  public record Report(Views.Date date, String headline, String headlineLang, String href, String original, String originalLang, String role) {}

  /**
   * An outlet or agency and what it reported: every report when they are few, else how many there are
   * and a link to the outlet's own pages ({@link OutletPage}).
   *
   * @param name its name
   * @param id anchor id
   * @param home its home page, or null
   * @param count how many reports it has
   * @param reports its reports, oldest first; none when they are on the outlet's own pages
   * @param page the outlet's own pages, or null when its reports are listed here
   */
  public record Outlet(String name, String id, String home, int count, List<Report> reports, Views.Link page) {}

  /**
   * A context source, and what cites it.
   *
   * @param anchor its anchor, {@code context-<id>}
   * @param what the fact
   * @param date when it happened
   * @param reportedIn where it was reported
   * @param commonKnowledge true when it is common knowledge rather than one source's report
   * @param citedBy the events, terms, positions and points that cite it
   */
  public record Context(String anchor, String what, Views.Date date, String reportedIn, boolean commonKnowledge, List<Views.Link> citedBy) {}

  /**
   * The points of the debate by the outlets that carry them.
   *
   * @param outlets the column headings, one per named outlet as credited, then "Outlet not named" when an entry does not name its outlet
   * @param sides the points of each side
   */
  public record Coverage(List<String> outlets, List<Side> sides) {}

  /**
   * The rows of one side of the debate.
   *
   * @param id {@code for} or {@code against}
   * @param rows one row per point
   */
  public record Side(String id, List<CoverageRow> rows) {}

  /**
   * One point, per outlet the entries that carry it, and its context sources.
   *
   * @param id anchor id
   * @param claim the point
   * @param cells one list of entry links per outlet, in the outlets' order
   * @param context the context sources that carry it
   */
  public record CoverageRow(String id, String claim, List<List<Views.Link>> cells, List<Views.Link> context) {}

  SourcesPage() {
    super(PATH, "nav.sources", 50);
  }

  /** Each context source's anchor and each outlet's. */
  @Override
  public Set<String> anchors(Library library, Library same) {
    Set<String> anchors = library.context().stream().map(ContextSource::anchor).collect(Collectors.toCollection(HashSet::new));
    Outlets.of(library).all().forEach(outlet -> anchors.add(outlet.anchor()));
    return Set.copyOf(anchors);
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.ACTORS, Input.TIMELINE, Input.GLOSSARY, Input.CLAIMS, Input.CONTEXT, Input.POSITIONS);
  }

  @Override
  public Output output(Library library, Site site) {
    Outlets outlets = Outlets.of(library);
    List<Outlet> named = outlets.named().stream().map(o -> outlet(o, o.name().orElseThrow(), site)).toList();
    Outlet unnamed = outlets.unnamed().map(o -> outlet(o, site.messages().text("outlet.unnamed"), site)).orElse(null);
    Map<String, List<Views.Link>> citedBy = citedBy(library, site);
    // whether a fact is common knowledge is said in the original's words ("common knowledge"), whatever the language
    Map<String, ContextSource> original = site.edition().original().contextById();
    List<Context> context = library.context().stream()
        .map(c -> new Context(c.anchor(), c.what(), site.date(c.date()), c.reportedIn(), original.get(c.id()).commonKnowledge(),
            citedBy.getOrDefault(c.id(), List.of())))
        .toList();
    return site.page(PATH, "sources.ftlh", "sources", new View(named, unnamed, context, coverage(library, site)));
  }

  /** The outlet named {@code name} as this page shows it: with its reports, or with a link to its own pages when they are many. */
  private static Outlet outlet(Outlets.Outlet outlet, String name, Site site) {
    String home = outlet.home().orElse(null);
    int count = outlet.reports().size();
    if (outlet.listedInFull()) {
      return new Outlet(name, outlet.anchor(), home, count, outlet.reports().stream().map(r -> report(r, PATH, site)).toList(), null);
    }
    return new Outlet(name, outlet.anchor(), home, count, List.of(),
        new Views.Link(OutletPage.title(outlet, site.messages()), site.href(PATH, OutletPage.at(outlet))));
  }

  /** A report as the sources page and an outlet's own pages list it, linked from the page at {@code from}. */
  static Report report(Outlets.Report report, String from, Site site) {
    Article a = report.article();
    String originalLang = site.sourceLanguage(a).equals(site.language()) ? null : site.sourceLanguage(a);
    return new Report(site.date(a.published()), a.headline(), site.headlineLanguage(a), site.href(from, EntryPage.at(a)),
        a.source().headline().orElse(null), originalLang, site.messages().text(report.role().key()));
  }

  /** What cites each context source: timeline events, glossary terms, positions and points of the debate. */
  private static Map<String, List<Views.Link>> citedBy(Library library, Site site) {
    Messages messages = site.messages();
    Map<String, List<Views.Link>> out = new LinkedHashMap<>();
    for (TimelineEvent e : library.timeline()) {
      Views.Link link = new Views.Link(messages.format("sources.onTimeline", Map.of("title", e.title())), site.href(PATH, TimelinePage.PATH) + "#" + e.id());
      e.context().forEach(r -> out.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(link));
    }
    for (GlossaryTerm t : library.glossary()) {
      Views.Link link = new Views.Link(messages.format("sources.inGlossary", Map.of("term", t.term())), site.href(PATH, GlossaryPage.PATH) + "#" + t.id());
      t.context().forEach(r -> out.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(link));
    }
    for (Position p : site.positions()) {
      Actor actor = site.actor(p.actor().id());
      Views.Link link = new Views.Link(messages.format("sources.position", Map.of("actor", actor.name(), "occasion", p.occasion())),
          site.href(PATH, PositionsPage.PATH) + "#" + PositionsPage.anchor(p));
      p.context().forEach(r -> out.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(link));
    }
    for (Claim c : library.claims()) {
      Views.Link link = new Views.Link(messages.format("sources.claim", Map.of("claim", c.claim())), site.href(PATH, HomePage.PATH) + "#" + HomePage.anchor(c));
      c.context().forEach(r -> out.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(link));
    }
    return out;
  }

  /**
   * The points of the debate × the outlets as credited, each cell linking to the entries that carry the
   * point: a column per named outlet, in the order of their first reports, then one column, "Outlet not
   * named", for every entry whose outlet is not named, each link saying which report it is (its date, and
   * the agency it credits when it credits one), so that the table does not grow with such entries.
   */
  private static Coverage coverage(Library library, Site site) {
    String unnamed = site.messages().text("outlet.unnamed");
    Map<String, String> column = new LinkedHashMap<>();
    for (Article a : site.oldestFirst()) {
      column.put(a.slug(), a.source().outlet().isPresent() ? site.outletLine(a.source()) : unnamed);
    }
    List<String> outlets = new ArrayList<>(column.values().stream().filter(c -> !c.equals(unnamed)).distinct().toList());
    if (column.containsValue(unnamed)) {
      outlets.add(unnamed);
    }
    List<Side> sides = new ArrayList<>();
    for (Claim.Side side : Claim.Side.values()) {
      List<CoverageRow> rows = new ArrayList<>();
      for (Claim claim : library.claims()) {
        if (claim.side() != side) {
          continue;
        }
        List<List<Views.Link>> cells = new ArrayList<>();
        for (String outlet : outlets) {
          cells.add(claim.articles().stream().map(Ref::id).filter(slug -> outlet.equals(column.get(slug))).map(site::article)
              .sorted(Library.NEWEST_FIRST.reversed()).map(a -> new Views.Link(label(a, site), site.href(PATH, EntryPage.at(a)))).toList());
        }
        rows.add(new CoverageRow(claim.id(), claim.claim(), List.copyOf(cells), claim.context().stream().map(r -> site.contextLink(PATH, r)).toList()));
      }
      sides.add(new Side(side.id(), List.copyOf(rows)));
    }
    return new Coverage(List.copyOf(outlets), List.copyOf(sides));
  }

  /** The link to entry {@code a} in its coverage cell: its date, and, when its outlet is not named, the agency it credits, if any. */
  private static String label(Article a, Site site) {
    String date = site.display(a.published());
    if (a.source().outlet().isPresent()) {
      return date;
    }
    return a.source().relays().map(relays -> site.messages().format("coverage.crediting", Map.of("date", date, "relays", relays))).orElse(date);
  }
}
