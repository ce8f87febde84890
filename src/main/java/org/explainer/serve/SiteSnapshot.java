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
 * @param problems the latest build's errors; empty when it succeeded
 * @param version increases with every build, good or not, so that open pages know to reload
 */
public record SiteSnapshot(Map<String, byte[]> files, List<Problem> problems, long version) {

  /** Nothing built yet. */
  public static SiteSnapshot empty() {
    return new SiteSnapshot(Map.of(), List.of(), 0);
  }

  /** The snapshot after a good build. */
  public SiteSnapshot built(List<OutputFile> output) {
    return new SiteSnapshot(
        output.stream().collect(Collectors.toUnmodifiableMap(OutputFile::path, OutputFile::bytes, (a, b) -> b)),
        List.of(), version + 1);
  }

  /** The snapshot after a failed build: the last good files, with the errors. */
  public SiteSnapshot failed(List<Problem> errors) {
    return new SiteSnapshot(files, List.copyOf(errors), version + 1);
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
