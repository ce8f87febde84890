package org.explainer.serve;

import java.util.List;
import java.util.Map;
import org.explainer.build.PreviewFiles;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Problem;
import org.explainer.site.OutputFile;

/**
 * What the preview server serves: the last good build, held in memory, and the problems of the latest
 * build when it failed.
 *
 * @param files the last good build's files by path, each made when first asked for; none before the
 *     first good build
 * @param heldBack the pages the last good build left out because their drafts have errors of their own,
 *     by path, each with those errors: shown at the page's address, where a reader expects the draft
 * @param problems the latest build's errors; empty when it succeeded
 * @param version increases with every build, good or not, so that open pages know to reload
 */
public record SiteSnapshot(PreviewFiles files, Map<String, List<Problem>> heldBack, List<Problem> problems, long version) {

  /** Nothing built yet. */
  public static SiteSnapshot empty() {
    return new SiteSnapshot(PreviewFiles.none(), Map.of(), List.of(), 0);
  }

  /** The snapshot after a good build that left no draft out. */
  public SiteSnapshot built(List<OutputFile> output) {
    return built(PreviewFiles.of(output), Map.of());
  }

  /** The snapshot after a good build, with the pages of the drafts it left out for their errors (see {@link #heldBack}). */
  public SiteSnapshot built(PreviewFiles output, Map<String, List<Problem>> heldBack) {
    return new SiteSnapshot(output, Map.copyOf(heldBack), List.of(), version + 1);
  }

  /** The snapshot after a failed build: the last good files, with the errors. */
  public SiteSnapshot failed(List<Problem> errors) {
    return failedAfter(this, errors);
  }

  /**
   * This snapshot's files and held-back drafts, served again with {@code errors} after {@code latest}:
   * a build served before all its pages were made, then found with errors, gives way to the last good
   * version before it.
   */
  public SiteSnapshot failedAfter(SiteSnapshot latest, List<Problem> errors) {
    return new SiteSnapshot(files, heldBack, List.copyOf(errors), latest.version() + 1);
  }

  /** True when the latest build failed. */
  public boolean broken() {
    return !problems.isEmpty();
  }

  /** True when there is a file at {@code path}; makes nothing. */
  public boolean has(String path) {
    return files.has(path);
  }

  /**
   * The file at {@code path}, made now if it was not yet; null when there is none.
   *
   * @throws ContentException when it cannot be made (a template error the check of every page has not reported yet)
   */
  public byte[] file(String path) {
    return files.file(path);
  }
}
