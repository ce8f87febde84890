package org.explainer.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.explainer.content.GlossaryTerm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Links the first use of each glossary term in a rendered text to its definition. Text inside links,
 * headings, code and quotations is left alone, and a term the text already links to is not linked
 * again.
 */
public final class GlossaryLinker {
  private static final Set<String> SKIP = Set.of("a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "q", "blockquote");

  private record Form(String text, String lower, Pattern pattern, GlossaryTerm term) {}

  private final List<Form> forms = new ArrayList<>();

  /** A linker for {@code terms}; longer forms are tried first so "Washington summit" beats "summit". */
  public GlossaryLinker(List<GlossaryTerm> terms) {
    for (GlossaryTerm term : terms) {
      List<String> names = new ArrayList<>(term.variants());
      names.add(0, term.term());
      for (String name : names) {
        forms.add(new Form(name, name.toLowerCase(Locale.ROOT), Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), term));
      }
    }
    forms.sort(Comparator.comparingInt((Form f) -> -f.text().length()).thenComparing(Form::text));
  }

  /**
   * {@code html} with the first use of each term linked to {@code glossaryHref + "#" + id}; terms
   * already linked to are skipped.
   */
  public String link(String html, String glossaryHref) {
    // most summaries use few terms: a plain search of the lowercased HTML rules the rest out cheaply
    String lowerHtml = html.toLowerCase(Locale.ROOT);
    List<Form> present = forms.stream().filter(f -> lowerHtml.contains(f.lower())).toList();
    if (present.isEmpty()) {
      return html;
    }
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
    Set<String> done = new HashSet<>();
    for (Element a : doc.select("a[href]")) {
      String href = a.attr("href");
      int hash = href.indexOf('#');
      if (hash >= 0 && href.startsWith(glossaryHref + "#")) {
        done.add(href.substring(hash + 1));
      }
    }
    boolean changed = false;
    for (Form form : present) {
      if (done.contains(form.term().id())) {
        continue;
      }
      if (linkFirst(doc.body(), form, glossaryHref)) {
        done.add(form.term().id());
        changed = true;
      }
    }
    return changed ? doc.body().html() : html;
  }

  private static boolean linkFirst(Element root, Form form, String glossaryHref) {
    for (TextNode text : textNodes(root)) {
      Matcher m = form.pattern().matcher(text.getWholeText());
      if (m.find()) {
        String whole = text.getWholeText();
        TextNode after = text.splitText(m.end());
        TextNode match = text.splitText(m.start());
        Element link = new Element("a").attr("href", glossaryHref + "#" + form.term().id()).addClass("term");
        link.appendText(whole.substring(m.start(), m.end()));
        match.replaceWith(link);
        if (after.getWholeText().isEmpty()) {
          after.remove();
        }
        return true;
      }
    }
    return false;
  }

  private static List<TextNode> textNodes(Element root) {
    List<TextNode> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Node node, List<TextNode> out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        out.add(t);
      } else if (child instanceof Element e && !SKIP.contains(e.tagName().toLowerCase(Locale.ROOT))) {
        collect(e, out);
      }
    }
  }
}
