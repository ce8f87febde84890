package org.explainer.content;

import java.util.List;
import org.explainer.diagnostic.Location;
import org.explainer.yaml.Fields;
import org.explainer.yaml.Ref;
import org.explainer.yaml.Translatable;
import org.explainer.yaml.Yaml;

/**
 * A term a newcomer needs explained. Its definition credits where its facts come from: entries whose own
 * text bears on it, context sources, or both; a term that cites neither is an error.
 *
 * @param id anchor id
 * @param term the term as shown
 * @param variants other forms of the term
 * @param definition the definition in Markdown
 * @param articles entries where it matters
 * @param context context sources the definition draws on
 * @param related related terms
 * @param at where it is defined
 */
public record GlossaryTerm(
    String id,
    @Translatable String term,
    @Translatable(itemByItem = false) List<String> variants,
    @Translatable MarkdownSource definition,
    List<Ref> articles,
    List<Ref> context,
    List<Ref> related,
    Location at) implements Yaml.Checked, Cited {

  @Override
  public boolean check(Fields f) {
    requireSource(f, "glossary term", id, "bears on its definition");
    return true;
  }
}
