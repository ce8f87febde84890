package org.explainer.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each page of the site is written, as '/'-separated paths inside the output folder, and how
 * pages link to each other with relative URLs. Every page is a folder with an {@code index.html}
 * (clean URLs); links name the {@code index.html} so that the site also works opened from disk.
 */
public final class Permalinks {
  /** The home page. */
  public static final String HOME = "index.html";
  /** The actors index. */
  public static final String ACTORS = "actors/index.html";
  /** The timeline. */
  public static final String TIMELINE = "timeline/index.html";
  /** The glossary. */
  public static final String GLOSSARY = "glossary/index.html";
  /** The tags index. */
  public static final String TAGS = "tags/index.html";
  /** The not-found page, at the top so that hosts find it. */
  public static final String NOT_FOUND = "404.html";

  private Permalinks() {}

  /** An entry's page. */
  public static String article(String slug) {
    return "articles/" + slug + "/index.html";
  }

  /** An actor's page. */
  public static String actor(String id) {
    return "actors/" + id + "/index.html";
  }

  /** A tag's page. */
  public static String tag(String id) {
    return "tags/" + id + "/index.html";
  }

  /** A free page (the home page's source is published as the home page). */
  public static String page(Page page) {
    return page.home() ? HOME : page.slug() + "/index.html";
  }

  /** The anchor of a year's group on the timeline page. */
  public static String yearAnchor(int year) {
    return "y" + year;
  }

  /** Every HTML page the site has, for link checking. */
  public static List<String> all(Library library) {
    List<String> all = new ArrayList<>(List.of(HOME, ACTORS, TIMELINE, GLOSSARY, TAGS, NOT_FOUND));
    library.articles().forEach(a -> all.add(article(a.slug())));
    library.actors().forEach(a -> all.add(actor(a.id())));
    library.site().tags().forEach(t -> all.add(tag(t.id())));
    library.pages().stream().filter(p -> !p.home()).forEach(p -> all.add(page(p)));
    return all;
  }

  /**
   * The URL of {@code to} relative to the page {@code from}; both are output paths.
   * {@code relative("articles/a/index.html", "actors/b/index.html")} is {@code
   * "../../actors/b/index.html"}.
   */
  public static String relative(String from, String to) {
    if (!plain(from) || !plain(to)) {
      return relativeBySegments(from, to);
    }
    // the same as relativeBySegments without splitting the paths: this runs for every link of every page
    int fromDirs = count(from, '/');
    int toDirs = count(to, '/');
    int common = 0;
    int f = 0;
    int t = 0;
    while (common < fromDirs && common < toDirs) {
      int fromEnd = from.indexOf('/', f);
      int toEnd = to.indexOf('/', t);
      if (fromEnd - f != toEnd - t || !from.regionMatches(f, to, t, fromEnd - f)) {
        break;
      }
      f = fromEnd + 1;
      t = toEnd + 1;
      common++;
    }
    StringBuilder out = new StringBuilder(3 * (fromDirs - common) + to.length() - t);
    for (int i = common; i < fromDirs; i++) {
      out.append("../");
    }
    return out.append(to, t, to.length()).toString();
  }

  /** {@link #relative} for any strings, segment by segment as {@code String.split("/")} gives them. */
  static String relativeBySegments(String from, String to) {
    String[] fromParts = from.split("/");
    String[] toParts = to.split("/");
    int fromDirs = fromParts.length - 1;
    int common = 0;
    while (common < fromDirs && common < toParts.length - 1 && fromParts[common].equals(toParts[common])) {
      common++;
    }
    StringBuilder out = new StringBuilder();
    for (int i = common; i < fromDirs; i++) {
      out.append("../");
    }
    for (int i = common; i < toParts.length; i++) {
      out.append(toParts[i]);
      if (i < toParts.length - 1) {
        out.append('/');
      }
    }
    return out.toString();
  }

  /**
   * True for a path that {@code split("/")} cuts at every '/': not empty and not ending with '/' (split
   * drops trailing empty segments).
   */
  private static boolean plain(String path) {
    return !path.isEmpty() && path.charAt(path.length() - 1) != '/';
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
      n++;
    }
    return n;
  }

  /**
   * The output path of a site path as written in Markdown ({@code /actors/x/}, {@code /timeline},
   * {@code /}), or the path itself for a file ({@code /404.html}).
   */
  public static String fromSitePath(String sitePath) {
    String path = sitePath.replaceAll("^/+", "");
    if (path.isEmpty()) {
      return HOME;
    }
    if (path.endsWith(".html")) {
      return path;
    }
    return path.endsWith("/") ? path + "index.html" : path + "/index.html";
  }
}
