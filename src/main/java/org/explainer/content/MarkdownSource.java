package org.explainer.content;

import org.explainer.diagnostic.Location;

/**
 * Markdown text and where it starts in its file, so that problems found while rendering it can name
 * their line.
 *
 * @param text the Markdown, with '\n' line ends
 * @param start the location of its first line
 */
public record MarkdownSource(String text, Location start) {}
