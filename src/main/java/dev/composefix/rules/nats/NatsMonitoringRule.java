package dev.composefix.rules.nats;

import static dev.composefix.lint.Applicability.SAFE;
import static dev.composefix.lint.FixAvailability.SOMETIMES;
import static dev.composefix.lint.Severity.MEDIUM;

import dev.composefix.compose.ImageReference;
import dev.composefix.compose.Service;
import dev.composefix.lint.Applicability;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleContext;
import dev.composefix.lint.RuleMetadata;
import dev.composefix.shell.CommandChains;
import dev.composefix.yaml.CannotEditException;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.NewValue;
import dev.composefix.yaml.ScalarStyle;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import dev.composefix.yaml.YamlChange;
import dev.composefix.yaml.YamlTags;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** NATS with JetStream but no monitoring port. */
public final class NatsMonitoringRule implements Rule {

  private static final String SUMMARY = "NATS with JetStream but no monitoring port";

  static final String DOC =
      """
      # nats-monitoring (CF007)

      ## What it does
      Finds `nats` services whose `command` turns on JetStream (`-js`, `--jetstream`, or
      `-js=true`) without turning on the HTTP monitoring port (`-m` / `--http_port`, or
      `-ms` / `--https_port`), and appends `-m 8222` to the command: two items in a list
      command, ` -m 8222` at the end of a string command, each in the command's own quoting.

      The image is recognised by its name on any registry: `nats:2.10-alpine`,
      `docker.io/library/nats` and `registry:5000/mirror/nats` are all NATS. Left alone are:
      - a service with no `command`: the image's default command loads its bundled
        configuration, which already serves monitoring on 8222;
      - a command that loads a configuration file (`-c`, `--config`), which may set the
        monitoring port itself;
      - a service that sets its own `entrypoint`, or whose command runs something other than
        `nats-server` (such as `sh -c ...`), since its words may not be server flags;
      - an image written with a variable, such as `${NATS_IMAGE}`, which cannot be told apart.
      - a command that another file of the project replaces: it never runs, and the command
        that runs is judged in the file that writes it.

      ## Why
      Overriding the command replaces the image's default `--config nats-server.conf`, and with
      it the `monitor_port: 8222` that configuration sets. `-js` alone does not enable the
      monitoring API, so `/healthz`, `/varz` and `/jsz` are gone: a healthcheck or Prometheus
      exporter aimed at port 8222 gets "connection refused", and a published `8222:8222` leads
      nowhere. The hardening review that this rule comes from hit exactly this ("NATS `-js` flag
      alone doesn't enable HTTP monitoring") and fixed it with `-m 8222`.

      ## Example
      ```yaml
      services:
        nats:
          image: nats:2.10-alpine
          command: ["-js", "-sd", "/data"]
      ```

      ## Use instead
      ```yaml
      services:
        nats:
          image: nats:2.10-alpine
          command: ["-js", "-sd", "/data", "-m", "8222"]
      ```

      ## Fix safety
      Safe. The fix only adds a flag the server did not have: it opens the read-only HTTP
      monitoring endpoint on port 8222 inside the container, which the image's default
      configuration opens too, and it publishes nothing on the host. Client connections,
      JetStream storage and every other flag keep their values and order. When the command is
      shared through an anchor, the anchor is edited once and the finding says so.

      ## Options
      None.
      """;

  private static final RuleMetadata METADATA =
      new RuleMetadata("nats-monitoring", "CF007", SUMMARY, MEDIUM, SOMETIMES, SAFE, DOC);

  /**
   * What the fix adds: the port the official image's bundled configuration serves monitoring on.
   */
  private static final List<String> MONITORING_FLAG = List.of("-m", "8222");

  /**
   * Flag names from {@code nats-server --help}; Go's flag package reads {@code -name}, {@code
   * --name}, {@code -name=value} and {@code --name=value} alike.
   */
  private static final Set<String> JETSTREAM = Set.of("js", "jetstream");

  private static final Set<String> MONITORING = Set.of("m", "http_port", "ms", "https_port");

  private static final Set<String> CONFIG_FILE = Set.of("c", "config");

  /** How Go's strconv.ParseBool reads true, as {@code -js=value} accepts it. */
  private static final Set<String> GO_TRUE = Set.of("1", "t", "T", "true", "TRUE", "True");

  @Override
  public void check(RuleContext context) {
    for (Service service : context.compose().services()) {
      Optional<Mappings.Found> entrypoint = service.find("entrypoint");
      if (!isNats(service) || entrypoint.isPresent() && !isNull(entrypoint.get().value())) {
        continue;
      }
      Optional<Mappings.Found> command = service.find("command");
      // A command another file of the project replaces never runs; the one that runs is judged.
      if (command.isEmpty() || context.project().valueRunsElsewhere(service.name(), "command")) {
        continue;
      }
      YNode value = command.get().value();
      Optional<List<String>> words = words(value);
      Optional<List<String>> flags =
          words.isPresent() ? serverFlags(words.get()) : Optional.empty();
      Optional<String> jetstream =
          flags.isPresent() ? missingMonitoring(flags.get()) : Optional.empty();
      if (jetstream.isEmpty()) {
        continue;
      }
      YNode at = command.get().inherited() ? service.nameNode() : command.get().entry().key();
      String message =
          "service '"
              + service.name()
              + "': command turns on JetStream ("
              + jetstream.get()
              + ") but not the monitoring port, so /healthz and /varz on 8222 refuse connections;"
              + " add -m 8222";
      RuleContext.Attempt attempt;
      try {
        attempt =
            context.fixed("Add -m 8222", Applicability.SAFE, value, addMonitoring(context, value));
      } catch (CannotEditException e) {
        attempt = RuleContext.cannotFix(e);
      }
      context.report(at, message, attempt);
    }
  }

  private static boolean isNats(Service service) {
    Optional<Mappings.Found> found = service.find("image");
    if (found.isEmpty()
        || !(Mappings.resolve(found.get().value()) instanceof YScalar image)
        || !image.isString()) {
      return false;
    }
    Optional<ImageReference> reference = ImageReference.parse(image.value());
    return reference.isPresent() && reference.get().baseName().equals("nats");
  }

  private static boolean isNull(YNode node) {
    return node instanceof YScalar scalar && YamlTags.NULL.equals(scalar.resolvedTag());
  }

  /** The command's words, as Compose splits them; empty when they cannot be read. */
  private static Optional<List<String>> words(YNode command) {
    if (command instanceof YSequence sequence) {
      List<String> words = new ArrayList<>();
      for (YNode item : sequence.items()) {
        Optional<YScalar> scalar = Mappings.asScalar(item);
        if (scalar.isEmpty()) {
          return Optional.empty();
        }
        words.add(scalar.get().value());
      }
      return Optional.of(words);
    }
    if (command instanceof YScalar scalar && scalar.isString()) {
      return CommandChains.commandWords(scalar.value());
    }
    return Optional.empty();
  }

  /**
   * The arguments nats-server receives: the words themselves when they start with a flag (the
   * image's entrypoint is the server), or the words after an explicit {@code nats-server}. Empty
   * when the command runs something else.
   */
  static Optional<List<String>> serverFlags(List<String> words) {
    if (words.isEmpty()) {
      return Optional.empty();
    }
    if (words.get(0).startsWith("-")) {
      return Optional.of(words);
    }
    String program = words.get(0).substring(words.get(0).lastIndexOf('/') + 1);
    return program.equals("nats-server")
        ? Optional.of(words.subList(1, words.size()))
        : Optional.empty();
  }

  /**
   * The JetStream flag as written, when the server's flags turn JetStream on and neither a
   * monitoring port nor a configuration file.
   */
  static Optional<String> missingMonitoring(List<String> flags) {
    String jetstream = null;
    for (String word : flags) {
      if (!word.startsWith("-") || word.equals("-") || word.equals("--")) {
        continue;
      }
      String flag = word.startsWith("--") ? word.substring(2) : word.substring(1);
      int equals = flag.indexOf('=');
      String name = equals < 0 ? flag : flag.substring(0, equals);
      if (MONITORING.contains(name) || CONFIG_FILE.contains(name)) {
        return Optional.empty();
      }
      if (JETSTREAM.contains(name)) {
        jetstream = equals < 0 || GO_TRUE.contains(flag.substring(equals + 1)) ? word : null;
      }
    }
    return Optional.ofNullable(jetstream);
  }

  private static YamlChange addMonitoring(RuleContext context, YNode command)
      throws CannotEditException {
    if (command instanceof YSequence sequence) {
      Optional<YScalar> last = Mappings.asScalar(sequence.items().get(sequence.items().size() - 1));
      ScalarStyle style = last.isPresent() ? last.get().style() : ScalarStyle.PLAIN;
      List<NewValue> items = new ArrayList<>();
      for (String word : MONITORING_FLAG) {
        items.add(NewValue.string(word, style));
      }
      return context.editor().appendItems(sequence, items);
    }
    YScalar scalar = (YScalar) command;
    int end = scalar.value().stripTrailing().length();
    return context
        .editor()
        .replaceInScalar(scalar, end, end, " " + String.join(" ", MONITORING_FLAG));
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
