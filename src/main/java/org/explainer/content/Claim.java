package org.explainer.content;

import java.util.List;
import org.explainer.diagnostic.Location;
import org.explainer.yaml.Ref;
import org.explainer.yaml.Yaml;

/**
 * One of the main claims of the debate, and the entries whose sources report it: the rows of the
 * coverage view on the Sources page.
 *
 * @param id anchor id
 * @param claim the claim, in one line of our own
 * @param articles entries whose source reports the claim
 * @param at where it is defined
 */
public record Claim(String id, String claim, @Yaml(required = true) List<Ref> articles, Location at) {}
