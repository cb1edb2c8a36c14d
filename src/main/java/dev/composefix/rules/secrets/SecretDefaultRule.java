package dev.composefix.rules.secrets;

import static dev.composefix.lint.Applicability.SAFE;
import static dev.composefix.lint.FixAvailability.SOMETIMES;
import static dev.composefix.lint.Severity.HIGH;

import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.Interpolation;
import dev.composefix.compose.Service;
import dev.composefix.images.ContainerFacts;
import dev.composefix.images.Credential;
import dev.composefix.lint.Applicability;
import dev.composefix.lint.Places;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleContext;
import dev.composefix.lint.RuleMetadata;
import dev.composefix.secrets.SecretValues;
import dev.composefix.text.TextRange;
import dev.composefix.yaml.CannotEditException;
import dev.composefix.yaml.NodeStarts;
import dev.composefix.yaml.ScalarSource;
import dev.composefix.yaml.YAlias;
import dev.composefix.yaml.YCollection;
import dev.composefix.yaml.YEntry;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import dev.composefix.yaml.YamlChange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Secret variable with a fallback default instead of ${VAR:?...}. */
public final class SecretDefaultRule implements Rule {

  private static final String SUMMARY =
      "Secret variable with a fallback default instead of ${VAR:?...}";

  static final String DOC =
      """
      # secret-default (CF002)

      ## What it does
      Finds secret variables that fall back to a default when they are not set:
      `${NAME:-value}`, `${NAME-value}` and the empty `${NAME:-}`, and turns each into
      `${NAME:?NAME is required}`. It looks wherever Compose interpolates a value: an environment
      item `- NAME=${NAME:-x}`, a map value, the middle of a string such as
      `postgres://app:${DB_PASSWORD:-x}@db/app`, a `command`, a healthcheck. Quoted values stay
      quoted and only the reference itself changes. A chain of defaults,
      `${A_PASSWORD:-${B_PASSWORD:-x}}`, keeps its order: A, else B, and only the last default
      goes, giving `${A_PASSWORD:-${B_PASSWORD:?B_PASSWORD is required}}`; a default that mixes
      text and other variables is replaced as a whole, by an unsafe fix. A secret nested in the
      default of a variable that is not secret,
      `${DATABASE_URL:-postgres://app:${DB_PASSWORD:-x}@db/app}`, is fixed where it stands.

      The last segment of the variable's name decides whether it is a secret: `PASSWORD`,
      `PASSWD`, `PASS`, `PWD`, `SECRET`, `TOKEN`, `KEY` or `CREDENTIALS` (so `API_KEY`,
      `SECRET_KEY` and `dbPassword` count, `TOKEN_TTL`, `PASSWORD_MIN_LENGTH` and `PUBLIC_KEY` do
      not). `MINIO_ROOT_USER` counts too, as half of MinIO's root credential; the shell's `PWD`
      does not.

      Left alone: an escaped `$${NAME:-x}`, which Compose does not interpolate; an existing
      `${NAME:?message}` or `${NAME?message}`; a default that is itself required,
      `${A_PASSWORD:-${B_PASSWORD:?B_PASSWORD is required}}`, which never supplies a value; and a
      default that is a switch (`true`, `false`, `yes`, `no`, `on`, `off`, `0`, `1`) or a path
      to a file (`${TLS_KEY:-/certs/tls.key}`), because such a variable is named like a secret
      without holding one.

      ## Why
      A default for a secret means that a stack started without its configuration starts anyway,
      with a password that everyone who can read the Compose file knows, or with an empty one. A
      database initialised that way keeps the weak password after the real one is configured.
      `${NAME:?NAME is required}` makes `docker compose up` stop at once with that message until
      the variable is set, which is the fail-fast behaviour the hardening review asked for:
      "Use `:?` syntax for mandatory secrets".

      ## Example
      ```yaml
      services:
        db:
          image: postgres:15-alpine
          environment:
            - POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-pmoves}
        api:
          image: example/api:1.4.2
          environment:
            DATABASE_URL: "postgres://app:${DB_PASSWORD:-app}@db/app"
      ```

      ## Use instead
      ```yaml
      services:
        db:
          image: postgres:15-alpine
          environment:
            - POSTGRES_PASSWORD=${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}
        api:
          image: example/api:1.4.2
          environment:
            DATABASE_URL: "postgres://app:${DB_PASSWORD:?DB_PASSWORD is required}@db/app"
      ```

      An empty default, `OPENAI_API_KEY: ${OPENAI_API_KEY:-}`, is reported too, with an unsafe
      fix: it marks a key that the stack may run without.

      ## Fix safety
      Safe. For a real default, as the hardening review asks: wherever the variable is set to a
      non-empty value, the stack receives exactly what it received before; the fix only removes
      the fallback, so a missing secret now stops `docker compose up` with a message naming the
      variable instead of starting with a known or empty secret. Unsafe for an empty default
      (`${AWS_SESSION_TOKEN:-}`) or a placeholder (`invalid`, `changeme`, `your-key-here`,
      `xxx`, `none`, `<token>`, ...): such a default usually marks an optional credential, and
      requiring it would stop the stack for everyone who does not use that integration. Safe
      again when the image knowledge base says the service's image requires the variable
      (`POSTGRES_PASSWORD` of the postgres image, `ARANGO_ROOT_PASSWORD`): an empty value never
      started a working container. The edit replaces only the reference, inside its scalar and in its quoting;
      when the reference stands in an anchor, the anchor is edited once and the finding says so.
      A variable that is optional on purpose (an API key for a provider you do not use) also
      becomes required: exempt it with `secrets.ignore`, or suppress the finding on its line.
      The default value is never printed: findings name the variable only, and the `--dry-run`
      diff shows it as `****` unless `--show-secrets` is given.

      ## Options
      - `images`: your own knowledge-base rows; their `credentials` with `required: true` keep
        the fix safe for an empty default.
      - `secrets.names`: more variable names to treat as secrets (exact names).
      - `secrets.ignore`: variable names never to treat as secrets (exact names); wins over
        `secrets.names`.
      """;

  private static final RuleMetadata METADATA =
      new RuleMetadata("secret-default", "CF002", SUMMARY, HIGH, SOMETIMES, SAFE, DOC);

  /** Defaults that mark an optional credential rather than a real one: "set me" sentinels. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "(?i)(invalid|change[-_]?me|change[-_]?this|replace[-_]?me|your[-_].*|<.*>|x{3,}|"
              + "todo|tbd|none|null|nil|placeholder|dummy|example|sample|not[-_]?set|unset|"
              + "sk-x+|\\.\\.\\.|-)");

  /**
   * One secret default and what the fix does with it.
   *
   * @param found the reference with the secret's default
   * @param edited the reference the fix makes required: {@code found}, or the innermost of a chain
   *     of defaults ({@code ${A:-${B:-x}}} keeps A and then B, and requires B)
   * @param applicability safe for a real default or a credential the image requires; unsafe for an
   *     empty or placeholder default, which usually marks an optional credential
   * @param why for an unsafe fix, why it is unsafe
   */
  private record Target(
      Interpolation.Reference found,
      Interpolation.Reference edited,
      Applicability applicability,
      String why) {}

  @Override
  public void check(RuleContext context) {
    List<YScalar> found = new ArrayList<>();
    List<List<Interpolation.Reference>> foundReferences = new ArrayList<>();
    // Only a value with a '$' can hold a reference. Last first: the order in which the walk over
    // the tree that this list replaced met them, kept so that nothing downstream sees another.
    List<YScalar> candidates = context.document().dollarValues();
    for (int i = candidates.size() - 1; i >= 0; i--) {
      YScalar scalar = candidates.get(i);
      List<Interpolation.Reference> references =
          SecretValues.secretDefaults(scalar.value(), context.config().secrets());
      if (!references.isEmpty()) {
        found.add(scalar);
        foundReferences.add(references);
      }
    }
    if (found.isEmpty()) {
      // The places and required credentials below walk every service; a file without secret
      // defaults (most files, and every fix pass after the first) needs neither.
      return;
    }
    Places places = Places.of(context.compose(), found);
    Map<YNode, Set<String>> required = requiredCredentials(context, found);
    for (int i = 0; i < found.size(); i++) {
      YScalar scalar = found.get(i);
      Set<String> credentials = required.getOrDefault(scalar, Set.of());
      List<Target> targets = new ArrayList<>();
      for (Interpolation.Reference reference : foundReferences.get(i)) {
        targets.add(target(scalar.value(), reference, credentials));
      }
      report(context, places.of(scalar), scalar, targets);
    }
  }

  /**
   * The credentials that the images of the services reaching each node require, from the image
   * knowledge base: for these an empty default never started a working container.
   */
  private static Map<YNode, Set<String>> requiredCredentials(
      RuleContext context, List<YScalar> wanted) {
    Set<YNode> asked = java.util.Collections.newSetFromMap(new IdentityHashMap<>(wanted.size()));
    asked.addAll(wanted);
    // A collection that holds no scalar asked about and no alias to follow records nothing.
    NodeStarts askedStarts = NodeStarts.of(wanted);
    NodeStarts aliasStarts = NodeStarts.of(context.document().aliases());
    Map<YNode, Set<String>> required = new IdentityHashMap<>();
    for (Service service : context.compose().services()) {
      Set<String> names = new HashSet<>();
      Optional<ContainerFacts> facts =
          ContainerFacts.forService(
              context.compose(),
              ExtendedService.of(context.compose(), service),
              context.images(),
              context.builds());
      if (facts.isPresent()) {
        for (Credential credential : facts.get().credentials()) {
          if (credential.required()) {
            names.add(credential.env());
          }
        }
      }
      if (names.isEmpty()) {
        continue;
      }
      Deque<YNode> pending = new ArrayDeque<>();
      pending.push(service.mapping());
      // Only an anchored node is reached twice in one service (through its aliases); only the
      // scalars asked about are recorded.
      Set<YNode> anchored = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      while (!pending.isEmpty()) {
        YNode node = pending.pop();
        if (node.anchor().isPresent() && !anchored.add(node)) {
          continue;
        }
        if (asked.contains(node)) {
          Set<String> reaching = required.get(node);
          if (reaching == null) {
            reaching = new HashSet<>();
            required.put(node, reaching);
          }
          reaching.addAll(names);
        }
        if (node instanceof YAlias alias) {
          pending.push(alias.target());
        } else if (node instanceof YCollection<?>
            && (askedStarts.anyWithin(node) || aliasStarts.anyWithin(node))) {
          pushChildren(node, pending);
        }
      }
    }
    return required;
  }

  /** Pushes a mapping's values or a sequence's items; nothing for any other node. */
  private static void pushChildren(YNode node, Deque<YNode> pending) {
    if (node instanceof YMapping mapping) {
      for (YEntry entry : mapping.entries()) {
        pending.push(entry.value());
      }
    } else if (node instanceof YSequence sequence) {
      for (YNode item : sequence.items()) {
        pending.push(item);
      }
    }
  }

  private static Target target(
      String text, Interpolation.Reference found, Set<String> requiredCredentials) {
    Interpolation.Reference edited = found;
    // Follow a default that is exactly another reference with a default: ${A:-${B:-x}}.
    while (true) {
      List<Interpolation.Reference> nested = Interpolation.nested(text, edited);
      if (nested.isEmpty()) {
        break;
      }
      Interpolation.Reference only = nested.get(0);
      if (nested.size() == 1
          && only.start() == edited.argumentStart()
          && only.end() == edited.argumentEnd()
          && (only.hasDefault() || only.operator().isEmpty())) {
        edited = only;
        if (only.hasDefault()) {
          continue;
        }
        break;
      }
      return new Target(
          found,
          found,
          Applicability.UNSAFE,
          "its default holds other variables, whose fallback the fix would drop");
    }
    String fallback = edited.argument(text).trim();
    boolean optional = fallback.isEmpty() || PLACEHOLDER.matcher(fallback).matches();
    boolean credential =
        requiredCredentials.contains(found.name()) || requiredCredentials.contains(edited.name());
    if (optional && !credential) {
      return new Target(
          found,
          edited,
          Applicability.UNSAFE,
          (fallback.isEmpty() ? "an empty default" : "a placeholder default")
              + " usually marks an optional credential, and requiring it stops docker compose up"
              + " for whoever does not set it");
    }
    return new Target(found, edited, Applicability.SAFE, "");
  }

  /**
   * Reports each reference of one scalar. The safe ones share one fix and the unsafe ones another,
   * so that two fixes of one kind never claim the same scalar.
   */
  private void report(RuleContext context, String place, YScalar scalar, List<Target> targets) {
    Map<Applicability, RuleContext.Attempt> attempts = new EnumMap<>(Applicability.class);
    for (Applicability applicability : List.of(Applicability.SAFE, Applicability.UNSAFE)) {
      List<Target> group = new ArrayList<>();
      for (Target target : targets) {
        if (target.applicability() == applicability) {
          group.add(target);
        }
      }
      if (group.isEmpty()) {
        continue;
      }
      RuleContext.Attempt attempt;
      try {
        attempt =
            context.fixed(
                group.size() == 1
                    ? "Require " + group.get(0).edited().name()
                    : "Require the secrets",
                applicability,
                scalar,
                requireAll(context, scalar, group));
      } catch (CannotEditException e) {
        attempt = RuleContext.cannotFix(e);
      }
      attempts.put(applicability, attempt);
    }
    Optional<ScalarSource> source = ScalarSource.of(scalar, context.document().source());
    for (Target target : targets) {
      Interpolation.Reference reference = target.found();
      // The reference's text, or the point where it starts when escapes split it, or the scalar.
      TextRange at = scalar.span();
      if (source.isPresent()) {
        Optional<TextRange> range = source.get().sourceRange(reference.start(), reference.end());
        if (range.isEmpty()) {
          range = source.get().sourceRange(reference.start(), reference.start());
        }
        at = range.orElse(at);
      }
      RuleContext.Attempt attempt = attempts.get(target.applicability());
      String message =
          place
              + ": secret "
              + reference.name()
              + " falls back to "
              + fallback(scalar.value(), target)
              + (target.edited() == reference ? "; require it with " : "; require the last with ")
              + Interpolation.required(target.edited().name())
              + (target.why().isEmpty() ? "" : " (an unsafe fix: " + target.why() + ")")
              + attempt.note();
      context.report(at, METADATA.severity(), message, attempt.fix().orElse(null));
    }
  }

  /** What the default does, without ever quoting it: it may be the secret. */
  private static String fallback(String text, Target target) {
    Interpolation.Reference reference = target.found();
    if (target.edited() != reference) {
      return "the variable "
          + target.edited().name()
          + (target.edited().hasDefault()
              ? ", which falls back to a default, so the stack starts with that default instead of"
                  + " failing"
              : ", which may be unset too, so the stack starts without it instead of failing");
    }
    String when =
        reference.operator().equals(":-") ? "when it is unset or empty" : "when it is unset";
    return reference.hasEmptyArgument()
        ? "an empty value when it is unset, so the stack starts without it instead of failing"
        : "a default " + when + ", so the stack starts with that default instead of failing";
  }

  private static YamlChange requireAll(RuleContext context, YScalar scalar, List<Target> targets)
      throws CannotEditException {
    List<Interpolation.Reference> references = new ArrayList<>();
    for (Target target : targets) {
      references.add(target.edited());
    }
    String value = scalar.value();
    int from = references.get(0).start();
    int to = references.get(references.size() - 1).end();
    StringBuilder replacement = new StringBuilder();
    int cursor = from;
    for (Interpolation.Reference reference : references) {
      replacement
          .append(value, cursor, reference.start())
          .append(Interpolation.required(reference.name()));
      cursor = reference.end();
    }
    return context.editor().replaceInScalar(scalar, from, to, replacement.toString());
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
