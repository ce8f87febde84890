package org.explainer.yaml;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for addresses that lead off the site, applied to every URL field of every content file
 * (see {@link RecordReader}: a component named {@code url} or ending in {@code Url}) and to every link
 * in Markdown: an absolute {@code http:} or {@code https:} address with a host; {@code mailto:} where a
 * reader may write to someone (links in Markdown). {@code javascript:}, {@code data:}, {@code
 * vbscript:}, {@code file:} and every other scheme are refused, so that no such address reaches a page.
 */
public final class WebAddress {
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
  private static final Set<String> WEB = Set.of("http", "https");
  /** What the URL standard removes before parsing: leading C0 controls and spaces, every tab and line break. */
  private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("^[\\x00-\\x20]+|[\\t\\n\\r]");

  private WebAddress() {}

  /**
   * The scheme of {@code url} as a browser reads it, lowercased ({@code "https"}), or empty for a
   * relative address. Browsers drop leading spaces and control characters and every tab and line
   * break before they look for the scheme, so {@code " java\tscript:"} is {@code javascript}.
   */
  public static Optional<String> scheme(String url) {
    Matcher m = SCHEME.matcher(IGNORED_BY_BROWSERS.matcher(url).replaceAll(""));
    return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /**
   * What is wrong with {@code url}'s scheme, to follow the address in a message ({@code "uses the
   * 'javascript:' scheme, which is not allowed"}); empty for http(s), for {@code mailto:} when {@code
   * mail} allows it, and for an address without a scheme (a link inside the site, for the caller to
   * resolve).
   */
  public static Optional<String> schemeProblem(String url, boolean mail) {
    return scheme(url).filter(s -> !WEB.contains(s) && !(mail && s.equals("mailto")))
        .map(s -> "uses the '" + s + ":' scheme, which is not allowed");
  }

  /**
   * What is wrong with {@code url} as the address of a page elsewhere, to follow the address in a
   * message; empty when it is an absolute http(s) address with a host.
   */
  public static Optional<String> problem(String url) {
    Optional<String> scheme = schemeProblem(url, false);
    if (scheme.isPresent()) {
      return scheme;
    }
    if (scheme(url).isEmpty()) {
      return Optional.of("is not an http(s) address");
    }
    try {
      URI uri = new URI(url);
      if (uri.getHost() == null || uri.getHost().isEmpty()) {
        return Optional.of("names no host");
      }
    } catch (URISyntaxException e) {
      return Optional.of("is not a valid address (" + e.getReason() + " at character " + (e.getIndex() + 1) + ")");
    }
    return Optional.empty();
  }
}
