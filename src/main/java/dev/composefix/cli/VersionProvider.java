package dev.composefix.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven wrote into the jar at build time, and what runs it. */
final class VersionProvider implements CommandLine.IVersionProvider {

  /** The version, then the runtime and its class-data archive, which bug reports need. */
  @Override
  public String[] getVersion() {
    List<String> lines = new ArrayList<>();
    lines.add("compose-fix " + version());
    lines.addAll(RuntimeDescription.current().lines());
    return lines.toArray(String[]::new);
  }

  static String version() {
    Properties properties = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/compose-fix-version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the jar's version resource cannot be read", e);
    }
    return properties.getProperty("version", "unknown");
  }
}
