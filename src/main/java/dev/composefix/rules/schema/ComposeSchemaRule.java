package dev.composefix.rules.schema;

import static dev.composefix.lint.Applicability.DISPLAY_ONLY;
import static dev.composefix.lint.FixAvailability.NONE;
import static dev.composefix.lint.Severity.HIGH;

import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleContext;
import dev.composefix.lint.RuleMetadata;

/** A file that the Compose Specification's schema rejects, so Compose refuses to run it. */
public final class ComposeSchemaRule implements Rule {

  private static final String SUMMARY = "Key or value the Compose Specification's schema rejects";

  static final String DOC =
      """
      # compose-schema (CF012)

      ## What it does
      Checks the file against the Compose Specification's JSON schema (draft-07, published by the
      compose-spec project under the Apache-2.0 licence; compose-fix ships a copy with a note on
      where it comes from) and reports every violation, not only the first, each at the line and
      column of the node it is about: the offending value, the unknown key, the list item written
      twice, or the key of a mapping that lacks a required key. Messages name the path and say
      what was expected:

      - `services.web.healthcheck.interval: expected a duration like 30s, got 30`
      - `services.web: unknown key 'helthcheck'; did you mean 'healthcheck'?`
      - `services.web.depends_on.db: missing required key 'condition'`
      - `services.web.environment: 'A=1' is listed twice (first on line 7)`
      - `services.web.healthcheck.test: expected a string or a list of strings, got 5`

      The file is read as Compose reads it before interpolation: merge keys (`<<: *x`) applied,
      aliases expanded, `!reset` keys removed, and plain scalars typed by the YAML 1.2 core schema
      (`30` is a number, `"30"` and `30s` are strings, `true` is a boolean, an empty value is
      null). A value merged in from an anchor is reported where the anchor writes it.

      Values with variables. Compose interpolates `${VAR}`, `${VAR:-default}` and `$VAR` before
      it validates, and converts the result to the number or boolean a field needs, so
      `cpus: ${CPUS:-1}` and `gpus: ${GPUS:-all}` are valid although the text is not a number or
      `all`. A string that refers to a variable therefore passes every check that interpolation
      could satisfy: type checks that want a number, an integer, a boolean or a string, allowed
      values (`enum`), patterns and minimum or maximum. It is still reported where no text could
      do: a string where Compose needs a mapping or a list (`healthcheck: ${HC}`). Where the
      schema offers several forms (`oneOf`), the value passes when one form's only objections
      were such checks. Keys, unknown or missing, and duplicate list items are checked as written.

      This rule is opt-in: it runs only when selected, with `--select compose-schema` (or
      `--select CF012`) or `select:` in `.compose-fix.yaml`. Loading the validator and the schema
      makes a cold start markedly slower, and the runs where start-up matters most (pre-commit on
      every commit) rarely need it; a run that does not select it loads none of it.

      ## Why
      Compose validates every file against this schema and refuses to start anything when a file
      breaks it, with a message that names the path but not the line. A typo in a key that is
      merely unknown to you (`helthcheck:`) fails the whole stack, and a value of the wrong type
      (`interval: 30` instead of `30s`) too. The hardening review this tool comes from ends every
      change with "verify the compose file still validates"; this rule is that step, with the
      line of each problem. compose-fix's own fixes are tested to keep valid files valid.

      ## Example
      ```yaml
      services:
        web:
          image: nginx:1.27
          helthcheck:
            test: ["CMD", "curl", "-sf", "http://localhost/"]
          ports:
            - "80:80"
            - "80:80"
          depends_on:
            db:
              restart: true
      ```

      ## Use instead
      ```yaml
      services:
        web:
          image: nginx:1.27
          healthcheck:
            test: ["CMD", "curl", "-sf", "http://localhost/"]
          ports:
            - "80:80"
          depends_on:
            db:
              condition: service_healthy
              restart: true
      ```

      ## Fix safety
      None. A schema violation is a mistake whose right correction the file does not show: which
      key was meant, which of two duplicate entries to keep, what unit a bare number was in. The
      finding says what is wrong and where; a human decides.

      ## Options
      None. Turn it on with `--select compose-schema` or `select: [compose-schema, ...]` in
      `.compose-fix.yaml`; a `select` that lists it runs only the rules it lists.
      """;

  private static final RuleMetadata METADATA =
      new RuleMetadata("compose-schema", "CF012", SUMMARY, HIGH, NONE, DISPLAY_ONLY, DOC)
          .optIn(
              "the JSON-schema validator, Jackson and the schema load about 900 more classes, which"
                  + " made a cold `--check` with every rule 1.25 to 1.45 times as slow when"
                  + " measured side by side, more than a run on every commit should pay; runs that"
                  + " do not select it load none of them");

  @Override
  public void check(RuleContext context) {
    for (SchemaViolation violation : ComposeSchema.check(context.document(), Variables.UNKNOWN)) {
      context.report(violation.at(), violation.message());
    }
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
