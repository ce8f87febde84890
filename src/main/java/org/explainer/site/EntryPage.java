package org.explainer.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.explainer.content.Article;
import org.explainer.content.Library;
import org.explainer.content.Position;
import org.explainer.content.Translations;
import org.explainer.markdown.RenderedMarkdown;
import org.explainer.provenance.ProvenanceReport;
import org.explainer.yaml.LocatedText;

/** One page per entry: our summary of one source article, with its source, positions, quotes and links. */
public final class EntryPage implements PageType<Article> {
  static final String PATH = "articles/{id}/index.html";

  /**
   * An entry's page.
   *
   * @param entry the entry as written: headline, dek, key points, source and the rest of its front matter
   * @param source when the source was published, its outlet line and its language
   * @param involved who is involved, and the stance of each in the positions this entry reports
   * @param quotes the quotes (verbatim; in a translation, ours with the source's words)
   * @param summary the summary, as HTML
   * @param related its tags, related entries and timeline events
   * @param checked true when its quotes and wording were checked against the archived source in this build
   * @param quotesChecked true when its quotes were, whether or not its wording was
   */
  public record View(Article entry, Source source, List<Involved> involved, List<Views.Quote> quotes, String summary, Related related,
      boolean checked, boolean quotesChecked) {}

  /**
   * What the page says of the source beyond the entry's own fields.
   *
   * @param published when it was published
   * @param outlet the outlet line, e.g. "Censor.NET, citing Ukrinform"
   * @param lang the language of the original (its headline), a language tag
   */
  public record Source(Views.Date published, String outlet, String lang) {}

  /**
   * What an entry leads to.
   *
   * @param tags its tags
   * @param entries related entries
   * @param events timeline events that cite it
   */
  public record Related(List<Views.Link> tags, List<Views.ArticleCard> entries, List<Views.Event> events) {}

  /**
   * An actor involved in the entry.
   *
   * @param actor the actor, linked to its page
   * @param note what it does or holds here
   * @param stances its stances in the positions this entry reports, if any
   */
  public record Involved(Views.Link actor, String note, List<Views.Badge> stances) {}

  /** The output path of entry {@code a}'s page. */
  static String at(Article a) {
    return at(a.slug());
  }

  /** The output path of the page of the entry whose slug is {@code slug}, in the original language. */
  public static String at(String slug) {
    return PATH.replace("{id}", slug);
  }

  @Override
  public String path() {
    return PATH;
  }

  @Override
  public List<Article> subjects(Library library) {
    return library.articles();
  }

  @Override
  public String id(Article a) {
    return a.slug();
  }

  @Override
  public Optional<Path> file(Article a) {
    return Optional.of(a.file());
  }

  @Override
  public Optional<Translations.Key> translates(Article a) {
    return Optional.of(new Translations.Key(Translations.Part.ENTRY, a.slug()));
  }

  @Override
  public List<SearchIndex.Doc> search(Article a, Site site) {
    String text = String.join(" ", a.dek(), a.keyPoints().stream().map(LocatedText::text).collect(Collectors.joining(" ")),
        site.outletLine(a.source()), a.actors().stream().map(p -> site.actor(p.actor().id()).name()).collect(Collectors.joining(" ")),
        a.tags().stream().map(t -> site.config().tag(t.id()).orElseThrow().label()).collect(Collectors.joining(" ")),
        site.markdown().articles().get(a.slug()).text());
    String spellings = a.actors().stream().map(p -> ActorPage.spellings(site, p.actor().id())).collect(Collectors.joining(" "));
    return List.of(SearchIndex.Doc.of(site.messages().text("search.kind.entry"), a.headline(), at(a), text, spellings));
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.ITS_SUMMARY, Input.ACTORS, Input.TIMELINE, Input.CONTEXT, Input.POSITIONS);
  }

  /** The entry's headline: a share card needs nothing else of the page. */
  @Override
  public String title(Article a, Site site) {
    return a.headline();
  }

  @Override
  public Output output(Article a, Site site) {
    String from = at(a);
    List<Position> reported = site.positionsReportedBy(a.slug());
    List<Involved> involved = a.actors().stream().map(i -> new Involved(site.actorLink(from, i.actor().id()), i.note(),
        reported.stream().filter(p -> p.actor().id().equals(i.actor().id())).map(p -> site.stance(p.stance())).distinct().toList()))
        .toList();
    Related related = new Related(
        a.tags().stream().map(t -> site.tagLink(from, t.id())).toList(),
        a.related().stream().map(r -> site.card(from, site.article(r.id()))).toList(),
        site.eventsOf(a.slug()).stream().map(e -> site.event(from, e)).toList());
    RenderedMarkdown summary = site.markdown().articles().get(a.slug());
    Source source = new Source(site.date(a.published()), site.outletLine(a.source()), site.sourceLanguage(a));
    ProvenanceReport.Entry checks = site.provenance().entries().get(a.slug());
    View view = new View(a, source, involved, a.quotes().stream().map(q -> site.quote(from, a, q)).toList(), summary.html(), related,
        checks != null && checks.complete(), checks != null && checks.quotesChecked());
    return new Output.Rendered("article.ftlh",
        new Output.PageMeta(title(a, site), a.dek(), "article", site.jsonLd().article(a, site::actor, site.absolute(from),
            q -> site.originalWords(a, q)), List.of()), view);
  }
}
