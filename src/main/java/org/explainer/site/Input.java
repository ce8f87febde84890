package org.explainer.site;

/**
 * What a page is made from, besides the templates and the interface messages, which every page reads.
 * {@code serve} makes a page again when one of its inputs changed; see {@link PageType#reads()}.
 */
public enum Input {
  /** {@code site.yaml}. */
  SITE,
  /** Every entry's front matter, and which entries there are. */
  ENTRIES,
  /** The summary of the entry the page shows, and what the checks against its source found. */
  ITS_SUMMARY,
  /** Every entry's summary, and what the checks against the sources found. */
  SUMMARIES,
  /** {@code actors.yaml}. */
  ACTORS,
  /** {@code timeline.yaml}. */
  TIMELINE,
  /** {@code glossary.yaml}. */
  GLOSSARY,
  /** {@code claims.yaml}. */
  CLAIMS,
  /** {@code context.yaml}. */
  CONTEXT,
  /** {@code positions.yaml}. */
  POSITIONS,
  /** The free pages under {@code pages/}, the overview among them. */
  PAGES,
  /** The files under {@code templates/assets/}. */
  ASSETS
}
