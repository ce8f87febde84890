package org.explainer.content;

import java.util.List;
import org.explainer.diagnostic.Location;
import org.explainer.yaml.Fields;
import org.explainer.yaml.Ref;
import org.explainer.yaml.Translatable;
import org.explainer.yaml.Yaml;

/**
 * A stance taken by one actor at one occasion (a letter, a statement, an interview, a declaration),
 * with every entry that reported it: an item of {@code positions.yaml}. One occasion reported by three
 * entries is one position.
 *
 * @param id id, and the position's anchor on the positions page
 * @param actor the actor who took the stance (a group for a stance reported of a group)
 * @param stance the stance, an id from site.yaml
 * @param date when the stance was taken
 * @param occasion the occasion, in a short phrase of our own
 * @param summary one sentence of our own on what the actor holds there
 * @param summaryAt where the summary is written
 * @param articles the entries whose own text reports it
 * @param context context sources for what the entries do not report
 * @param at where it is defined
 */
@Yaml.What("a position")
public record Position(
    String id,
    Ref actor,
    Ref stance,
    @Translatable @Yaml(inline = true) FuzzyDate date,
    @Translatable String occasion,
    @Translatable String summary,
    Location summaryAt,
    List<Ref> articles,
    List<Ref> context,
    Location at) implements Yaml.Checked, Cited {

  @Override
  public boolean check(Fields f) {
    requireSource(f, "position", id);
    return true;
  }
}
