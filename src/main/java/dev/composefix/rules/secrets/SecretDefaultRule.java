package dev.composefix.rules.secrets;

import static dev.composefix.lint.Applicability.SAFE;
import static dev.composefix.lint.FixAvailability.SOMETIMES;
import static dev.composefix.lint.Severity.HIGH;

import dev.composefix.compose.Interpolation;
import dev.composefix.lint.Applicability;
import dev.composefix.lint.Places;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleContext;
import dev.composefix.lint.RuleMetadata;
import dev.composefix.secrets.SecretValues;
import dev.composefix.text.TextRange;
import dev.composefix.yaml.CannotEditException;
import dev.composefix.yaml.ScalarSource;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import dev.composefix.yaml.YamlChange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

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
      quoted and only the reference itself changes. A default that nests another reference,
      `${A_PASSWORD:-${B_PASSWORD:-x}}`, is replaced as a whole; a secret nested in the default of
      a variable that is not secret, `${DATABASE_URL:-postgres://app:${DB_PASSWORD:-x}@db/app}`,
      is fixed where it stands.

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
        minio:
          image: minio/minio:RELEASE.2024-12-18T13-15-44Z
          environment:
            MINIO_ROOT_USER: ${MINIO_ROOT_USER:-}
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
        minio:
          image: minio/minio:RELEASE.2024-12-18T13-15-44Z
          environment:
            MINIO_ROOT_USER: ${MINIO_ROOT_USER:?MINIO_ROOT_USER is required}
        api:
          image: example/api:1.4.2
          environment:
            DATABASE_URL: "postgres://app:${DB_PASSWORD:?DB_PASSWORD is required}@db/app"
      ```

      ## Fix safety
      Safe. Wherever the variable is set to a non-empty value, the stack receives exactly what it
      received before; the fix only removes the fallback, so a missing secret now stops
      `docker compose up` with a message naming the variable instead of starting with a known or
      empty secret. The edit replaces only the reference, inside its scalar and in its quoting;
      when the reference stands in an anchor, the anchor is edited once and the finding says so.
      A variable that is optional on purpose (an API key for a provider you do not use) also
      becomes required: exempt it with `secrets.ignore`, or suppress the finding on its line.
      The default value is never printed: findings name the variable only, and the `--dry-run`
      diff shows it as `****` unless `--show-secrets` is given.

      ## Options
      - `secrets.names`: more variable names to treat as secrets (exact names).
      - `secrets.ignore`: variable names never to treat as secrets (exact names); wins over
        `secrets.names`.
      """;

  private static final RuleMetadata METADATA =
      new RuleMetadata("secret-default", "CF002", SUMMARY, HIGH, SOMETIMES, SAFE, DOC);

  @Override
  public void check(RuleContext context) {
    if (context.document().root().isEmpty()) {
      return;
    }
    Places places = Places.of(context.compose());
    Deque<YNode> pending = new ArrayDeque<>();
    pending.push(context.document().root().get());
    List<YScalar> scalars = new ArrayList<>();
    while (!pending.isEmpty()) {
      YNode node = pending.pop();
      if (node instanceof YScalar scalar) {
        scalars.add(scalar);
      } else if (node instanceof YMapping mapping) {
        mapping.entries().forEach(entry -> pending.push(entry.value()));
      } else if (node instanceof YSequence sequence) {
        sequence.items().forEach(pending::push);
      }
    }
    for (YScalar scalar : scalars) {
      List<Interpolation.Reference> references =
          SecretValues.secretDefaults(scalar.value(), context.config().secrets());
      if (!references.isEmpty()) {
        report(context, places.of(scalar), scalar, references);
      }
    }
  }

  /**
   * Reports each reference of one scalar. They share one fix that rewrites them all, so that two
   * edits never claim the same scalar; the fix loop makes an identical fix once.
   */
  private void report(
      RuleContext context, String place, YScalar scalar, List<Interpolation.Reference> references) {
    RuleContext.Attempt attempt =
        context.tryFix(
            references.size() == 1 ? "Require " + references.get(0).name() : "Require the secrets",
            Applicability.SAFE,
            scalar,
            () -> requireAll(context, scalar, references));
    Optional<ScalarSource> source = ScalarSource.of(scalar, context.document().source());
    for (Interpolation.Reference reference : references) {
      // The reference's text, or the point where it starts when escapes split it, or the scalar.
      TextRange at =
          source
              .flatMap(
                  map ->
                      map.sourceRange(reference.start(), reference.end())
                          .or(() -> map.sourceRange(reference.start(), reference.start())))
              .orElse(scalar.span());
      String message =
          place
              + ": secret "
              + reference.name()
              + " falls back to "
              + fallback(reference)
              + "; require it with "
              + Interpolation.required(reference.name())
              + attempt.note();
      context.report(at, METADATA.severity(), message, attempt.fix().orElse(null));
    }
  }

  /** What the default does, without ever quoting it: it may be the secret. */
  private static String fallback(Interpolation.Reference reference) {
    String when =
        reference.operator().equals(":-") ? "when it is unset or empty" : "when it is unset";
    return reference.hasEmptyArgument()
        ? "an empty value when it is unset, so the stack starts without it instead of failing"
        : "a default " + when + ", so the stack starts with that default instead of failing";
  }

  private static YamlChange requireAll(
      RuleContext context, YScalar scalar, List<Interpolation.Reference> references)
      throws CannotEditException {
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
