package org.explainer.diagnostic;

import java.nio.file.Path;

/**
 * A place in a source file: 1-based line and column. A line of 0 means "the file as a whole".
 *
 * @param file the file, as found while loading
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 */
public record Location(Path file, int line, int column) {

  /** The location of a whole file. */
  public static Location of(Path file) {
    return new Location(file, 0, 0);
  }

}
