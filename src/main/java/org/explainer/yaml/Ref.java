package org.explainer.yaml;

import org.explainer.diagnostic.Location;

/**
 * A reference to something by id (an actor, a stance, a tag, an entry), remembering where it was
 * written so that an unknown id can be reported there.
 *
 * @param id the id as written
 * @param at where it was written
 */
public record Ref(String id, Location at) {}
