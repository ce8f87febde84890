package org.explainer.content;

import java.util.List;
import java.util.Set;

/**
 * What loading could not read, so that validation does not report its consequences a second time: a
 * reference to an entry that exists but failed to load is not "unknown", and when a whole data file is
 * unreadable, references into it are not checked at all (its own error says what to fix).
 *
 * @param brokenIds ids of entries, actors, events and terms that exist but failed to load
 * @param draftSlugs slugs of entries marked as drafts, including those that failed to load
 * @param unreadable the data files that could not be read at all: "site", "actors", "timeline", "glossary"
 * @param unreadEntries the ids named by the entry files that could not be read into an entry, whose
 *     front matter could be read, so that they are checked all the same
 */
public record LoadGaps(Set<String> brokenIds, Set<String> draftSlugs, Set<String> unreadable, List<EntryReferences> unreadEntries) {

  /** Nothing missing. */
  public static LoadGaps none() {
    return new LoadGaps(Set.of(), Set.of(), Set.of(), List.of());
  }
}
