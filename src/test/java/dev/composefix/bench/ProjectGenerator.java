package dev.composefix.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a large project, not one file, for timing how compose-fix grows with a stack: a {@code
 * compose.yaml} whose services build from Dockerfiles of the project (one building {@code FROM}
 * another's image), extend one another and a base in another file, merge anchors, borrow one
 * another's healthchecks, give secrets defaults and wait for one another; a {@code
 * compose.override.yaml} over every other service; and an included file. Each size and the same
 * layout give the same bytes. These are the paths where a question asked about every service once
 * walked every service again, which a single generated file does not reach.
 *
 * <p>Usage: {@code ProjectGenerator SERVICES FOLDER}.
 */
public final class ProjectGenerator {

  private static final List<String> IMAGES =
      List.of(
          "postgres:16-alpine",
          "redis:7-alpine",
          "nginx:1.27",
          "grafana/grafana:10.4.2",
          "nats:2.10",
          "ollama/ollama:0.3.12",
          "minio/minio:RELEASE.2024-01-01T00-00-00Z",
          "python:3.12-slim");

  /** Build contexts, each used by many services; b0 builds the image the others start FROM. */
  private static final int CONTEXTS = 5;

  private ProjectGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ProjectGenerator SERVICES FOLDER");
    }
    write(Path.of(args[1]), Integer.parseInt(args[0]));
  }

  /** Writes the project's files into the folder, creating it when needed. */
  public static void write(Path folder, int services) throws IOException {
    if (services < 2) {
      throw new IllegalArgumentException("at least two services, not " + services);
    }
    put(folder.resolve("compose.yaml"), compose(services));
    put(folder.resolve("compose.override.yaml"), override(services));
    put(folder.resolve("included/compose.yaml"), included(services));
    put(folder.resolve("base/compose.yaml"), "services:\n  common:\n    restart: always\n");
    put(folder.resolve(".env"), "DB_PASSWORD=from-env\n");
    for (int context = 0; context < CONTEXTS; context++) {
      put(folder.resolve("b" + context + "/Dockerfile"), dockerfile(context));
    }
  }

  static String compose(int services) {
    StringBuilder out = new StringBuilder();
    out.append("x-common: &common\n")
        .append("  restart: unless-stopped\n")
        .append("  logging:\n")
        .append("    driver: json-file\n")
        .append("x-hc: &hc\n")
        .append("  interval: 10s\n")
        .append("  retries: 3\n")
        .append("include:\n")
        .append("  - included/compose.yaml\n")
        .append("services:\n");
    for (int i = 0; i < services; i++) {
      out.append("  s").append(i).append(":\n");
      out.append("    <<: *common\n");
      if (i % 7 == 0) {
        int context = i / 7 % CONTEXTS;
        out.append("    build:\n      context: ./b").append(context).append('\n');
        out.append("      args:\n        VERSION: '1'\n");
        out.append("    image: acme/b").append(context).append(":1\n");
      } else {
        out.append("    image: ").append(IMAGES.get(i % IMAGES.size())).append('\n');
      }
      if (i % 3 == 0) {
        out.append("    healthcheck:\n      <<: *hc\n")
            .append(
                "      test: [\"CMD-SHELL\", \"curl http://localhost:8080/health || exit 1\"]\n");
      }
      if (i % 4 == 0) {
        out.append("    environment:\n")
            .append("      - DB_PASSWORD=${DB_PASSWORD:-changeme}\n")
            .append("      - MODE=worker\n");
      }
      if (i % 5 == 0 && i > 0) {
        out.append("    depends_on:\n      s")
            .append(i - 1)
            .append(":\n        condition: service_started\n");
      }
      if (i % 11 == 1) {
        out.append("    extends:\n      service: s0\n");
      } else if (i % 13 == 2) {
        out.append("    extends:\n      file: base/compose.yaml\n      service: common\n");
      }
      out.append("    ports:\n      - \"").append(10000 + i).append(":8080\"\n");
    }
    return out.toString();
  }

  private static String override(int services) {
    StringBuilder out = new StringBuilder("services:\n");
    for (int i = 0; i < services; i += 2) {
      out.append("  s")
          .append(i)
          .append(":\n    labels:\n      team: t")
          .append(i % 8)
          .append('\n');
    }
    return out.toString();
  }

  private static String included(int services) {
    StringBuilder out = new StringBuilder("services:\n");
    for (int i = 0; i < Math.max(1, services / 10); i++) {
      out.append("  inc").append(i).append(":\n    image: redis:7-alpine\n");
    }
    return out.toString();
  }

  private static String dockerfile(int context) {
    String from = context == 0 ? "python:3.12-slim" : "acme/b0:1";
    return "FROM "
        + from
        + "\nWORKDIR /app\nRUN pip install flask\nCOPY . .\nEXPOSE 8080\n"
        + "CMD [\"python\", \"app.py\"]\n";
  }

  private static void put(Path path, String text) throws IOException {
    Files.createDirectories(path.toAbsolutePath().getParent());
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }
}
