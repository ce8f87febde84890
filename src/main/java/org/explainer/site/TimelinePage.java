package org.explainer.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.explainer.content.Library;
import org.explainer.content.TimelineEvent;

/** The timeline: every event, year by year, with its sources. */
public final class TimelinePage extends SinglePage {
  static final String PATH = "timeline/index.html";

  /**
   * The timeline page.
   *
   * @param years years with events, oldest first
   * @param figure the events drawn to scale, numbered in the order of {@code years}
   */
  public record View(List<Year> years, TimelineFigure.View figure) {}

  /**
   * A year of the timeline.
   *
   * @param year the year
   * @param anchor its anchor id
   * @param events its events, oldest first
   */
  public record Year(int year, String anchor, List<Views.Event> events) {}

  /** The anchor of a year's group on the timeline page. */
  static String yearAnchor(int year) {
    return "y" + year;
  }

  TimelinePage() {
    super(PATH, "nav.timeline", 10);
  }

  @Override
  public Set<String> anchors(Library library, Library same) {
    Set<String> anchors = new HashSet<>();
    for (TimelineEvent e : library.timeline()) {
      anchors.add(e.id());
      anchors.add(yearAnchor(e.date().start().getYear()));
    }
    return anchors;
  }

  @Override
  public List<SearchIndex.Doc> search(Library library, Site site) {
    return library.timeline().stream()
        .map(e -> SearchIndex.Doc.of(site.messages().text("search.kind.timeline"), e.title(), PATH + "#" + e.id(), site.display(e.date()) + " " + e.description(),
            e.actors().stream().map(ref -> ActorPage.spellings(site, ref.id())).collect(Collectors.joining(" "))))
        .toList();
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.ACTORS, Input.TIMELINE, Input.CONTEXT);
  }

  /** The events in the order the page lists them: by year, in file order within a year. */
  static List<TimelineEvent> listed(Library library) {
    return library.timeline().stream().sorted(Comparator.comparingInt(e -> e.date().start().getYear())).toList();
  }

  @Override
  public Output output(Library library, Site site) {
    Map<Integer, List<TimelineEvent>> byYear = library.timeline().stream()
        .collect(Collectors.groupingBy(e -> e.date().start().getYear(), TreeMap::new, Collectors.toList()));
    List<Year> years = new ArrayList<>();
    byYear.forEach((year, events) -> years.add(new Year(year, yearAnchor(year), events.stream().map(e -> site.event(PATH, e)).toList())));
    String title = site.messages().text("timeline.title");
    String description = site.messages().text("timeline.description");
    return new Output.Rendered("timeline.ftlh",
        new Output.PageMeta(title, description, "website", site.jsonLd().timeline(site.messages().format("timeline.listName", Map.of("site", site.config().title())),
            library.timeline(), site.absolute(PATH)), List.of()),
        new View(List.copyOf(years), TimelineFigure.of(site, PATH, listed(library))));
  }
}
