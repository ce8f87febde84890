package org.explainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape {@code docs/architecture.md} draws, held to the code: the packages form a straight pipeline
 * whose dependencies point one way, and no record outside the content model (read from YAML by name,
 * never built by position) has more than eight components.
 */
class ArchitectureTest {
  /**
   * The packages in pipeline order, each layer a set: a package may use its own classes and those of
   * the layers before its own, never one of its own layer or of a later one.
   */
  static final List<Set<String>> LAYERS = List.of(
      Set.of("diagnostic", "concurrent"),
      Set.of("files"),
      Set.of("cache"),
      Set.of("yaml"),
      Set.of("config"),
      Set.of("content"),
      Set.of("provenance", "markdown", "figure"),
      Set.of("site"),
      Set.of("render", "output"),
      Set.of("build"),
      Set.of("serve"),
      Set.of("cli"));

  /** The packages whose records are read from YAML by name ({@code yaml.RecordReader}), never built by position. */
  static final Set<String> READ_BY_NAME = Set.of("content", "config");

  private static final Pattern USE = Pattern.compile("\\borg\\.explainer\\.([a-z]+)\\.");
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\n]*", Pattern.DOTALL);

  @Test
  void dependenciesPointOneWayAlongThePipeline() throws IOException {
    Path main = Path.of("src/main/java/org/explainer");
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String own = main.relativize(file).getName(0).toString();
        // code only: a comment may name a later stage, as the pipeline's order explains itself
        String text = COMMENT.matcher(Files.readString(file).replaceFirst("(?m)^package [^;]+;", "")).replaceAll("");
        Matcher m = USE.matcher(text);
        while (m.find()) {
          if (!m.group(1).equals(own)) {
            uses.computeIfAbsent(own, k -> new TreeSet<>()).add(m.group(1) + " (" + main.relativize(file) + ")");
          }
        }
        uses.computeIfAbsent(own, k -> new TreeSet<>());
      }
    }
    assertThat(uses.keySet()).as("every package has its place in LAYERS (and docs/architecture.md)")
        .allMatch(p -> layerOf(p) >= 0);
    List<String> backwards = new ArrayList<>();
    uses.forEach((user, used) -> used.forEach(u -> {
      String target = u.substring(0, u.indexOf(' '));
      if (layerOf(target) < 0 || layerOf(target) >= layerOf(user)) {
        backwards.add(user + " uses " + u);
      }
    }));
    assertThat(backwards).as("a package may use only the packages before it in the pipeline").isEmpty();
  }

  @Test
  void onlyTheContentModelHasRecordsOfMoreThanEightComponents() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(org.explainer.cli.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> wide = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, getClass().getClassLoader());
        String pkg = type.getPackageName().replaceFirst("^org\\.explainer\\.?", "");
        if (type.isRecord() && type.getRecordComponents().length > 8 && !READ_BY_NAME.contains(pkg)) {
          wide.add(name + " (" + type.getRecordComponents().length + " components)");
        }
      }
    }
    assertThat(wide).as("a view or value record of more than eight components: group them into records of their own").isEmpty();
  }

  private static int layerOf(String pkg) {
    for (int i = 0; i < LAYERS.size(); i++) {
      if (LAYERS.get(i).contains(pkg)) {
        return i;
      }
    }
    return -1;
  }
}
