package org.explainer.content;

import org.explainer.diagnostic.Location;

/**
 * What one translated record (an entry, a page, an actor, site.yaml…) was made from: the fingerprint
 * of the original's text that the translation records in its {@code translated_from}, and the
 * fingerprint of the original as it is now (see {@link Fingerprint}). When the two differ, the original
 * changed after the translation was made.
 *
 * @param at where the translation records it: its 'translated_from' value, or the translation itself
 * @param madeFrom the fingerprint the translation records, "" when it records none
 * @param current the fingerprint of the original as it is now
 */
public record Translation(Location at, String madeFrom, String current) {

  /** True when the translation was made from the original as it is now. */
  public boolean isCurrent() {
    return madeFrom.equals(current);
  }
}
