package org.explainer.content;

import java.util.List;
import org.explainer.diagnostic.Location;
import org.explainer.yaml.Fields;
import org.explainer.yaml.Ref;
import org.explainer.yaml.Translatable;
import org.explainer.yaml.Yaml;

/**
 * One point of the case for inviting now or of the reasons for holding back (an item of {@code
 * claims.yaml}): shown on the home page, and a row of the coverage view on the Sources page.
 *
 * @param id anchor id
 * @param side which side of the debate it belongs to
 * @param claim the point, in one line of our own
 * @param argument one to three sentences of our own, in Markdown, attributing the argument
 * @param heldBy the actors who hold it
 * @param articles entries whose own text carries the claim
 * @param context context sources that carry it
 * @param at where it is defined
 */
@Yaml.What("a claim")
public record Claim(
    String id,
    Side side,
    @Translatable String claim,
    @Translatable MarkdownSource argument,
    @Yaml(required = true) List<Ref> heldBy,
    List<Ref> articles,
    List<Ref> context,
    Location at) implements Yaml.Checked, Cited {

  /** The side of the debate a claim belongs to. */
  public enum Side implements Yaml.Keyword {
    /** The case for inviting Ukraine now. */
    FOR,
    /** The reasons for holding back. */
    AGAINST
  }

  @Override
  public boolean check(Fields f) {
    requireSource(f, "claim", id);
    return true;
  }
}
