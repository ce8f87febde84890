package org.explainer.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.explainer.content.Edition;
import org.explainer.content.Library;
import org.explainer.content.Translations;
import org.explainer.figure.ShareCards;
import org.explainer.figure.StanceMarks;

/**
 * Every HTML page's share card: {@code share.png} beside the page ({@code articles/<slug>/share.png},
 * {@code share.png} for the home page), drawn from the page's title, the question and where the actors
 * stand now, and named by the page's {@code og:image}. The not-found page has none, a later page of a
 * list shown a page at a time shows the card of the list's first page, and in a translation a notice
 * that a page is not translated yet shows its language's home card.
 */
public final class ShareCardFile implements PageType<ShareCardFile.Card<?>> {
  /**
   * The page a card is for.
   *
   * @param type its page type
   * @param subject what it shows
   */
  public record Card<T>(PageType<T> type, T subject) {
    /** The page's output path inside its language's folder. */
    String page() {
      return type.pathOf(subject);
    }

    /** The record the page shows in full, whose translation it is (see {@link PageType#translates}). */
    Optional<Translations.Key> translates() {
      return type.translates(subject);
    }

    /** The page, in the language of {@code site}. */
    SitePage<T> in(Site site) {
      return SitePage.of(type, subject, site);
    }
  }

  static final String FILE = "share.png";
  private static final String PAGE = "index.html";
  private final List<PageType<?>> pages;

  /** Cards for the HTML pages of {@code pages}. */
  ShareCardFile(List<PageType<?>> pages) {
    this.pages = List.copyOf(pages);
  }

  /** The card of the page at {@code path}, if it has one: every {@code …/index.html} has. */
  static Optional<String> of(String path) {
    return path.endsWith(PAGE) ? Optional.of(path.substring(0, path.length() - PAGE.length()) + FILE) : Optional.empty();
  }

  @Override
  public String path() {
    return "{id}" + FILE;
  }

  @Override
  public List<Card<?>> subjects(Library library) {
    List<Card<?>> out = new ArrayList<>();
    pages.forEach(type -> add(type, library, out));
    return List.copyOf(out);
  }

  private static <T> void add(PageType<T> type, Library library, List<Card<?>> out) {
    type.subjects(library).stream().filter(subject -> type.first(subject).equals(subject)).map(subject -> new Card<>(type, subject))
        .filter(card -> of(card.page()).isPresent()).forEach(out::add);
  }

  /**
   * A notice, in a translation, that a page is not translated yet has no card of its own but the home
   * page's of its language: every such card would show the same title, the notice's.
   */
  @Override
  public boolean madeIn(Card<?> card, Edition edition) {
    return card.page().equals(HomePage.PATH) || card.translates().map(key -> edition.hasText(key.part(), key.id())).orElse(true);
  }

  @Override
  public String id(Card<?> card) {
    return card.page().substring(0, card.page().length() - PAGE.length());
  }

  @Override
  public boolean templated() {
    return false;
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.ACTORS, Input.PAGES, Input.POSITIONS);
  }

  /** The card's title is the page's; the site's title goes above it, but on the page that has it as its title. */
  @Override
  public Output output(Card<?> card, Site site) {
    String title = card.in(site).title();
    String siteTitle = site.config().title();
    return new Output.Bytes(site.shareCards().png(title.equals(siteTitle) ? "" : siteTitle, title));
  }

  /** What the card of the page titled {@code title} shows, in words: its og:image:alt. */
  static String alt(Site site, String title) {
    List<String> stances = AtAGlance.tally(site).stream()
        .map(t -> site.messages().format("share.stance", Map.of("stance", t.stance().label(), "count", t.actors().size()))).toList();
    return site.messages().format("share.alt", Map.of("title", title, "question", site.config().question(), "stances", site.messages().list(stances)));
  }

  /** The cards of {@code site}: its question and, as a strip, each stance its actors take now. */
  static ShareCards cardsOf(Site site) {
    List<ShareCards.Stance> strip = AtAGlance.tally(site).stream()
        .map(t -> new ShareCards.Stance(site.messages().format("share.stance", Map.of("stance", t.stance().label(), "count", t.actors().size())),
            t.actors().size(), StanceMarks.of(t.index())))
        .toList();
    return new ShareCards(site.config().question(), strip, site.shared().cache());
  }
}
