package org.explainer.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.explainer.TestSites;
import org.explainer.content.Actor;
import org.explainer.content.ContentLoader;
import org.explainer.content.Library;
import org.explainer.diagnostic.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures of the built site match their data, as a reader sees them: one mark per event or position,
 * in order, each linking to the right place, with the right shape; the map's countries as the content and
 * the membership say; the path to membership with the Membership Action Plan struck out.
 */
class FiguresTest {
  @TempDir static Path tmp;
  private static Path site;

  @BeforeAll
  static void build() {
    site = BuiltSite.build(tmp);
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
  }

  @Test
  void theTimelineDrawsOneMarkPerEventInDateOrderEachLinkingToItsEvent() throws IOException {
    for (String path : List.of("timeline/index.html", "index.html")) {
      Document doc = page(path);
      List<Element> marks = doc.select("svg.timeline-svg a.mark");
      List<String> listed = path.equals("index.html")
          ? doc.select("ol.timeline-compact > li > a").eachAttr("href").stream().map(h -> h.substring(h.indexOf('#') + 1)).toList()
          : doc.select("section.year li.event").eachAttr("id");
      assertThat(listed).as(path).isNotEmpty();
      assertThat(marks).as(path + ": one mark per event").hasSize(listed.size());
      List<String> dates = new ArrayList<>();
      for (int i = 0; i < marks.size(); i++) {
        Element mark = marks.get(i);
        String href = mark.attr("href");
        assertThat(href.substring(href.indexOf('#') + 1)).as(path + ": mark " + (i + 1)).isEqualTo(listed.get(i));
        assertThat(mark.selectFirst("text").text()).isEqualTo(String.valueOf(i + 1));
        Element event = page("timeline/index.html").getElementById(listed.get(i));
        assertThat(event).isNotNull();
        dates.add(event.selectFirst("time").attr("datetime"));
        assertThat(mark.hasClass("context")).as(listed.get(i) + " is context").isEqualTo(event.hasClass("event-context"));
        assertThat(mark.hasClass("kind-" + event.className().replaceAll(".*event-(\\w+).*", "$1")) || event.hasClass("event-context")).isTrue();
      }
      assertThat(dates).as(path + ": marks in date order").isSorted();
      // the narrow drawing, for a phone, has the same marks, numbered alike
      List<Element> narrow = doc.select("svg.timeline-svg.figure-narrow g.mark");
      assertThat(narrow.stream().map(m -> m.selectFirst("text").text()).toList()).as(path + ": the narrow drawing's numbers")
          .isEqualTo(marks.stream().map(m -> m.selectFirst("text").text()).toList());
      assertThat(narrow.stream().map(m -> m.className() + " " + m.selectFirst("path").className()).toList())
          .as(path + ": the narrow drawing's kinds and shapes")
          .isEqualTo(marks.stream().map(m -> m.className() + " " + m.selectFirst("path").className()).toList());
      assertThat(doc.select("svg.timeline-svg.figure-narrow text.lane-label").eachText())
          .isEqualTo(doc.select("svg.timeline-svg.figure-wide text.lane-label").eachText()).hasSize(3);
      assertThat(doc.select("svg.timeline-svg.figure-narrow text.tick-label").eachText())
          .isEqualTo(doc.select("svg.timeline-svg.figure-wide text.tick-label").eachText()).isNotEmpty();
    }
  }

  /**
   * Every kind of event in the timeline's legend has a mark of its own: a shape, or a size of it, no
   * other kind has (election, appointment and launch were all the same ring).
   */
  @Test
  void eachKindOfEventInTheLegendHasAMarkOfItsOwn() throws IOException {
    Document doc = page("timeline/index.html");
    List<String> marks = doc.select("figure ul.legend svg.key:not(.context) path").stream().map(p -> p.className() + " " + p.attr("d")).toList();
    assertThat(marks).as("the legend's marks").hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
  }

  @Test
  void theStanceChartDrawsOneMarkPerPositionWithItsStanceAndLink() throws IOException {
    Document doc = page("positions/index.html");
    List<Element> marks = doc.select("svg.stance-svg a.mark");
    List<Element> positions = doc.select("li.position[id^=position-]");
    assertThat(marks).hasSize(positions.size());
    Set<String> linked = new TreeSet<>();
    for (Element mark : marks) {
      String id = mark.attr("href").substring(1);
      Element position = doc.getElementById(id);
      assertThat(position).as(mark.attr("href")).isNotNull();
      String stance = position.selectFirst(".stance").classNames().stream().filter(c -> c.startsWith("stance-")).findFirst().orElseThrow();
      assertThat(mark.classNames()).as(id).contains(stance);
      assertThat(mark.selectFirst("title").text()).contains(position.selectFirst(".stance").text());
      linked.add(id);
    }
    assertThat(linked).hasSize(positions.size());
    // no consensus and opposes never share a shape
    Set<String> noConsensus = new TreeSet<>(doc.select("a.mark.stance-no-consensus path").eachAttr("class"));
    Set<String> opposes = new TreeSet<>(doc.select("a.mark.stance-opposes path").eachAttr("class"));
    assertThat(noConsensus).isNotEmpty().doesNotContainAnyElementsOf(opposes);
  }

  /**
   * The stance chart for a phone shows what the wide one does, row by row: the actor, its latest stance,
   * and its marks with their stances and shapes, in both languages.
   */
  @Test
  void theNarrowStanceChartHasTheWideOnesRows() throws IOException {
    for (String path : List.of("positions/index.html", "uk/positions/index.html")) {
      Document doc = page(path);
      List<String> wide = new ArrayList<>();
      StringBuilder row = null;
      for (Element e : doc.selectFirst("svg.stance-svg").children()) {
        if (e.hasClass("row-label")) {
          if (row != null) {
            wide.add(row.toString());
          }
          row = new StringBuilder(e.text());
        } else if (e.hasClass("mark")) {
          row.append(" | ").append(e.className()).append(' ').append(e.selectFirst("path").className());
        } else if (e.hasClass("row-latest")) {
          row.append(" | latest ").append(e.text()).append(' ').append(e.className().replace("row-latest ", ""));
        }
      }
      wide.add(row.toString());
      List<String> narrow = new ArrayList<>();
      for (Element li : doc.select(".stance-strips li")) {
        StringBuilder strip = new StringBuilder(li.selectFirst(".strip-actor").text());
        for (Element mark : li.select("svg.stance-strip path.mark")) {
          String stance = mark.classNames().stream().filter(c -> c.startsWith("stance-")).findFirst().orElseThrow();
          String shape = mark.classNames().stream().filter(c -> c.startsWith("shape-")).findFirst().orElseThrow();
          strip.append(" | mark ").append(stance).append(' ').append(shape);
        }
        Element latest = li.selectFirst(".stance");
        strip.append(" | latest ").append(latest.text()).append(' ').append(latest.className().replace("stance ", ""));
        narrow.add(strip.toString());
      }
      assertThat(narrow).as(path).hasSize(11).isEqualTo(wide);
    }
  }

  @Test
  void theMapShowsTheMembersTheSevenHesitantAlliesUkraineAndRussia() throws IOException {
    Document doc = page("map/index.html");
    Set<String> members = new TreeSet<>(doc.select("svg.map-svg path.member, svg.map-svg path.group").eachAttr("data-country"));
    members.remove("Greenland");
    assertThat(members).hasSize(32).contains("United States", "Canada", "Türkiye", "Sweden", "Finland");
    Library library = new ContentLoader().load(TestSites.CONTENT, new Problems()).orElseThrow();
    Actor hesitant = library.actorsById().get("hesitant-allies");
    Set<String> seven = new TreeSet<>();
    hesitant.members().forEach(r -> seven.add(library.actorsById().get(r.id()).name()));
    assertThat(new TreeSet<>(doc.select("svg.map-svg path.group").eachAttr("data-country"))).isEqualTo(seven).hasSize(7);
    assertThat(doc.select("svg.map-svg path.ukraine").eachAttr("data-country")).containsExactly("Ukraine");
    assertThat(doc.select("svg.map-svg path.russia").eachAttr("data-country")).containsExactly("Russia");
    assertThat(doc.select("figure.map-figure figcaption").text()).contains("Natural Earth");
    assertThat(doc.select(".map-lists").html()).contains("sources/index.html#context-politico-seven-allies");
    assertThat(doc.selectFirst("svg.map-svg desc").text()).contains("32 members");
  }

  /**
   * The Ukrainian map shows what the English one does, in Ukrainian: the seven allies hatched and listed
   * with their credit, and every member named in Ukrainian (the map's names are the English content's).
   */
  @Test
  void theUkrainianMapHatchesTheSameAlliesAndNamesTheMembersInUkrainian() throws IOException {
    Document english = page("map/index.html");
    Document ukrainian = page("uk/map/index.html");
    assertThat(ukrainian.select("svg.map-svg path.group").eachAttr("data-country"))
        .isEqualTo(english.select("svg.map-svg path.group").eachAttr("data-country")).hasSize(7);
    assertThat(ukrainian.select(".map-lists h2")).hasSameSizeAs(english.select(".map-lists h2"));
    assertThat(ukrainian.select(".map-lists").html()).contains("sources/index.html#context-politico-seven-allies");
    String members = ukrainian.selectFirst("#map-members-heading + p").text();
    assertThat(members).contains("Німеччина", "Туреччина", "Албанія").doesNotContain("Germany", "Albania", "Türkiye");
    assertThat(ukrainian.selectFirst("svg.map-svg desc").text()).contains("Німеччина").doesNotContain("Germany");
    assertThat(ukrainian.select("figure.map-figure figcaption").text()).contains("Natural Earth", "суспільне надбання").doesNotContain("public domain", " via ");
  }

  @Test
  void thePathToMembershipStrikesOutTheMembershipActionPlan() throws IOException {
    Document doc = page("glossary/index.html");
    Element svg = doc.selectFirst("svg.path-svg");
    assertThat(svg).isNotNull();
    assertThat(svg.select("text.step-label.dropped").text()).contains("Membership").contains("Action Plan");
    assertThat(svg.select("text.step-label:not(.dropped)").eachText()).contains("Invitation", "Member", "Membership");
    assertThat(doc.select("figure.path-figure figcaption a").eachAttr("href"))
        .contains("#membership-action-plan", "../articles/stoltenberg-invitation-equals-membership/index.html");
    // drawn down the page for a phone: the same steps, in the same order, the plan struck out
    List<String> wide = svg.select("text.step-label").stream().map(t -> t.select("tspan").eachText().stream().reduce((a, b) -> a + " " + b)
        .orElseThrow() + " " + t.className()).toList();
    List<String> narrow = doc.select(".path-columns li.path-step").stream().map(li -> li.text() + " " + li.className()
        .replace("path-step", "step-label")).toList();
    assertThat(narrow).isEqualTo(wide);
    assertThat(doc.select(".path-columns .path-step.dropped").text()).isEqualTo("Membership Action Plan: dropped, 2023");
    assertThat(doc.select(".path-columns .path-span").eachText()).isEqualTo(svg.select("text.span-label").eachText()).hasSize(2);
    assertThat(doc.select(".path-columns").attr("aria-labelledby")).isEqualTo(svg.attr("aria-labelledby"));
  }
}
