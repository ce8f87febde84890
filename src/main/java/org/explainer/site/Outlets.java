package org.explainer.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.explainer.content.Article;
import org.explainer.content.Library;
import org.explainer.yaml.Slugs;

/**
 * The outlets and agencies the entries name, each with what it reported, and the entries whose outlet is
 * not named, as the sources page lists them. Each has one id, unique among them, that gives both its
 * anchor on the sources page ({@code outlet-<id>}) and, when it has more than {@value #LISTED_IN_FULL}
 * reports, the path of its own pages ({@link OutletPage}).
 *
 * @param named the outlets and agencies, by name (letter case aside)
 * @param unnamed the entries whose outlet is not named, if any
 */
public record Outlets(List<Outlet> named, Optional<Outlet> unnamed) {
  /** The most reports of one outlet that the sources page lists in full; an outlet with more has pages of its own. */
  public static final int LISTED_IN_FULL = 10;
  /** The id of the entries whose outlet is not named, which no outlet's name can take. */
  static final String UNNAMED = "unnamed";
  /** The longest slug of an outlet's name. */
  private static final int SLUG_LENGTH = 40;

  /** Copies the list. */
  public Outlets {
    named = List.copyOf(named);
  }

  /** What an outlet did in an entry. */
  public enum Role {
    /** The outlet published the report. */
    PUBLISHED("sources.published"),
    /** The outlet that published the report cited this agency. */
    CITED("sources.cited"),
    /** The report, whose outlet is not named, credited this agency. */
    CREDITED("sources.credited"),
    /** The report's outlet is not named. */
    NOT_NAMED("outlet.unnamed");

    private final String key;

    Role(String key) {
      this.key = key;
    }

    /** The message that names the role ("Published", "Cited", …). */
    public String key() {
      return key;
    }
  }

  /**
   * One entry as one outlet's report.
   *
   * @param article the entry
   * @param role what the outlet did in it
   */
  public record Report(Article article, Role role) {}

  /**
   * An outlet or agency and its reports; or the entries whose outlet is not named.
   *
   * @param name its name; empty for the entries whose outlet is not named
   * @param id its id, unique among the outlets: the slug of its name, with a number after it when an
   *     outlet before it took the slug; {@value #UNNAMED} for the entries whose outlet is not named
   * @param home its home page, if an entry gives it
   * @param reports its reports, oldest first
   */
  public record Outlet(Optional<String> name, String id, Optional<String> home, List<Report> reports) {
    /** Copies the list. */
    public Outlet {
      reports = List.copyOf(reports);
    }

    /** Its anchor on the sources page. */
    public String anchor() {
      return "outlet-" + id;
    }

    /** True when the sources page lists every report of the outlet; else the outlet has pages of its own. */
    public boolean listedInFull() {
      return reports.size() <= LISTED_IN_FULL;
    }
  }

  /** Every outlet, then the entries whose outlet is not named, if any. */
  public List<Outlet> all() {
    List<Outlet> all = new ArrayList<>(named);
    unnamed.ifPresent(all::add);
    return List.copyOf(all);
  }

  /**
   * The outlets of {@code library}'s entries: each outlet that published one and each agency one cites
   * or credits, alphabetically (two names that differ in letter case alone are one outlet), and the
   * entries whose outlet is not named; each outlet's reports oldest first.
   */
  public static Outlets of(Library library) {
    Map<String, List<Report>> reports = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Map<String, String> homes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    List<Report> unnamed = new ArrayList<>();
    for (Article a : library.articles().stream().sorted(Library.NEWEST_FIRST.reversed()).toList()) {
      Article.Source source = a.source();
      if (source.outlet().isPresent()) {
        reports.computeIfAbsent(source.outlet().get(), o -> new ArrayList<>()).add(new Report(a, Role.PUBLISHED));
        source.outletUrl().ifPresent(url -> homes.putIfAbsent(source.outlet().get(), url));
      } else {
        unnamed.add(new Report(a, Role.NOT_NAMED));
      }
      source.relays().ifPresent(r -> reports.computeIfAbsent(r, o -> new ArrayList<>())
          .add(new Report(a, source.outlet().isPresent() ? Role.CITED : Role.CREDITED)));
    }
    Map<String, String> ids = ids(List.copyOf(reports.keySet()));
    List<Outlet> named = new ArrayList<>();
    reports.forEach((name, list) -> named.add(new Outlet(Optional.of(name), ids.get(name), Optional.ofNullable(homes.get(name)), list)));
    return new Outlets(named, unnamed.isEmpty() ? Optional.empty() : Optional.of(new Outlet(Optional.empty(), UNNAMED, Optional.empty(), unnamed)));
  }

  /**
   * Each name's id: the slug of the name when no name before it has that slug, else the slug with the
   * first number from 2 that no other id has ({@code metro-chronicle-2}). A name whose slug is free keeps
   * it whatever comes after it, and no name takes {@value #UNNAMED}.
   */
  private static Map<String, String> ids(List<String> names) {
    Set<String> taken = new HashSet<>(Set.of(UNNAMED));
    Map<String, String> ids = new HashMap<>();
    List<String> clashing = new ArrayList<>();
    for (String name : names) {
      if (taken.add(slug(name))) {
        ids.put(name, slug(name));
      } else {
        clashing.add(name);
      }
    }
    for (String name : clashing) {
      int n = 2;
      while (!taken.add(slug(name) + "-" + n)) {
        n++;
      }
      ids.put(name, slug(name) + "-" + n);
    }
    return ids;
  }

  private static String slug(String name) {
    return Slugs.slugify(name, SLUG_LENGTH).orElse("x");
  }
}
