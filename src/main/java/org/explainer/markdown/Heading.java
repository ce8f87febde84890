package org.explainer.markdown;

/**
 * A heading of a rendered document.
 *
 * @param level 1 to 6
 * @param id the anchor id
 * @param text the heading's text
 */
public record Heading(int level, String id, String text) {}
