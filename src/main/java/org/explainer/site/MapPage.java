package org.explainer.site;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.explainer.content.Actor;
import org.explainer.content.Edition;
import org.explainer.content.Library;
import org.explainer.content.TimelineEvent;
import org.explainer.content.Translations;
import org.explainer.figure.AllianceMap;
import org.explainer.yaml.Ref;

/**
 * The map of the Alliance: its 32 members, the members that a group of the actors gathers (here the
 * seven reported as resisting an immediate invitation, credited to what reported them), Ukraine and
 * Russia; with every country named in words beside it.
 */
public final class MapPage extends SinglePage {
  static final String PATH = "map/index.html";
  static final String UKRAINE = "Ukraine";
  static final String RUSSIA = "Russia";

  /**
   * The map page.
   *
   * @param map the map
   */
  public record View(Figure map) {}

  /**
   * The map.
   *
   * @param width the drawing's width
   * @param height the drawing's height
   * @param countries every shape, in drawing order
   * @param inset the inset's box and label
   * @param members the members' names, alphabetically
   * @param groups each group of members the actors name, with what reported it
   * @param text the figure's words: its name, text alternative, legend and credit
   */
  public record Figure(int width, int height, List<Country> countries, Inset inset, List<String> members, List<Group> groups, Text text) {}

  /**
   * The map's words.
   *
   * @param title the drawing's name
   * @param description what it shows, in words: the drawing's text alternative
   * @param member the legend's label for a member, with their number
   * @param ukraine the legend's label for Ukraine
   * @param russia the legend's label for Russia
   * @param membersHeading the heading over the list of members
   * @param geography the credit for the geography
   */
  public record Text(String title, String description, String member, String ukraine, String russia, String membersHeading, String geography) {}

  /**
   * A shape.
   *
   * @param name the country
   * @param kind what it is drawn as: other, member, group, ukraine or russia
   * @param path SVG path data
   */
  public record Country(String name, String kind, String path) {}

  /**
   * The inset.
   *
   * @param x left
   * @param y top
   * @param width width
   * @param height height
   * @param label what it holds
   */
  public record Inset(int x, int y, int width, int height, String label) {}

  /**
   * A group of members drawn apart.
   *
   * @param name the group, linked to its page
   * @param role what it is, from the actors' file
   * @param members the members' names
   * @param credit what reported it
   */
  public record Group(Views.Link name, String role, List<String> members, Views.Credit credit) {}

  MapPage() {
    super(PATH, "nav.map", 35);
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.ACTORS, Input.TIMELINE, Input.CONTEXT, Input.POSITIONS);
  }

  /**
   * The groups of the actors of {@code edition} whose members are all NATO members on the map. The map
   * names a member as the original (English) content names its country's actor, so a translation's
   * groups are matched by the original's names.
   */
  static List<Actor> groups(Edition edition, AllianceMap map) {
    Set<String> members = new TreeSet<>();
    map.countries().forEach(c -> {
      if (c.member() != null) {
        members.add(c.member());
      }
    });
    Map<String, Actor> byId = edition.original().actorsById();
    return edition.library().actors().stream().filter(a -> !a.members().isEmpty())
        .filter(a -> a.members().stream().allMatch(r -> byId.get(r.id()).kind() == Actor.Kind.COUNTRY && members.contains(byId.get(r.id()).name())))
        .toList();
  }

  @Override
  public Output output(Library library, Site site) {
    return site.page(PATH, "map.ftlh", "map", new View(figure(site, PATH)));
  }

  /** The map for the page at {@code from}. */
  static Figure figure(Site site, String from) {
    AllianceMap map = AllianceMap.get();
    Messages messages = site.messages();
    List<Actor> groups = groups(site.edition(), map);
    Map<String, Actor> original = site.edition().original().actorsById();
    Set<String> grouped = new TreeSet<>(); // as the map names them
    groups.forEach(g -> g.members().forEach(r -> grouped.add(original.get(r.id()).name())));
    Map<String, String> kinds = new LinkedHashMap<>();
    List<Country> countries = new ArrayList<>();
    for (AllianceMap.Country c : map.countries()) {
      String kind = c.name().equals(UKRAINE) ? "ukraine" : c.name().equals(RUSSIA) ? "russia"
          : c.member() == null ? "other" : grouped.contains(c.member()) ? "group" : "member";
      countries.add(new Country(c.name(), kind, c.path()));
      if (c.member() != null) {
        kinds.put(c.member(), kind);
      }
    }
    Collator collator = Collator.getInstance(new ULocale(site.config().language()));
    Function<String, String> named = countryNames(site, map);
    List<String> members = kinds.keySet().stream().map(named).sorted(collator::compare).toList();
    List<Group> groupViews = groups.stream().map(g -> new Group(site.actorLink(from, g.id()), g.role(),
        g.members().stream().map(r -> site.actor(r.id()).name()).toList(), credit(site, from, g))).toList();
    // each group hatched says what it is, as its legend does: its name, its members and its role
    String description = Stream.concat(Stream.of(messages.format("map.figure.description", Map.of("members", members.size()))),
        groups.stream().map(g -> messages.format("map.figure.group", Map.of("name", site.actor(g.id()).name(), "count", g.members().size(),
            "members", messages.list(g.members().stream().map(r -> named.apply(original.get(r.id()).name())).sorted(collator::compare).toList()),
            "role", g.role())))).collect(Collectors.joining(" "));
    AllianceMap.Box box = map.inset();
    Text text = new Text(messages.text("map.figure.title"), description, messages.format("map.legend.member", Map.of("count", members.size())),
        messages.text("map.legend.ukraine"), messages.text("map.legend.russia"), messages.format("map.members", Map.of("count", members.size())),
        messages.format("map.geography", Map.of("source", map.source(), "via", map.via())));
    return new Figure(map.width(), map.height(), List.copyOf(countries), new Inset(box.x(), box.y(), box.width(), box.height(), messages.text("map.inset")),
        members, groupViews, text);
  }

  /**
   * A member's name, as the map names it (the original's), in the language of {@code site}: the original
   * keeps the map's names; a translation names a member as its actor's translation does, else by the
   * Unicode CLDR's name of the country's ISO code (ICU4J), e.g. "Німеччина" for Germany.
   */
  private static Function<String, String> countryNames(Site site, AllianceMap map) {
    Edition edition = site.edition();
    if (!edition.isTranslation()) {
      return Function.identity();
    }
    Map<String, String> names = new HashMap<>();
    ULocale language = new ULocale(site.config().language());
    for (AllianceMap.Country c : map.countries()) {
      if (c.name().equals(c.member()) && c.id().chars().allMatch(Character::isDigit)) {
        names.put(c.name(), new ULocale("", Region.getInstance(Integer.parseInt(c.id())).toString()).getDisplayCountry(language));
      }
    }
    for (Actor actor : edition.original().actors()) {
      if (actor.kind() == Actor.Kind.COUNTRY && names.containsKey(actor.name()) && edition.hasText(Translations.Part.ACTOR, actor.id())) {
        names.put(actor.name(), site.actor(actor.id()).name());
      }
    }
    return name -> names.getOrDefault(name, name);
  }

  /** What reported a group: the timeline events it figures in, else its positions. */
  private static Views.Credit credit(Site site, String from, Actor group) {
    List<TimelineEvent> events = site.library().timeline().stream().filter(e -> e.actors().stream().map(Ref::id).anyMatch(group.id()::equals)).toList();
    List<Views.Credit> credits = events.isEmpty()
        ? site.positionsOf(group.id()).stream().map(p -> site.credit(from, p)).toList()
        : events.stream().map(e -> site.credit(from, e)).toList();
    List<Views.Link> entries = credits.stream().flatMap(c -> c.entries().stream()).distinct().toList();
    List<Views.Link> sources = credits.stream().flatMap(c -> c.sources().stream()).distinct().toList();
    return new Views.Credit(entries.isEmpty(), entries, sources);
  }
}
