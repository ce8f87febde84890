package org.explainer.site;

/**
 * One file of the built site.
 *
 * @param path '/'-separated path inside the output folder
 * @param bytes its content
 */
public record OutputFile(String path, byte[] bytes) {}
