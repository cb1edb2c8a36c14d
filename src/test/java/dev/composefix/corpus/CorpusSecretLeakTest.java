package dev.composefix.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Cli;
import dev.composefix.support.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No secret value reaches any output but the text dry-run diff, which shows the file's own bytes by
 * design so that it applies ({@code SecretMaskingTest} covers its masking under CI). The secrets
 * are collected from the corpus text with patterns of this test's own (not the tool's code):
 * literal values of secret-named variables and the defaults of secret variables. Every output
 * format and mode runs on a copy of each file, and no output may show a secret's value where the
 * file had it: after its name, as {@code NAME=value}, {@code NAME: value} or {@code NAME:-value}.
 * (A value may well appear elsewhere for other reasons: a password "postgres" is also the image's
 * name.)
 */
class CorpusSecretLeakTest {

  private static final Pattern LITERAL =
      Pattern.compile(
          "(?m)^[\\s-]*[\"']?([A-Za-z_][A-Za-z0-9_]*)[\"']?\\s*[:=]\\s*[\"']?([^\"'\\s#$][^\"'\\s#]*)");
  private static final Pattern DEFAULT =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-)([^}$\"'\\s]+)\\}");
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(^|_)(PASSWORD|PASSWD|PASS|SECRET|TOKEN|KEY|CREDENTIALS)$");
  private static final List<List<String>> RUNS =
      List.of(
          List.of("--dry-run"),
          List.of("--check", "--format", "json"),
          List.of("--check", "--format", "sarif"),
          List.of("--check", "--format", "github"),
          List.of("--dry-run", "--format", "json", "--unsafe-fixes"));

  /** A secret as the file states it. */
  record Secret(String name, String value) {

    /** Whether the output shows the value in its place after the name, quoted or not. */
    boolean shownIn(String output) {
      return Pattern.compile(
              Pattern.quote(name) + "[\"']?\\s*(=|:|:-|-|:\\s+)\\s*[\"']?" + Pattern.quote(value))
          .matcher(output)
          .find();
    }
  }

  @TempDir Path work;

  @Test
  void noOutputShowsASecretValue() throws Exception {
    Optional<Path> corpus = Projects.corpus();
    Assumptions.assumeTrue(corpus.isPresent(), Projects.corpusMissingMessage());
    List<String> leaks = new ArrayList<>();
    int secrets = 0;
    for (Path original : Projects.corpusFiles(corpus.get())) {
      String text = Files.readString(original);
      Set<Secret> found = secretsIn(text);
      if (found.isEmpty()) {
        continue;
      }
      secrets += found.size();
      Path copy = work.resolve("compose.yaml");
      Files.copy(original, copy, StandardCopyOption.REPLACE_EXISTING);
      List<String> outputs = new ArrayList<>();
      for (List<String> run : RUNS) {
        List<String> args = new ArrayList<>(run);
        args.add("compose.yaml");
        Cli.Result result = Cli.run(work, args);
        // The text dry-run diff shows the file's own bytes on purpose, so that it applies.
        boolean fileBytes = run.equals(List.of("--dry-run"));
        if (!fileBytes) {
          outputs.add(run.contains("sarif") ? withoutRuleDocs(result.out()) : result.out());
        }
        outputs.add(result.err());
      }
      Cli.Result write = Cli.run(work, "--write", "--unsafe-fixes", "compose.yaml");
      outputs.add(write.out() + write.err());
      for (String output : outputs) {
        for (Secret secret : found) {
          if (secret.shownIn(output)) {
            leaks.add(corpus.get().relativize(original) + ": " + secret.name());
          }
        }
      }
    }
    System.out.printf("secret leak check: %d secret values in the corpus, none printed%n", secrets);
    assertEquals(List.of(), leaks.stream().distinct().toList());
  }

  /** The SARIF log without the rules' documentation, whose examples quote made-up passwords. */
  private static String withoutRuleDocs(String sarif) throws java.io.IOException {
    com.fasterxml.jackson.databind.node.ObjectNode log =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(sarif);
    ((com.fasterxml.jackson.databind.node.ObjectNode) log.get("runs").get(0)).remove("tool");
    return log.toString();
  }

  static Set<Secret> secretsIn(String text) {
    Set<Secret> secrets = new LinkedHashSet<>();
    for (Pattern pattern : List.of(LITERAL, DEFAULT)) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        String name = matcher.group(1);
        String value = matcher.group(2);
        if (SECRET_NAME.matcher(name).matches() && looksSecret(name, value)) {
          secrets.add(new Secret(name, value));
        }
      }
    }
    return secrets;
  }

  /** Not a secret: short values, switches, numbers, paths, public keys. */
  private static boolean looksSecret(String name, String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return value.length() >= 4
        && !name.toUpperCase(Locale.ROOT).endsWith("PUBLIC_KEY")
        && !List.of("true", "false", "yes", "no", "on", "off", "null").contains(lower)
        && !value.matches("[0-9]+")
        && !value.startsWith("/")
        && !value.startsWith("./")
        && !value.startsWith("../")
        && !value.startsWith("{")
        && !value.startsWith("[");
  }
}
