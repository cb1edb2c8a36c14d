package dev.composefix.images.dockerfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The commands an operating-system package provides, for the packages a healthcheck or its probe
 * may need. A package not listed here provides no command the reader knows of: guessing from names
 * would turn {@code libcurl4-openssl-dev} into curl.
 */
public final class PackagePrograms {

  private static final Table TABLE = Table.read();

  private static final Pattern JAVA = Pattern.compile("openjdk-?\\d+(-jre|-jdk)?(-headless)?");

  private static final Pattern POSTGRES_CLIENT = Pattern.compile("postgresql\\d*-client(-\\d+)?");

  private PackagePrograms() {}

  public static List<String> ofSystemPackage(String name) {
    List<String> known = TABLE.system().get(name);
    if (known != null) {
      return known;
    }
    if (JAVA.matcher(name).matches()) {
      return List.of("java");
    }
    if (POSTGRES_CLIENT.matcher(name).matches()) {
      return List.of("psql", "pg_isready");
    }
    return List.of();
  }

  static List<String> ofPythonPackage(String name) {
    return TABLE.pip().getOrDefault(name, List.of());
  }

  /** A global npm package's command: its name without scope, with a few known exceptions. */
  static String ofNpmPackage(String name) {
    return switch (name) {
      case "typescript" -> "tsc";
      case "@nestjs/cli" -> "nest";
      case "@angular/cli" -> "ng";
      default -> name.substring(name.lastIndexOf('/') + 1);
    };
  }

  static String ofGem(String name) {
    return name.equals("bundler") ? "bundle" : name;
  }

  /** The resource's two tables: system packages and pip packages, each to their commands. */
  private record Table(Map<String, List<String>> system, Map<String, List<String>> pip) {

    private static final String RESOURCE = "package-programs.txt";

    static Table read() {
      Map<String, List<String>> system = new HashMap<>();
      Map<String, List<String>> pip = new HashMap<>();
      try (InputStream in = PackagePrograms.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the jar");
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] words = line.trim().split(" +");
          Map<String, List<String>> table = words[0].equals("pip") ? pip : system;
          table.put(words[1], List.of(words).subList(2, words.length));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(RESOURCE + " cannot be read", e);
      }
      return new Table(Map.copyOf(system), Map.copyOf(pip));
    }
  }
}
