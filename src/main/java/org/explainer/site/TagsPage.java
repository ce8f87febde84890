package org.explainer.site;

import java.util.List;
import java.util.Set;
import org.explainer.content.Library;

/** The topics index: every tag with its description and how many entries carry it. */
public final class TagsPage extends SinglePage {
  static final String PATH = "tags/index.html";

  /**
   * The topics index.
   *
   * @param tags all tags
   */
  public record View(List<Card> tags) {}

  /**
   * A tag in the index.
   *
   * @param label label
   * @param href its page
   * @param description what it gathers
   * @param count how many entries carry it
   */
  public record Card(String label, String href, String description, int count) {}

  TagsPage() {
    super(PATH);
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES);
  }

  @Override
  public Output output(Library library, Site site) {
    List<Card> cards = site.config().tags().stream()
        .map(t -> new Card(t.label(), site.href(PATH, TagPage.at(t.id())), t.description(), site.tagged(t.id()).size()))
        .toList();
    return site.page(PATH, "tags.ftlh", "tags", new View(cards));
  }
}
