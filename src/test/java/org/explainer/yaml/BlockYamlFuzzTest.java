package org.explainer.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Fuzzes the fast YAML reader against the library: it never throws, and any text it reads, the
 * library reads into the same tree without an error. Corpus:
 * src/test/resources/org/explainer/yaml/BlockYamlFuzzTestInputs/.
 */
class BlockYamlFuzzTest {
  private static final Path FILE = Path.of("content/articles/2024-01-01-fuzz.md");
  private static final YamlReader LIBRARY = new YamlReader(1_000_000);

  @FuzzTest(maxDuration = "60s")
  void whatTheFastReaderReadsTheLibraryReadsAlike(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    YamlNode fast = BlockYaml.read(text, FILE, 2, YamlReader.MAX_SCALAR);
    if (fast != null) {
      assertThat(fast).isEqualTo(LIBRARY.readWithLibrary(text, FILE, 2));
    }
  }
}
