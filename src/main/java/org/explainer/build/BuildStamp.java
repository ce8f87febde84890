package org.explainer.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.explainer.cache.BuildCache;
import org.explainer.concurrent.Workers;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;
import org.explainer.diagnostic.Severity;

/**
 * What the last build of an output folder was made from and what it left there, kept in the
 * {@link BuildCache}, so that a build whose inputs are all the same, byte for byte, over an output folder
 * that is as that build left it, has nothing to do.
 *
 * <p>The inputs are every file of the content and templates folders and of the captures folder the
 * build would check against (by SHA-256), the options (in the key the stamp is kept under) and the
 * generator (the cache's identity). The output is every file of the output folder by size and time, so
 * a file changed or deleted by hand makes the next build a full one, which puts it right.
 *
 * @param inputs the SHA-256 of each input file, by where it is ({@code content/…}, {@code templates/…},
 *     {@code sources/…})
 * @param captures the captures folder the build watched ("" for none), absent or not
 * @param outputs each file of the output folder: its size and its time in milliseconds
 * @param pages HTML pages the build made
 * @param articles entries it published
 * @param assets assets it copied
 * @param warnings its warnings, told again by a build with nothing to do
 * @param notices its notices, told again too
 */
record BuildStamp(Map<String, String> inputs, String captures, Map<String, List<Long>> outputs, int pages, int articles, int assets,
    List<StoredProblem> warnings, List<String> notices) {

  /** The kind of result the stamps are in the cache. */
  static final String KIND = "builds";
  private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** A problem as kept: its severity's name, where, and what it says. */
  record StoredProblem(String severity, String file, int line, int column, String message, String fix) {
    static StoredProblem of(Problem p) {
      return new StoredProblem(p.severity().name(), p.at().file().toString(), p.at().line(), p.at().column(), p.message(), p.fix());
    }

    Problem problem() {
      return new Problem(Severity.valueOf(severity), new Location(Path.of(file), line, column), message, fix);
    }
  }

  /** The key of the stamp of builds with {@code options}: one stamp per output folder and set of options. */
  static String key(BuildOptions options) {
    return BuildCache.key(List.of("build", options.output().toString(), options.content().toString(), options.templates().toString(),
        Boolean.toString(options.includeDrafts()), Boolean.toString(options.strict()), options.sources().map(Path::toString).orElse("")));
  }

  /** Where the files of the captures folder are among the inputs. */
  static final String SOURCES = "sources/";

  /**
   * The fingerprints of the content and templates folders, or empty when one of them holds a link,
   * which a fingerprint of its files would not follow: such a build is always a full one.
   */
  static Optional<Map<String, String>> inputs(BuildOptions options, Workers workers) {
    Map<String, Path> files = new TreeMap<>();
    try {
      if (!list("content/", options.content(), files) || !list("templates/", options.templates(), files)) {
        return Optional.empty();
      }
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    return hashes(files, workers);
  }

  /** The fingerprints of the captures folder {@code captures} ("" for none, and none when it is not there), or empty as {@link #inputs}. */
  static Optional<Map<String, String>> captures(String captures, Workers workers) {
    Map<String, Path> files = new TreeMap<>();
    try {
      if (!captures.isEmpty() && !list(SOURCES, Path.of(captures), files)) {
        return Optional.empty();
      }
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    return hashes(files, workers);
  }

  private static Optional<Map<String, String>> hashes(Map<String, Path> files, Workers workers) {
    List<String> names = List.copyOf(files.keySet());
    List<String> hashes = workers.map(names, name -> hashOf(files.get(name)));
    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (hashes.get(i).isEmpty()) {
        return Optional.empty();
      }
      out.put(names.get(i), hashes.get(i));
    }
    return Optional.of(out);
  }

  /** The SHA-256 of {@code file}, or "" when it cannot be read. */
  static String hashOf(Path file) {
    try {
      return BuildCache.hash(Files.readAllBytes(file));
    } catch (IOException e) {
      return "";
    }
  }

  /** Adds each file under {@code dir}, by {@code prefix} and its path; false when {@code dir} holds a link. */
  private static boolean list(String prefix, Path dir, Map<String, Path> files) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return !Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
    }
    boolean[] links = {false};
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) {
          files.put(prefix + dir.relativize(file).toString().replace('\\', '/'), file);
          return FileVisitResult.CONTINUE;
        }
        links[0] = true;
        return FileVisitResult.TERMINATE;
      }
    });
    return !links[0];
  }

  /** Every file of {@code out} by size and time, or empty when it cannot be read or holds anything but files and folders. */
  static Optional<Map<String, List<Long>>> outputs(Path out) {
    Map<String, List<Long>> files = new TreeMap<>();
    boolean[] other = {false};
    try {
      if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      Files.walkFileTree(out, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!attrs.isRegularFile()) {
            other[0] = true;
            return FileVisitResult.TERMINATE;
          }
          files.put(out.relativize(file).toString().replace('\\', '/'), List.of(attrs.size(), attrs.lastModifiedTime().toMillis()));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    return other[0] ? Optional.empty() : Optional.of(files);
  }

  /** A stamp of a build from {@code inputs} that left {@code outputs} and reported {@code report}. */
  static BuildStamp of(Map<String, String> inputs, String captures, Map<String, List<Long>> outputs, BuildReport report) {
    return new BuildStamp(inputs, captures, outputs, report.pages(), report.articles(), report.assets(),
        report.warnings().stream().map(StoredProblem::of).toList(), report.notices());
  }

  /** The stamp in {@code bytes}, or empty when they are not one (the cache's checksum held, so only another format). */
  static Optional<BuildStamp> parse(byte[] bytes) {
    try {
      BuildStamp stamp = JSON.readValue(bytes, BuildStamp.class);
      return stamp.inputs() == null || stamp.outputs() == null || stamp.captures() == null || stamp.warnings() == null || stamp.notices() == null
          ? Optional.empty() : Optional.of(stamp);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  byte[] json() {
    try {
      return JSON.writeValueAsString(this).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a build stamp is plain data", e);
    }
  }

  /** The report of this build, told again by a build that found nothing changed in {@code nanos}. */
  BuildReport report(long nanos) {
    List<Problem> problems = new ArrayList<>(warnings.stream().map(StoredProblem::problem).toList());
    return new BuildReport(pages, articles, assets, List.of(new BuildReport.Step("unchanged", nanos)), List.copyOf(problems), notices, 0);
  }
}
