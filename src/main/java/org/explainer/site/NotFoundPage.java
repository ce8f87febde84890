package org.explainer.site;

import java.util.List;
import java.util.Set;
import org.explainer.content.Library;

/** The page hosts show for an address that has no page: at the top, so that hosts find it. */
public final class NotFoundPage extends SinglePage {
  static final String PATH = "404.html";

  /**
   * The not-found page.
   *
   * @param links where to go instead
   */
  public record View(List<Views.Link> links) {}

  NotFoundPage() {
    super(PATH);
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE);
  }

  @Override
  public Output output(Library library, Site site) {
    Messages messages = site.messages();
    List<Views.Link> links = List.of(
        new Views.Link(messages.text("notFound.home"), site.href(PATH, HomePage.PATH)),
        new Views.Link(messages.text("notFound.timeline"), site.href(PATH, TimelinePage.PATH)),
        new Views.Link(messages.text("notFound.actors"), site.href(PATH, ActorsPage.PATH)),
        new Views.Link(messages.text("notFound.search"), site.href(PATH, SearchPage.PATH)));
    return site.page(PATH, "404.ftlh", "notFound", new View(links));
  }
}
