package org.explainer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into {@code explainer-version.properties}. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties props = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/explainer-version.properties")) {
      if (in != null) {
        props.load(in);
      }
    }
    return new String[] {"explainer " + props.getProperty("version", "unknown")};
  }
}
