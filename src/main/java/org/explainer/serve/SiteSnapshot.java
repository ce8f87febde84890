package org.explainer.serve;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.explainer.diagnostic.Problem;
import org.explainer.site.OutputFile;

/**
 * What the preview server serves: the last good build, held in memory, and the problems of the latest
 * build when it failed.
 *
 * @param files the last good build's files by path; empty before the first good build
 * @param heldBack the pages the last good build left out because their drafts have errors of their own,
 *     by path, each with those errors: shown at the page's address, where a reader expects the draft
 * @param problems the latest build's errors; empty when it succeeded
 * @param version increases with every build, good or not, so that open pages know to reload
 */
public record SiteSnapshot(Map<String, byte[]> files, Map<String, List<Problem>> heldBack, List<Problem> problems, long version) {

  /** Nothing built yet. */
  public static SiteSnapshot empty() {
    return new SiteSnapshot(Map.of(), Map.of(), List.of(), 0);
  }

  /** The snapshot after a good build that left no draft out. */
  public SiteSnapshot built(List<OutputFile> output) {
    return built(output, Map.of());
  }

  /** The snapshot after a good build, with the pages of the drafts it left out for their errors (see {@link #heldBack}). */
  public SiteSnapshot built(List<OutputFile> output, Map<String, List<Problem>> heldBack) {
    return new SiteSnapshot(
        output.stream().collect(Collectors.toUnmodifiableMap(OutputFile::path, OutputFile::bytes, (a, b) -> b)),
        Map.copyOf(heldBack), List.of(), version + 1);
  }

  /** The snapshot after a failed build: the last good files, with the errors. */
  public SiteSnapshot failed(List<Problem> errors) {
    return new SiteSnapshot(files, heldBack, List.copyOf(errors), version + 1);
  }

  /** True when the latest build failed. */
  public boolean broken() {
    return !problems.isEmpty();
  }

  /** Looks a file up by path. */
  public byte[] file(String path) {
    return files.get(path);
  }
}
