package org.explainer.content;

import java.util.List;
import org.explainer.diagnostic.Location;
import org.explainer.yaml.Ref;
import org.explainer.yaml.Translatable;

/**
 * A term a newcomer needs explained.
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
    Location at) implements Cited {}
