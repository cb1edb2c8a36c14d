package dev.composefix.rules.secrets;

import static dev.composefix.lint.Applicability.UNSAFE;
import static dev.composefix.lint.FixAvailability.SOMETIMES;
import static dev.composefix.lint.Severity.HIGH;

import dev.composefix.compose.Environment;
import dev.composefix.compose.EnvironmentEntry;
import dev.composefix.compose.Interpolation;
import dev.composefix.compose.Service;
import dev.composefix.lint.Applicability;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleContext;
import dev.composefix.lint.RuleMetadata;
import dev.composefix.secrets.SecretNames;
import dev.composefix.secrets.SecretValues;
import dev.composefix.yaml.CannotEditException;
import dev.composefix.yaml.YScalar;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/** Secret written into the file as a literal value. */
public final class SecretHardcodedRule implements Rule {

  private static final String SUMMARY = "Secret written into the file as a literal value";

  static final String DOC =
      """
      # secret-hardcoded (CF010)

      ## What it does
      Finds secrets written into a service's `environment` as literal values, in the list style
      (`- MINIO_ROOT_PASSWORD=minioadmin`) or the map style (`MINIO_ROOT_PASSWORD: minioadmin`),
      including entries merged in with `<<: *anchor` and values reached through an alias. The fix
      replaces the value with `${NAME:?NAME is required}`, so the secret comes from the
      environment or an `.env` file instead.

      A variable is a secret by the last segment of its name, as in `secret-default`: `PASSWORD`,
      `PASSWD`, `PASS`, `PWD`, `SECRET`, `TOKEN`, `KEY`, `CREDENTIALS`, and `MINIO_ROOT_USER`.
      Its value counts as hard-coded unless it is:
      - empty (`- NAME`, `- NAME=`, `NAME:`, `NAME: ""`) or YAML null: nothing is written down;
      - a value with a variable reference anywhere (`$NAME`, `${NAME}`, `${NAME:-x}`,
        `prefix-${NAME}`): the value comes from outside, and a default in it is `secret-default`'s
        business;
      - a switch, `true`, `false`, `yes`, `no`, `on`, `off`, `0` or `1`, in any case: variables
        such as `MYSQL_RANDOM_ROOT_PASSWORD: "yes"` are named like secrets but are settings;
      - a path to a file, such as `/run/secrets/db_password`, `/certs/tls.key` or
        `./certs/ca.key`: the variable says where the secret is, not what it is.

      Only environments that services use are checked, once per value: a value shared through an
      anchor is reported for the first service that uses it.

      ## Why
      A secret in the Compose file is in every clone of the repository and in its history for
      good; everyone who can read the file can log in, and every deployment of the file shares the
      same credential. Defaults such as `minioadmin` or `changeme` are the first thing an attacker
      tries. Kept out of the file, the secret can differ per deployment and be rotated without a
      commit.

      ## Example
      ```yaml
      services:
        minio:
          image: minio/minio:RELEASE.2024-12-18T13-15-44Z
          environment:
            MINIO_ROOT_USER: admin
            MINIO_ROOT_PASSWORD: minioadmin
        db:
          image: postgres:15-alpine
          environment:
            - POSTGRES_PASSWORD=changeme
      ```

      ## Use instead
      ```yaml
      services:
        minio:
          image: minio/minio:RELEASE.2024-12-18T13-15-44Z
          environment:
            MINIO_ROOT_USER: ${MINIO_ROOT_USER:?MINIO_ROOT_USER is required}
            MINIO_ROOT_PASSWORD: ${MINIO_ROOT_PASSWORD:?MINIO_ROOT_PASSWORD is required}
        db:
          image: postgres:15-alpine
          environment:
            - POSTGRES_PASSWORD=${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}
      ```
      with the values in an `.env` file next to the Compose file, kept out of version control.

      ## Fix safety
      Unsafe. After the fix the stack no longer starts until the variable is set, and the value
      that was in the file is gone from it: you must put it (or better, a new secret) into the
      environment or an `.env` file yourself. A database or object store initialised with the old
      value keeps it, so setting a new one can lock its clients out until you change it there
      too. The fix writes only the value: a list item keeps its `NAME=` and its quotes, a map value
      keeps its quoting where the new value allows it (a plain value inside `[...]` or `{...}`
      is double-quoted, because the braces of `${...}` cannot stand plain there). When the value stands in an anchor, the anchor is
      edited once and the finding says so; a multi-line block scalar is reported without a fix.
      The secret itself is never printed: findings name the variable only, and the `--dry-run`
      diff shows the value as `****` unless `--show-secrets` is given.

      ## Options
      - `secrets.names`: more variable names to treat as secrets (exact names).
      - `secrets.ignore`: variable names never to treat as secrets (exact names); wins over
        `secrets.names`.
      """;

  private static final RuleMetadata METADATA =
      new RuleMetadata("secret-hardcoded", "CF010", SUMMARY, HIGH, SOMETIMES, UNSAFE, DOC);

  @Override
  public void check(RuleContext context) {
    Set<YScalar> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Service service : context.compose().services()) {
      Optional<Environment> environment = Environment.of(service);
      if (environment.isEmpty()) {
        continue;
      }
      for (EnvironmentEntry entry : environment.get().entries()) {
        // A fix writes ${NAME:?...}, which only a variable name can be.
        if (Interpolation.isVariableName(entry.name())
            && SecretNames.isSecret(entry.name(), context.config().secrets())
            && SecretValues.isHardCoded(entry)
            && reported.add(entry.scalar().orElseThrow())) {
          report(context, service, entry);
        }
      }
    }
  }

  private static void report(RuleContext context, Service service, EnvironmentEntry entry) {
    YScalar scalar = entry.scalar().orElseThrow();
    String required = Interpolation.required(entry.name());
    String message =
        "service '"
            + service.name()
            + "': "
            + entry.name()
            + " is hard-coded, so everyone who can read"
            + " this file or its history has it; set it in the environment or an .env file and use "
            + required;
    RuleContext.Attempt attempt;
    try {
      attempt =
          context.fixed(
              "Read " + entry.name() + " from the environment",
              Applicability.UNSAFE,
              scalar,
              entry.listStyle()
                  ? context
                      .editor()
                      .replaceInScalar(
                          scalar, entry.valueOffset(), scalar.value().length(), required)
                  : context.editor().replaceScalar(scalar, required));
    } catch (CannotEditException e) {
      attempt = RuleContext.cannotFix(e);
    }
    context.report(entry.key(), message, attempt);
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
