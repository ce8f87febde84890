package org.explainer.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.explainer.diagnostic.Problems;
import org.explainer.yaml.Fields;
import org.explainer.yaml.YamlNode;

/** Reads {@code site.yaml} into a {@link SiteConfig}, recording every problem it finds. */
public final class SiteConfigReader {
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

  private SiteConfigReader() {}

  /** Reads the configuration from the parsed {@code site.yaml}. */
  public static SiteConfig read(YamlNode root, Problems problems) {
    Fields f = Fields.of(root, "site.yaml", problems);
    String title = f.text("title");
    String question = f.text("question");
    String description = f.text("description");
    String language = f.text("language");
    if (!language.isEmpty() && !LANGUAGE.matcher(language).matches()) {
      f.error("language", "'" + language + "' is not a language tag", "use a BCP 47 tag such as 'en' or 'en-GB'");
    }
    Optional<String> baseUrl = f.optionalText("base_url").flatMap(url -> checkBaseUrl(url, f));
    List<SiteConfig.Editor> editors =
        f.objectList("editors", true, "an editor", e -> new SiteConfig.Editor(e.text("name"), e.text("role")));
    SiteConfig.Licence licence =
        f.object("licence", true, "the licence", l -> new SiteConfig.Licence(l.text("name"), l.text("url")))
            .orElse(new SiteConfig.Licence("", ""));
    List<SiteConfig.Stance> stances =
        f.objectList(
            "stances", true, "a stance", s -> new SiteConfig.Stance(s.id("id"), s.text("label"), s.text("description")));
    List<SiteConfig.Tag> tags =
        f.objectList("tags", true, "a tag", t -> new SiteConfig.Tag(t.id("id"), t.text("label"), t.text("description")));
    Optional<String> sources = f.optionalText("sources");
    f.finish();
    reportDuplicates(stances.stream().map(SiteConfig.Stance::id).toList(), "stance", f, "stances", problems);
    reportDuplicates(tags.stream().map(SiteConfig.Tag::id).toList(), "tag", f, "tags", problems);
    return new SiteConfig(title, question, description, language, baseUrl, editors, licence, stances, tags, sources);
  }

  private static Optional<String> checkBaseUrl(String url, Fields f) {
    try {
      URI uri = new URI(url);
      if (!uri.isAbsolute() || uri.getHost() == null || !url.endsWith("/")
          || !(url.startsWith("https://") || url.startsWith("http://"))) {
        f.error("base_url", "base_url '" + url + "' is not an absolute http(s) URL ending in '/'",
            "write the full public address, e.g. 'https://example.org/explainer/'");
        return Optional.empty();
      }
      return Optional.of(url);
    } catch (URISyntaxException e) {
      f.error("base_url", "base_url '" + url + "' is not a valid URL", "write the full public address, e.g. 'https://example.org/explainer/'");
      return Optional.empty();
    }
  }

  private static void reportDuplicates(List<String> ids, String what, Fields f, String key, Problems problems) {
    Map<String, Integer> seen = new HashMap<>();
    for (String id : ids) {
      if (!id.isEmpty() && seen.merge(id, 1, Integer::sum) == 2) {
        f.error(key, "the " + what + " id '" + id + "' is defined twice", "give each " + what + " its own id");
      }
    }
  }
}
