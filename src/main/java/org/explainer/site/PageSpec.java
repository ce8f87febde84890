package org.explainer.site;

/**
 * One HTML page to render.
 *
 * @param path '/'-separated output path, e.g. {@code articles/x/index.html}
 * @param template the template that renders it, e.g. {@code article.ftlh}
 * @param chrome what the layout needs
 * @param page the page's own view
 */
public record PageSpec(String path, String template, Views.Chrome chrome, Record page) {}
