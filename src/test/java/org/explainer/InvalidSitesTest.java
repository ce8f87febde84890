package org.explainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.explainer.cli.Main;
import org.explainer.output.SiteWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "invalid sites" suite: small broken sites, each asserting the exact error output of {@code check}
 * and that a failed {@code build} leaves the previous site untouched.
 *
 * <p>Each case is a folder {@code src/test/resources/invalid/<case>/} holding:
 *
 * <ul>
 *   <li>{@code overlay/} — files copied over a temporary copy of the valid base site
 *       ({@code src/test/resources/sites/minimal/content/} as {@code content/}, plus the repository's
 *       {@code templates/} as {@code templates/}); paths inside are relative to that temporary site root,
 *       e.g. {@code overlay/content/articles/x.md} or {@code overlay/templates/article.ftlh};
 *   <li>{@code delete.txt} (optional) — one path per line, relative to the site root, removed after the
 *       overlay is applied (blank lines and lines starting with '#' are ignored);
 *   <li>{@code expected.txt} — the exact standard error of {@code check}, paths shown relative to the
 *       temporary site root, ending with the count line. {@code check} must fail (exit 1), so a check
 *       that only warns is shown by a case that also has an error, its warning then listed here;
 *   <li>{@code make.txt} (optional) — inputs not worth committing as files: {@code link PATH -> TARGET}
 *       makes a symbolic link, {@code pad PATH BYTES} grows a file to a size, {@code fifo PATH} makes a
 *       named pipe (cases with one are skipped where {@code mkfifo} is missing), {@code copy PATH ->
 *       NEWPATH} copies a file to a name that may hold {@code \\uXXXX} escapes (control characters git
 *       should not hold in a file name), {@code drop PATH PREFIX} removes the lines of a file that start
 *       with a prefix (a key taken out of the repository's {@code templates/messages/uk.properties}, say,
 *       without a copy of the rest of it to keep up to date), {@code replace PATH PREFIX -> LINE} puts
 *       {@code LINE} in place of the lines of a file that start with a prefix (a message of the repository's
 *       {@code templates/messages/en.properties} written wrong, on its own line).
 *   <li>{@code pending.txt} (optional) — marks a case whose current output is a known defect of the
 *       generator, describing it. Its {@code expected.txt} then holds the output the generator should
 *       give, not the current one: the case is skipped (with the reason) while the output differs, and
 *       fails once it matches, so that {@code pending.txt} gets deleted and the case joins the suite.
 *       Every other assertion (exit code 1, no stack trace, the previous site untouched) still applies.
 * </ul>
 *
 * <p>Cases under {@code src/test/resources/accepted/<case>/overlay/} use the same set-up and must pass
 * {@code check} and {@code build} without a single problem.
 *
 * <p><b>Regenerating expectations:</b> run with {@code UPDATE_EXPECTED=true} as an environment variable or
 * a system property ({@code UPDATE_EXPECTED=true mvn -q -B test -Dtest=InvalidSitesTest}) and each
 * {@code expected.txt} is rewritten from the actual output instead of being compared (pending cases are
 * left alone). Every other assertion still runs. Read each rewritten file before committing it: every message must name the file
 * and line (and column when the problem is at a value) and say how to fix it.
 */
class InvalidSitesTest {
  /** Test resources, read from the source tree so that UPDATE_EXPECTED can rewrite them. */
  private static final Path RESOURCES = Paths.get("src", "test", "resources").toAbsolutePath();
  private static final Path BASE_CONTENT = RESOURCES.resolve("sites/minimal/content");
  private static final Path REPO_TEMPLATES = Paths.get("templates").toAbsolutePath();
  private static final byte[] PREVIOUS_SITE = "<!doctype html><title>previous build</title>\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> invalidSitesFailWithExactErrors() throws IOException {
    return cases("invalid").map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> checkInvalid(dir)));
  }

  @TestFactory
  Stream<DynamicTest> acceptedSitesPass() throws IOException {
    return cases("accepted").map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> checkAccepted(dir)));
  }

  private static boolean updating() {
    return "true".equalsIgnoreCase(System.getProperty("UPDATE_EXPECTED"))
        || "true".equalsIgnoreCase(System.getenv("UPDATE_EXPECTED"));
  }

  private static Stream<Path> cases(String kind) throws IOException {
    Path root = RESOURCES.resolve(kind);
    assertThat(root).as("folder of %s cases", kind).isDirectory();
    try (Stream<Path> list = Files.list(root)) {
      List<Path> dirs = list.filter(Files::isDirectory).sorted().toList();
      assertThat(dirs).as("%s cases", kind).isNotEmpty();
      return dirs.stream();
    }
  }

  private void checkInvalid(Path caseDir) throws IOException {
    Path site = Files.createDirectory(tmp.resolve(caseDir.getFileName().toString()));
    prepare(site, caseDir);

    Result check = run(site, "check", "--content", site.resolve("content").toString(), "--templates", site.resolve("templates").toString());
    assertThat(check.err).as("standard error of check").doesNotContain("at org.").doesNotContain("Exception");
    assertThat(check.out).as("standard output of check").isEmpty();
    assertThat(check.code).as("exit code of check; stderr:%n%s", check.err).isEqualTo(1);

    // A failed build leaves the previous site untouched.
    Path output = site.resolve("site");
    Files.createDirectories(output);
    Files.write(output.resolve("index.html"), PREVIOUS_SITE);
    Files.write(output.resolve(SiteWriter.MARKER), PREVIOUS_SITE); // a folder a build made
    Result build = run(site, "build", "--content", site.resolve("content").toString(), "--templates", site.resolve("templates").toString(),
        "--output", output.toString());
    assertThat(build.err).as("standard error of build").doesNotContain("at org.").doesNotContain("Exception");
    assertThat(build.code).as("exit code of build; stderr:%n%s", build.err).isEqualTo(1);
    assertThat(problemLines(build.err)).as("problems reported by build").isEqualTo(problemLines(check.err));
    assertThat(lastLine(build.err)).as("last line of build").endsWith("; nothing was written; site/ is unchanged.");
    try (Stream<Path> files = Files.walk(output)) {
      assertThat(files.filter(p -> !p.equals(output)).map(p -> output.relativize(p).toString()).toList())
          .as("files in the output folder after a failed build")
          .containsExactlyInAnyOrder("index.html", SiteWriter.MARKER);
    }
    assertThat(Files.readAllBytes(output.resolve("index.html"))).as("previous index.html").isEqualTo(PREVIOUS_SITE);
    try (Stream<Path> siblings = Files.list(site)) {
      assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.") && !n.equals(".site.lock")))
          .as("staging and previous-site folders").isEmpty();
    }

    Path expectedFile = caseDir.resolve("expected.txt");
    Path pendingFile = caseDir.resolve("pending.txt");
    if (Files.exists(pendingFile)) {
      assertThat(expectedFile).as("expected.txt (the output wanted) of pending case %s", caseDir.getFileName()).exists();
      String wanted = Files.readString(expectedFile, StandardCharsets.UTF_8).replace("\r\n", "\n");
      assertThat(check.err)
          .as("pending case %s now gives the wanted output: delete its pending.txt", caseDir.getFileName())
          .isNotEqualTo(wanted);
      Assumptions.abort("known defect, see " + RESOURCES.relativize(pendingFile) + ":\n"
          + Files.readString(pendingFile, StandardCharsets.UTF_8) + "\nactual output:\n" + check.err);
    } else if (updating()) {
      Files.writeString(expectedFile, check.err, StandardCharsets.UTF_8);
    } else {
      assertThat(expectedFile).as("expected.txt of %s (run with UPDATE_EXPECTED=true to create it)", caseDir.getFileName()).exists();
      String expected = Files.readString(expectedFile, StandardCharsets.UTF_8).replace("\r\n", "\n");
      assertThat(check.err).as("standard error of check for %s", caseDir.getFileName()).isEqualTo(expected);
    }
  }

  private void checkAccepted(Path caseDir) throws IOException {
    Path site = Files.createDirectory(tmp.resolve(caseDir.getFileName().toString()));
    prepare(site, caseDir);
    guardAcceptedBytes(caseDir);

    Result check = run(site, "check", "--content", site.resolve("content").toString(), "--templates", site.resolve("templates").toString());
    assertThat(check.err).as("standard error of check").isEmpty();
    assertThat(check.code).as("exit code of check").isZero();
    assertThat(check.out).startsWith("No errors: ");

    Path output = site.resolve("site");
    Result build = run(site, "build", "--content", site.resolve("content").toString(), "--templates", site.resolve("templates").toString(),
        "--output", output.toString());
    assertThat(build.err).as("standard error of build").isEmpty();
    assertThat(build.code).as("exit code of build").isZero();
    assertThat(output.resolve("index.html")).exists();
  }

  /**
   * The accepted cases are about exact bytes; fail loudly if a checkout (e.g. git's end-of-line
   * conversion) has changed them, rather than passing without testing anything.
   */
  private static void guardAcceptedBytes(Path caseDir) throws IOException {
    String name = caseDir.getFileName().toString();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(caseDir.resolve("overlay"))) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).as("overlay files of %s", name).isNotEmpty();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (name.contains("byte-order-mark")) {
        assertThat(bytes.length).isGreaterThan(3);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).as("%s starts with a UTF-8 byte-order mark", file)
            .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      if (name.contains("crlf")) {
        assertThat(text).as("%s has CRLF line ends", file).contains("\r\n");
        assertThat(text.replace("\r\n", "")).as("%s has only CRLF line ends", file).doesNotContain("\n");
      }
    }
  }

  /** Copies the base site and the repository's templates into {@code site}, then applies the case. */
  private static void prepare(Path site, Path caseDir) throws IOException {
    TestSites.copyTree(BASE_CONTENT, site.resolve("content"));
    TestSites.copyTree(BASE_CONTENT.resolveSibling("sources"), site.resolve("sources"));
    TestSites.copyTree(REPO_TEMPLATES, site.resolve("templates"));
    Path overlay = caseDir.resolve("overlay");
    if (Files.isDirectory(overlay)) {
      TestSites.copyTree(overlay, site);
    }
    Path make = caseDir.resolve("make.txt");
    if (Files.exists(make)) {
      for (String line : Files.readAllLines(make, StandardCharsets.UTF_8)) {
        make(site, line.strip());
      }
    }
    Path delete = caseDir.resolve("delete.txt");
    if (Files.exists(delete)) {
      for (String line : Files.readAllLines(delete, StandardCharsets.UTF_8)) {
        String path = line.strip();
        if (path.isEmpty() || path.startsWith("#")) {
          continue;
        }
        Path target = site.resolve(path).normalize();
        assertThat(target.startsWith(site)).as("delete.txt path %s stays inside the site", path).isTrue();
        assertThat(target).as("delete.txt path %s exists", path).exists();
        deleteTree(target);
      }
    }
  }

  /** Applies one line of a case's {@code make.txt}, for inputs that should not be committed as files (see above). */
  private static void make(Path site, String line) throws IOException {
    if (line.isEmpty() || line.startsWith("#")) {
      return;
    }
    String[] words = line.split("\\s+");
    Path path = site.resolve(words[1]).normalize();
    assertThat(path.startsWith(site)).as("make.txt path %s stays inside the site", words[1]).isTrue();
    switch (words[0]) {
      case "link" -> {
        Files.deleteIfExists(path);
        Files.createSymbolicLink(path, Path.of(line.substring(line.indexOf("->") + 2).strip()));
      }
      case "pad" -> {
        long size = Long.parseLong(words[2]);
        byte[] filler = "Padding text for a size test. ".repeat(64).getBytes(StandardCharsets.UTF_8);
        while (Files.size(path) < size) {
          Files.write(path, filler, java.nio.file.StandardOpenOption.APPEND);
        }
      }
      case "fifo" -> {
        Files.createDirectories(path.getParent());
        try {
          Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
          Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        } catch (IOException e) {
          Assumptions.abort("no mkfifo on this system: " + e.getMessage());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError(e);
        }
      }
      case "copy" -> {
        Path target = site.resolve(unescape(line.substring(line.indexOf("->") + 2).strip())).normalize();
        assertThat(target.startsWith(site)).as("make.txt path %s stays inside the site", target).isTrue();
        Files.copy(path, target);
      }
      case "drop" -> {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        List<String> kept = lines.stream().filter(l -> !l.startsWith(words[2])).toList();
        assertThat(kept).as("make.txt: %s has a line starting with %s to drop", words[1], words[2]).hasSizeLessThan(lines.size());
        Files.write(path, kept, StandardCharsets.UTF_8);
      }
      case "replace" -> {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        String with = line.substring(line.indexOf("->") + 2).strip();
        List<String> replaced = lines.stream().map(l -> l.startsWith(words[2]) ? with : l).toList();
        assertThat(replaced).as("make.txt: %s has a line starting with %s to replace", words[1], words[2]).isNotEqualTo(lines);
        Files.write(path, replaced, StandardCharsets.UTF_8);
      }
      default -> throw new AssertionError("unknown make.txt directive: " + line);
    }
  }

  /** {@code text} with each {@code \\uXXXX} replaced by its character. */
  private static String unescape(String text) {
    return java.util.regex.Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(text)
        .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
  }

  private static void deleteTree(Path path) throws IOException {
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private record Result(int code, String out, String err) {}

  /** Runs the CLI in-process; output with {@code <site>/} removed from paths and LF line ends. */
  private static Result run(Path site, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      code = Main.run(args, o, e);
    }
    return new Result(code, normalise(out.toString(), site), normalise(err.toString(), site));
  }

  private static String normalise(String text, Path site) {
    String result = text.replace("\r\n", "\n");
    for (String prefix : prefixes(site)) {
      result = result.replace(prefix + "/", "");
    }
    return result;
  }

  /** The forms the site root may be printed in: absolute, real, and relative to the working directory. */
  private static List<String> prefixes(Path site) {
    List<String> prefixes = new ArrayList<>();
    Path abs = site.toAbsolutePath().normalize();
    prefixes.add(abs.toString().replace('\\', '/'));
    try {
      prefixes.add(site.toRealPath().toString().replace('\\', '/'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path cwd = Paths.get("").toAbsolutePath().normalize();
    if (abs.startsWith(cwd)) {
      prefixes.add(cwd.relativize(abs).toString().replace('\\', '/'));
    }
    // Longest first, so that a relative form never cuts into an absolute one.
    prefixes.sort(Comparator.comparingInt(String::length).reversed());
    return prefixes.stream().distinct().toList();
  }

  private static List<String> problemLines(String err) {
    List<String> lines = err.lines().toList();
    return lines.isEmpty() ? lines : lines.subList(0, lines.size() - 1);
  }

  private static String lastLine(String err) {
    List<String> lines = err.lines().toList();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }
}
