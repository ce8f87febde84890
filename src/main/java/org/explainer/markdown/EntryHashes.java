package org.explainer.markdown;

import java.nio.file.Path;
import java.util.Map;

/**
 * The SHA-256 (in hex) of the entry files whose entry, summary included, is all read from the file (an
 * original's, not a translation's), by the file: the summary cache keeps such a summary under its file's
 * hash rather than a hash of its text.
 *
 * @param now the hash of each such file as this build read it
 * @param before for a file edited since the last build, its hash then: the summary kept under it is
 *     superseded (see {@link org.explainer.cache.BuildCache#supersede})
 */
public record EntryHashes(Map<Path, String> now, Map<Path, String> before) {
  /** No file's hash: every summary is kept under a hash of its text. */
  public static final EntryHashes NONE = new EntryHashes(Map.of(), Map.of());

  /** Copies the maps. */
  public EntryHashes {
    now = Map.copyOf(now);
    before = Map.copyOf(before);
  }
}
