package org.explainer.content;

import java.util.Locale;
import org.explainer.diagnostic.Location;
import org.explainer.yaml.Translatable;
import org.explainer.yaml.Yaml;

/**
 * A context source: a dated fact from outside the entries, credited to where it was reported (an item
 * of {@code context.yaml}). Timeline events, glossary terms, positions and claims cite it by id; the
 * Sources page lists it once, with the anchor {@code context-<id>}.
 *
 * @param id id used by references and in the anchor {@code context-<id>}
 * @param what the fact, in one or two sentences of our own
 * @param whatAt where the fact is written
 * @param date when it happened (for a report: when it was reported)
 * @param reportedIn where it was reported, never one of the entries or their outlets
 * @param reportedInAt where {@code reported_in} is written
 * @param at where it is defined
 */
@Yaml.What("a context source")
public record ContextSource(String id, @Translatable String what, Location whatAt, @Translatable @Yaml(inline = true) FuzzyDate date,
    @Translatable String reportedIn, Location reportedInAt, Location at) {

  /** The anchor of this source on the Sources page. */
  public String anchor() {
    return "context-" + id;
  }

  /** True when the fact is common knowledge rather than the report of a particular source. */
  public boolean commonKnowledge() {
    return reportedIn.strip().toLowerCase(Locale.ROOT).equals("common knowledge");
  }
}
