package dev.composefix.images;

import dev.composefix.compose.ImageReference;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A small, documented table of image families and the health-probe tools their images ship with.
 * Each row says what its images are known to have and known to lack; a tool in neither set, and an
 * image no row matches, are unknown, and rules stay silent about them rather than guess.
 *
 * <p>Where the rows come from: the Dockerfiles of the official images (docker-library's postgres,
 * redis, node, python and nats, which install curl or wget only to download and purge them
 * afterwards), the alpine and busybox images (busybox provides wget, nc and sh, there is no curl),
 * the distroless README (no shell and no tools, except in {@code :debug} tags, which add busybox),
 * the Dockerfiles of prom/prometheus, prom/alertmanager and prom/node-exporter (built on
 * quay.io/prometheus/busybox), ollama/ollama (Ubuntu with ca-certificates only) and minio/minio (mc
 * ships in the image; curl was dropped in RELEASE.2023-11-01 and later came back on amd64 only, see
 * minio/minio#18371 and #18389). The first row that matches decides.
 */
public final class ImageTools {

  /**
   * Tools a healthcheck may call. {@link #SH} is the shell that {@code CMD-SHELL} and a string test
   * run in.
   */
  public enum Tool {
    CURL("curl"),
    WGET("wget"),
    MC("mc"),
    NC("nc"),
    SH("sh");

    private final String command;

    Tool(String command) {
      this.command = command;
    }

    /** The program name a test calls it by. */
    public String command() {
      return command;
    }

    /** The tool a program name stands for: {@code /usr/bin/curl} is curl. */
    public static Optional<Tool> ofProgram(String program) {
      String name = program.substring(program.lastIndexOf('/') + 1);
      for (Tool tool : values()) {
        if (tool.command.equals(name)) {
          return Optional.of(tool);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * One row of the table.
   *
   * @param name a short id for the row
   * @param matches which images it covers
   * @param tools what its images are known to have
   * @param missing what its images are known to lack
   * @param note the fact a message quotes, e.g. "alpine and busybox images have busybox wget but no
   *     curl"
   * @param advice what a healthcheck can call instead when the image has no HTTP client; empty when
   *     it has one
   */
  public record Family(
      String name,
      Predicate<ImageReference> matches,
      Set<Tool> tools,
      Set<Tool> missing,
      String note,
      Optional<String> advice) {

    public Family {
      tools = Set.copyOf(tools);
      missing = Set.copyOf(missing);
    }
  }

  private static final Set<Tool> NOTHING = EnumSet.noneOf(Tool.class);
  private static final Set<Tool> EVERYTHING = EnumSet.allOf(Tool.class);
  private static final Set<Tool> BUSYBOX = EnumSet.of(Tool.WGET, Tool.NC, Tool.SH);
  private static final Set<Tool> NO_HTTP_CLIENT = EnumSet.of(Tool.CURL, Tool.WGET);
  private static final String NO_SHELL_ADVICE =
      "use a [\"CMD\", ...] test that runs the program's own health command";

  private static final List<Family> FAMILIES =
      List.of(
          new Family(
              "distroless",
              image ->
                  image.normalizedName().startsWith("gcr.io/distroless/") && !tagHas(image, "debug")
                      || tagHas(image, "distroless"),
              NOTHING,
              EVERYTHING,
              "distroless images have no shell and no tools",
              Optional.of(NO_SHELL_ADVICE)),
          new Family(
              "scratch",
              image -> image.normalizedName().equals("scratch"),
              NOTHING,
              EVERYTHING,
              "scratch images hold nothing but the program",
              Optional.of(NO_SHELL_ADVICE)),
          new Family(
              "nats",
              image ->
                  named(image, "nats")
                      && variantIs(
                          image,
                          tag ->
                              !tag.contains("alpine")
                                  && !tag.contains("nanoserver")
                                  && !tag.contains("windowsservercore")),
              NOTHING,
              EVERYTHING,
              "the official nats image is built from scratch: nats-server and nothing else",
              Optional.of(
                  "use nats:<version>-alpine, whose busybox wget can probe"
                      + " http://localhost:8222/healthz")),
          new Family(
              "busybox",
              image -> named(image, "alpine") || named(image, "busybox"),
              BUSYBOX,
              EnumSet.of(Tool.CURL),
              "alpine and busybox images have busybox wget but no curl",
              Optional.empty()),
          new Family(
              "prometheus",
              image ->
                  named(
                      image,
                      "prom/prometheus",
                      "prom/alertmanager",
                      "prom/node-exporter",
                      "quay.io/prometheus/prometheus",
                      "quay.io/prometheus/alertmanager",
                      "quay.io/prometheus/node-exporter"),
              EnumSet.of(Tool.WGET, Tool.SH),
              EnumSet.of(Tool.CURL),
              "Prometheus images are built on busybox, with wget but no curl",
              Optional.empty()),
          new Family(
              "official-alpine",
              image ->
                  named(image, "postgres", "redis", "nats", "node", "python")
                      && variantIs(image, tag -> tag.contains("alpine")),
              BUSYBOX,
              EnumSet.of(Tool.CURL),
              "the official -alpine images have busybox wget but no curl",
              Optional.empty()),
          new Family(
              "postgres",
              image -> named(image, "postgres") && variantIs(image, tag -> !tag.contains("alpine")),
              EnumSet.of(Tool.SH),
              NO_HTTP_CLIENT,
              "the official postgres Debian images have neither curl nor wget",
              Optional.of("use pg_isready")),
          new Family(
              "redis",
              image -> named(image, "redis") && variantIs(image, tag -> !tag.contains("alpine")),
              EnumSet.of(Tool.SH),
              NO_HTTP_CLIENT,
              "the official redis Debian images have neither curl nor wget",
              Optional.of("use redis-cli ping")),
          new Family(
              "python-slim",
              image -> named(image, "python") && variantIs(image, tag -> tag.contains("slim")),
              EnumSet.of(Tool.SH),
              NO_HTTP_CLIENT,
              "the official python -slim images have neither curl nor wget",
              Optional.of("use python3 -c with urllib.request")),
          new Family(
              "node-slim",
              image -> named(image, "node") && variantIs(image, tag -> tag.contains("slim")),
              EnumSet.of(Tool.SH),
              NO_HTTP_CLIENT,
              "the official node -slim images have neither curl nor wget",
              Optional.of("use node -e with the http module")),
          new Family(
              "ollama",
              image ->
                  named(image, "ollama/ollama") && variantIs(image, tag -> !tag.contains("rocm")),
              EnumSet.of(Tool.SH),
              NO_HTTP_CLIENT,
              "ollama/ollama images have neither curl nor wget",
              Optional.of("use ollama list, which asks the running server")),
          new Family(
              "minio",
              image -> named(image, "minio/minio", "quay.io/minio/minio"),
              EnumSet.of(Tool.MC, Tool.SH),
              NOTHING,
              "minio/minio ships mc; curl was dropped in RELEASE.2023-11-01 and came back on amd64"
                  + " only",
              Optional.empty()),
          new Family(
              "alpine-based",
              image -> tagHas(image, "alpine"),
              BUSYBOX,
              NOTHING,
              "alpine-based images have busybox wget",
              Optional.empty()));

  private ImageTools() {}

  /** The family an image belongs to, when the table knows it. */
  public static Optional<Family> familyOf(ImageReference image) {
    return FAMILIES.stream().filter(family -> family.matches().test(image)).findFirst();
  }

  /** Whether the image has the tool: empty when the table does not know. */
  public static Optional<Boolean> has(ImageReference image, Tool tool) {
    Optional<Family> family = familyOf(image);
    if (family.isPresent() && family.get().tools().contains(tool)) {
      return Optional.of(true);
    }
    if (family.isPresent() && family.get().missing().contains(tool)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  public static List<Family> families() {
    return FAMILIES;
  }

  private static boolean named(ImageReference image, String... names) {
    return List.of(names).contains(image.normalizedName());
  }

  private static boolean tagHas(ImageReference image, String word) {
    return image.tag().map(tag -> tag.toLowerCase(Locale.ROOT).contains(word)).orElse(false);
  }

  /**
   * Whether the image's variant, read from its tag, passes the test. No tag means {@code latest};
   * an image pinned only by digest could be any variant, so it passes no test.
   */
  private static boolean variantIs(ImageReference image, Predicate<String> test) {
    if (image.tag().isEmpty() && image.isPinnedByDigest()) {
      return false;
    }
    return test.test(image.tag().orElse("latest").toLowerCase(Locale.ROOT));
  }
}
