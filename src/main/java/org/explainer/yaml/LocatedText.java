package org.explainer.yaml;

import org.explainer.diagnostic.Location;

/**
 * A text value and where it was written, for checks that report on one item of a list (a key point
 * copied from the source, say).
 *
 * @param text the text
 * @param at where it was written
 */
public record LocatedText(String text, Location at) {}
