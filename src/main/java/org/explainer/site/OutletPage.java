package org.explainer.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.explainer.content.Library;

/**
 * The reports of an outlet or agency with more than the sources page lists in full ({@value
 * Outlets#LISTED_IN_FULL}), oldest first and as the sources page shows them, {@value ListPage#SIZE} to a
 * page: at {@code sources/outlets/<id>/}, and for the entries whose outlet is not named at {@code
 * sources/unnamed/}. The sources page names such an outlet, says how many reports it has and links here.
 */
public final class OutletPage implements PageType<OutletPage.Reports> {
  static final String PATH = "sources/{id}/index.html";

  /**
   * A page of an outlet's reports.
   *
   * @param outlet the outlet, or the entries whose outlet is not named
   * @param page which of its reports
   */
  public record Reports(Outlets.Outlet outlet, ListPage<Outlets.Report> page) {
    /** From the outlet's id and the page: every page of an outlet holds the same outlet. */
    @Override
    public int hashCode() {
      return 31 * outlet.id().hashCode() + page.hashCode();
    }
  }

  /**
   * A page of an outlet's reports.
   *
   * @param home the outlet's home page, or null
   * @param reports the page's reports, oldest first
   * @param pager the links to the pages beside it, or null when the reports fit on one
   * @param sources the outlet on the sources page
   */
  public record View(String home, List<SourcesPage.Report> reports, Views.Pager pager, Views.Link sources) {}

  /** The output path of the (first) page of {@code outlet}. */
  static String at(Outlets.Outlet outlet) {
    return PATH.replace("{id}", outlet.name().isPresent() ? "outlets/" + outlet.id() : outlet.id());
  }

  /** The title of the (first) page of {@code outlet}: "Reports from Metro Chronicle". */
  static String title(Outlets.Outlet outlet, Messages messages) {
    return outlet.name().map(name -> messages.format("outlet.title", Map.of("outlet", name))).orElseGet(() -> messages.text("outlet.unnamedTitle"));
  }

  @Override
  public String path() {
    return PATH;
  }

  /** The pages of every outlet that the sources page does not list in full. */
  @Override
  public List<Reports> subjects(Library library) {
    List<Reports> out = new ArrayList<>();
    for (Outlets.Outlet outlet : Outlets.of(library).all()) {
      if (!outlet.listedInFull()) {
        ListPage.of(outlet.reports()).forEach(page -> out.add(new Reports(outlet, page)));
      }
    }
    return List.copyOf(out);
  }

  /** {@code outlets/<id>}, or {@code unnamed}, then {@code /page/<n>} for page <i>n</i> after the first. */
  @Override
  public String id(Reports reports) {
    return reports.page().id(PATH, at(reports.outlet()));
  }

  @Override
  public Reports first(Reports reports) {
    return reports.page().first() ? reports : new Reports(reports.outlet(), reports.page().firstPage());
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES);
  }

  @Override
  public String title(Reports reports, Site site) {
    return site.listTitle(title(reports.outlet(), site.messages()), reports.page());
  }

  @Override
  public Output output(Reports reports, Site site) {
    Outlets.Outlet outlet = reports.outlet();
    Messages messages = site.messages();
    String first = at(outlet);
    String from = reports.page().path(first);
    String description = outlet.name().map(name -> messages.format("outlet.description", Map.of("outlet", name)))
        .orElseGet(() -> messages.text("outlet.unnamedDescription"));
    View view = new View(outlet.home().orElse(null), reports.page().items().stream().map(r -> SourcesPage.report(r, from, site)).toList(),
        site.pager(from, first, reports.page()),
        new Views.Link(messages.text("outlet.sources"), site.href(from, SourcesPage.PATH) + "#" + outlet.anchor()));
    return site.page(from, "outlet.ftlh", title(reports, site), description, view);
  }
}
