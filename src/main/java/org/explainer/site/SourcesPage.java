package org.explainer.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.explainer.content.Article;
import org.explainer.content.GlossaryTerm;
import org.explainer.content.Library;
import org.explainer.content.TimelineEvent;
import org.explainer.yaml.Slugs;

/** The sources: which outlet reported which claim, every outlet and agency with its reports, and the context sources. */
public final class SourcesPage extends SinglePage {
  static final String PATH = "sources/index.html";

  /**
   * The sources page.
   *
   * @param outlets outlets and agencies, alphabetically
   * @param unnamed entries whose outlet the text does not name
   * @param context context sources, alphabetically
   * @param coverage which outlet reported which main claim
   */
  public record View(List<Outlet> outlets, List<Report> unnamed, List<ContextSource> context, Coverage coverage) {}

  /**
   * What one outlet or agency reported.
   *
   * @param date when the source was published
   * @param headline our headline of the entry
   * @param href the entry's page
   * @param original the original headline, or null
   * @param role "Published", "Cited" or "Credited"
   */
  public record Report(Views.Date date, String headline, String href, String original, String role) {}

  /**
   * An outlet or agency and what it reported.
   *
   * @param name its name
   * @param id anchor id
   * @param reports its reports, oldest first
   */
  public record Outlet(String name, String id, List<Report> reports) {}

  /**
   * A context source from outside the entries, and what cites it.
   *
   * @param name where it was reported
   * @param citedBy timeline events and glossary terms that cite it
   */
  public record ContextSource(String name, List<Views.Link> citedBy) {}

  /**
   * The main claims of the debate by the outlets.
   *
   * @param outlets the column labels
   * @param rows one row per claim
   */
  public record Coverage(List<String> outlets, List<CoverageRow> rows) {}

  /**
   * One main claim, and per outlet the entries that report it.
   *
   * @param id anchor id
   * @param claim the claim
   * @param cells one list of entry links per outlet, in the outlets' order
   */
  public record CoverageRow(String id, String claim, List<List<Views.Link>> cells) {}

  SourcesPage() {
    super(PATH, "nav.sources", 50);
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.TIMELINE, Input.GLOSSARY, Input.CLAIMS);
  }

  @Override
  public Output output(Library library, Site site) {
    Messages messages = site.messages();
    Map<String, List<Report>> outlets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    List<Report> unnamed = new ArrayList<>();
    for (Article a : site.oldestFirst()) {
      String href = site.href(PATH, EntryPage.at(a));
      String original = a.source().headline().orElse(null);
      Views.Date date = site.date(a.published());
      if (a.source().outlet().isPresent()) {
        outlets.computeIfAbsent(a.source().outlet().get(), o -> new ArrayList<>())
            .add(new Report(date, a.headline(), href, original, messages.text("sources.published")));
      } else {
        unnamed.add(new Report(date, a.headline(), href, original, messages.text("outlet.unnamed")));
      }
      a.source().relays().ifPresent(r -> outlets.computeIfAbsent(r, o -> new ArrayList<>()).add(new Report(date, a.headline(), href, original,
          messages.text(a.source().outlet().isPresent() ? "sources.cited" : "sources.credited"))));
    }
    List<Outlet> outletViews = new ArrayList<>();
    outlets.forEach((name, reports) -> outletViews.add(new Outlet(name, "outlet-" + Slugs.slugify(name, 40).orElse("x"), List.copyOf(reports))));
    Map<String, List<Views.Link>> context = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (TimelineEvent e : library.timeline()) {
      for (String c : e.context()) {
        context.computeIfAbsent(c, k -> new ArrayList<>())
            .add(new Views.Link(messages.format("sources.onTimeline", Map.of("title", e.title())), site.href(PATH, TimelinePage.PATH) + "#" + e.id()));
      }
    }
    for (GlossaryTerm t : library.glossary()) {
      for (String c : t.context()) {
        context.computeIfAbsent(c, k -> new ArrayList<>())
            .add(new Views.Link(messages.format("sources.inGlossary", Map.of("term", t.term())), site.href(PATH, GlossaryPage.PATH) + "#" + t.id()));
      }
    }
    List<ContextSource> contextViews = new ArrayList<>();
    context.forEach((name, links) -> contextViews.add(new ContextSource(name, List.copyOf(links))));
    return site.page(PATH, "sources.ftlh", "sources", new View(List.copyOf(outletViews), List.copyOf(unnamed), List.copyOf(contextViews), coverage(library, site)));
  }

  /** The main claims × the outlets (as credited), each cell linking to the entries reporting the claim. */
  private static Coverage coverage(Library library, Site site) {
    List<String> outlets = site.oldestFirst().stream().map(a -> site.outletLine(a.source())).distinct().toList();
    List<CoverageRow> rows = new ArrayList<>();
    for (var claim : library.claims()) {
      List<List<Views.Link>> cells = new ArrayList<>();
      for (String outlet : outlets) {
        cells.add(claim.articles().stream().map(r -> site.article(r.id()))
            .filter(a -> a != null && site.outletLine(a.source()).equals(outlet))
            .map(a -> new Views.Link(site.shortDate(a.published()), site.href(PATH, EntryPage.at(a)))).toList());
      }
      rows.add(new CoverageRow(claim.id(), claim.claim(), List.copyOf(cells)));
    }
    return new Coverage(outlets, List.copyOf(rows));
  }
}
