package org.explainer.site;

import java.util.List;
import java.util.Optional;
import org.explainer.content.Library;

/** A page type that makes one file for the whole site, at a fixed path, with an optional navigation entry. */
abstract class SinglePage implements PageType<Library> {
  private final String path;
  private final String navKey;
  private final int navOrder;

  /** A type whose file goes to {@code path} and is not in the navigation. */
  SinglePage(String path) {
    this(path, null, 0);
  }

  /** A type whose file goes to {@code path}, in the navigation under the message {@code navKey} at {@code navOrder}. */
  SinglePage(String path, String navKey, int navOrder) {
    this.path = path;
    this.navKey = navKey;
    this.navOrder = navOrder;
  }

  @Override
  public final String path() {
    return path;
  }

  @Override
  public List<Library> subjects(Library library) {
    return List.of(library);
  }

  @Override
  public final Optional<Nav> nav(Library library, Messages messages) {
    return navKey == null ? Optional.empty() : Optional.of(new Nav(messages.text(navKey), navOrder));
  }
}
