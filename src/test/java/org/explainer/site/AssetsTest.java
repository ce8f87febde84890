package org.explainer.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetsTest {
  @TempDir Path tmp;

  @Test
  void fingerprintsNamesWithTheContentHash() throws Exception {
    Files.writeString(tmp.resolve("style.css"), "body{}");
    Files.writeString(tmp.resolve(".DS_Store"), "junk");
    Assets assets = Assets.load(tmp);
    assertThat(assets.paths()).containsOnlyKeys("style.css");
    assertThat(assets.paths().get("style.css")).matches("assets/style\\.[0-9a-f]{8}\\.css");
    Files.writeString(tmp.resolve("style.css"), "body{color:red}");
    assertThat(Assets.load(tmp).paths().get("style.css")).isNotEqualTo(assets.paths().get("style.css"));
  }

  @Test
  void fingerprintsNamesWithoutExtension() {
    assertThat(Assets.fingerprinted("LICENSE", new byte[0])).matches("LICENSE\\.[0-9a-f]{8}");
  }
}
