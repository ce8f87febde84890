package org.explainer.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Turns request paths into site paths, refusing anything that could leave the site. */
public final class PreviewPaths {
  private PreviewPaths() {}

  /**
   * The site path for a raw request path, {@code index.html} added for folders; null when the path is
   * unsafe or malformed.
   */
  public static String sitePath(String raw) {
    if (raw == null || !raw.startsWith("/")) {
      return null;
    }
    String decoded;
    try {
      decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (decoded.indexOf('\0') >= 0 || decoded.indexOf('\\') >= 0 || decoded.contains("//")) {
      return null;
    }
    String path = decoded.substring(1);
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".")) {
        return null;
      }
    }
    if (path.isEmpty() || path.endsWith("/")) {
      path = path + "index.html";
    }
    return path;
  }
}
