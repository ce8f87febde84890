package org.explainer.config;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Pattern;
import org.explainer.diagnostic.Location;
import org.explainer.yaml.Fields;
import org.explainer.yaml.Translatable;
import org.explainer.yaml.WebAddress;
import org.explainer.yaml.Yaml;

/**
 * The site as described by {@code content/site.yaml}, read by {@link org.explainer.yaml.RecordReader}.
 *
 * @param title site title
 * @param question the question the site answers, in one line
 * @param description one or two sentences for search engines and previews
 * @param language BCP 47 language tag
 * @param baseUrl absolute URL the site is published at, ending in '/', if configured
 * @param editors who curates the site
 * @param licence the licence of the site's own text
 * @param stances the positions used in the debate, in display order
 * @param tags the tags entries may use, in display order
 * @param sources the folder of archived source captures, relative to the folder that holds content/, if set
 * @param sourcesAt where {@code sources:} is written
 * @param houseRules the house rules for entries, if set
 * @param feedEntries how many entries the feed holds, the newest by the day each was added (50 unless set)
 */
public record SiteConfig(
    @Translatable String title,
    @Translatable String question,
    @Translatable String description,
    String language,
    Optional<String> baseUrl,
    @Translatable @Yaml(required = true) List<Editor> editors,
    @Translatable Licence licence,
    @Translatable @Yaml(required = true) List<Stance> stances,
    @Translatable @Yaml(required = true) List<Tag> tags,
    Optional<String> sources,
    Location sourcesAt,
    Optional<HouseRules> houseRules,
    @Yaml(fallback = 50) int feedEntries) implements Yaml.Checked {
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

  @Override
  public boolean check(Fields f) {
    if (!language.isEmpty() && !LANGUAGE.matcher(language).matches()) {
      f.error("language", "'" + language + "' is not a language tag", "use a BCP 47 tag such as 'en' or 'en-GB'");
    }
    baseUrl.ifPresent(url -> {
      if (WebAddress.problem(url).isPresent()) {
        return; // told where the address is read
      }
      // every page's address is this one with the page's path added: a query, a fragment or a password
      // would sit in the middle of every canonical link, feed and share-card address
      URI uri = URI.create(url);
      String extra = uri.getRawQuery() != null ? "a query ('?…'), after which every page's address would be added"
          : uri.getRawFragment() != null ? "a fragment ('#…'), after which every page's address would be added"
          : uri.getRawUserInfo() != null ? "a user name or password ('…@'), which every page would publish" : null;
      if (extra != null) {
        String folder = url.replaceFirst("[?#].*", "").replaceFirst("//[^/@]*@", "//");
        f.error("base_url", "base_url '" + url + "' has " + extra,
            "write the address of the site's folder alone, e.g. '" + (folder.endsWith("/") ? folder : folder + "/") + "'");
      } else if (!url.endsWith("/")) {
        f.error("base_url", "base_url '" + url + "' does not end in '/'", "write the full public address with its final '/', e.g. '" + url + "/'");
      }
    });
    sources.ifPresent(folder -> {
      if (folder.startsWith("/") || folder.startsWith("~") || folder.startsWith("\\") || folder.matches("^[A-Za-z]:.*")) {
        f.error("sources", "'sources' is '" + folder + "', an absolute path; it must be relative to the folder that holds content/",
            "write where the captures are from this project's folder, e.g. '../shared/seeds', or pass --sources DIR");
      }
    });
    if (feedEntries < 1) {
      f.error("feed_entries", "feed_entries is " + feedEntries + ", so the feed would hold no entry", "give 1 or more, or delete the line to hold the default 50");
    }
    duplicates(stances.stream().map(Stance::id).toList(), "stance", "stances", f);
    duplicates(tags.stream().map(Tag::id).toList(), "tag", "tags", f);
    return true;
  }

  private static void duplicates(List<String> ids, String what, String key, Fields f) {
    Map<String, Integer> seen = new HashMap<>();
    for (String id : ids) {
      if (!id.isEmpty() && seen.merge(id, 1, Integer::sum) == 2) {
        f.error(key, "the " + what + " id '" + id + "' is defined twice", "give each " + what + " its own id");
      }
    }
  }

  /** The stance with {@code id}, if defined. */
  public Optional<Stance> stance(String id) {
    for (Stance stance : stances) { // a loop, not a stream: asked for each position of each entry
      if (stance.id().equals(id)) {
        return Optional.of(stance);
      }
    }
    return Optional.empty();
  }

  /** The tag with {@code id}, if defined. */
  public Optional<Tag> tag(String id) {
    for (Tag tag : tags) { // a loop, not a stream: asked for each tag of each entry
      if (tag.id().equals(id)) {
        return Optional.of(tag);
      }
    }
    return Optional.empty();
  }

  /**
   * House rules for entries: warnings while an entry is a draft, errors once it is published.
   *
   * @param summaryWords how many words a summary has
   * @param keyPoints how many key points an entry has
   */
  @Yaml.What("the house rules")
  public record HouseRules(Optional<Range> summaryWords, Optional<Range> keyPoints) {}

  /**
   * A range of whole numbers, both ends included.
   *
   * @param min the least allowed
   * @param max the most allowed
   */
  @Yaml.What("a range")
  public record Range(@Yaml(required = true) int min, @Yaml(required = true) int max) implements Yaml.Checked {
    @Override
    public boolean check(Fields f) {
      if (min < 0 || max < min) {
        f.error("max", "the range " + min + "–" + max + " is empty", "give a 'min' of 0 or more and a 'max' of at least 'min'");
        return false; // no rule at all rather than one no entry can meet
      }
      return true;
    }

    /** True when {@code n} is in the range. */
    public boolean contains(int n) {
      return n >= min && n <= max;
    }
  }

  /**
   * A person or desk that curates the site.
   *
   * @param name name as shown
   * @param role what they do
   */
  @Yaml.What("an editor")
  public record Editor(@Translatable String name, @Translatable String role) {}

  /**
   * The licence of the site's text.
   *
   * @param name e.g. "CC BY 4.0"
   * @param url where the licence text is
   */
  @Yaml.What("the licence")
  public record Licence(@Translatable String name, String url) {}

  /**
   * A position in the debate, e.g. "invite now".
   *
   * @param id id used by entries
   * @param label short label
   * @param description one sentence saying what holding it means
   */
  @Yaml.What("a stance")
  public record Stance(String id, @Translatable String label, @Translatable String description) {}

  /**
   * A topic label for entries.
   *
   * @param id id used by entries
   * @param label label as shown
   * @param description one sentence on what the tag gathers
   */
  @Yaml.What("a tag")
  public record Tag(String id, @Translatable String label, @Translatable String description) {}
}
