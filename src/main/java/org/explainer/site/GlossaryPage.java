package org.explainer.site;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.explainer.content.GlossaryTerm;
import org.explainer.content.Library;

/** The glossary: every term, its definition, where it matters and what it relates to. */
public final class GlossaryPage extends SinglePage {
  /** Where the glossary is; glossary definitions are rendered for this page. */
  public static final String PATH = "glossary/index.html";

  /**
   * The glossary page.
   *
   * @param terms terms, alphabetically
   * @param path the path to membership as a diagram, or null when the glossary lacks its terms
   */
  public record View(List<Term> terms, MembershipPath.View path) {}

  /**
   * A glossary term.
   *
   * @param id anchor id
   * @param term the term
   * @param variants other forms
   * @param definition the definition, as HTML
   * @param articles entries where it matters
   * @param sources context sources it draws on, linked to the Sources page
   * @param related related terms
   */
  public record Term(String id, String term, List<String> variants, String definition, List<Views.Link> articles, List<Views.Link> sources,
      List<Views.Link> related) {}

  GlossaryPage() {
    super(PATH, "nav.glossary", 40);
  }

  @Override
  public Set<String> anchors(Library library, Library same) {
    return library.glossary().stream().map(GlossaryTerm::id).collect(Collectors.toSet());
  }

  @Override
  public List<SearchIndex.Doc> search(Library library, Site site) {
    return library.glossary().stream()
        .map(t -> SearchIndex.Doc.of(site.messages().text("search.kind.glossary"), t.term(), PATH + "#" + t.id(),
            site.markdown().glossary().get(t.id()).text(), spellings(t, site)))
        .toList();
  }

  /** The term's other names, and in a translation the original's term and its names too ("Article 5" for «Стаття 5»). */
  private static String spellings(GlossaryTerm term, Site site) {
    String spellings = String.join(" ", term.variants());
    if (!site.edition().isTranslation()) {
      return spellings;
    }
    return site.edition().original().glossary().stream().filter(t -> t.id().equals(term.id())).findFirst()
        .map(t -> String.join(" ", spellings, t.term(), String.join(" ", t.variants())))
        .orElse(spellings);
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.GLOSSARY, Input.CONTEXT);
  }

  @Override
  public Output output(Library library, Site site) {
    Map<String, GlossaryTerm> byId = library.glossary().stream().collect(Collectors.toMap(GlossaryTerm::id, Function.identity(), (x, y) -> x));
    List<Term> terms = library.glossary().stream()
        .map(t -> new Term(t.id(), t.term(), t.variants(), site.markdown().glossary().get(t.id()).html(),
            t.articles().stream().map(r -> site.articleLink(PATH, r)).toList(), t.context().stream().map(r -> site.contextLink(PATH, r)).toList(),
            t.related().stream().map(r -> new Views.Link(byId.get(r.id()).term(), "#" + r.id())).toList()))
        .toList();
    return site.page(PATH, "glossary.ftlh", "glossary", new View(terms, MembershipPath.of(site).orElse(null)));
  }
}
