package org.explainer.site;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.explainer.content.Library;

/** {@code robots.txt}, at the top of the site only: everything may be crawled; it names the sitemap of each language when there is one. */
public final class RobotsFile extends SinglePage {
  static final String PATH = "robots.txt";

  RobotsFile() {
    super(PATH);
  }

  @Override
  public boolean inEveryLanguage() {
    return false;
  }

  @Override
  public boolean templated() {
    return false;
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE);
  }

  @Override
  public Output output(Library library, Site site) {
    StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
    site.config().baseUrl().ifPresent(base -> site.shared().languages().forEach(language -> robots.append("Sitemap: ").append(base)
        .append(language.equals(site.language()) ? "" : language + "/").append(SitemapFile.PATH).append('\n')));
    return new Output.Bytes(robots.toString().getBytes(StandardCharsets.UTF_8));
  }
}
