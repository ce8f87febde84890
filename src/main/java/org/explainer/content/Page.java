package org.explainer.content;

import java.nio.file.Path;
import java.util.Optional;
import org.explainer.diagnostic.Location;
import org.explainer.yaml.Translatable;
import org.explainer.yaml.Yaml;

/**
 * A free page such as the overview or about/methodology.
 *
 * @param slug URL slug
 * @param slugAt where the slug comes from: the 'slug:' line, or the file, whose name gives it
 * @param file the Markdown file it was read from
 * @param title title
 * @param description one sentence for search engines and previews
 * @param home true for the page whose body is the home page
 * @param homeAt where 'home:' is written, or the file
 * @param nav label in the site navigation, if it appears there
 * @param order position in the navigation
 * @param body the page in Markdown
 */
public record Page(
    String slug,
    Location slugAt,
    Path file,
    @Translatable String title,
    @Translatable String description,
    boolean home,
    Location homeAt,
    @Translatable Optional<String> nav,
    @Yaml(fallback = 50) int order,
    @Translatable MarkdownSource body) {}
