package org.explainer.content;

/**
 * Path arithmetic for the output: paths are '/'-separated inside the output folder; every page is a
 * folder with an {@code index.html} (clean URLs), and links name the {@code index.html} so that the
 * site also works opened from disk.
 */
public final class SitePaths {
  private SitePaths() {}

  /**
   * The URL of {@code to} relative to the page {@code from}; both are output paths.
   * {@code relative("articles/a/index.html", "actors/b/index.html")} is {@code
   * "../../actors/b/index.html"}.
   */
  public static String relative(String from, String to) {
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
   * The output path of a site path as written in Markdown: {@code /actors/x/}, {@code /timeline} and
   * {@code /} are pages ({@code actors/x/index.html}, …); a path whose last segment has an extension,
   * such as {@code /feed.xml} or {@code /404.html}, is that file.
   */
  public static String fromSitePath(String sitePath) {
    String path = sitePath.replaceAll("^/+", "");
    if (path.isEmpty()) {
      return "index.html";
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    if (last.contains(".")) {
      return path;
    }
    return path.endsWith("/") ? path + "index.html" : path + "/index.html";
  }

  /** The URL a host serves {@code path} at: {@code articles/x/} for {@code articles/x/index.html}. */
  public static String cleanUrl(String path) {
    return path.equals("index.html") ? "" : path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
  }
}
