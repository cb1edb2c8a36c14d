package dev.composefix.rules.healthcheck;

import static dev.composefix.lint.Applicability.SAFE;
import static dev.composefix.lint.FixAvailability.SOMETIMES;
import static dev.composefix.lint.Severity.MEDIUM;

import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.HealthcheckTest;
import dev.composefix.compose.Healthchecks;
import dev.composefix.compose.Service;
import dev.composefix.lint.Fix;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleContext;
import dev.composefix.lint.RuleMetadata;
import dev.composefix.lint.Severity;
import dev.composefix.shell.CommandWords;
import dev.composefix.shell.ShellScript;
import dev.composefix.shell.ShellWord;
import dev.composefix.text.TextRange;
import dev.composefix.yaml.CannotEditException;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.ScalarSource;
import dev.composefix.yaml.ValueEdit;
import dev.composefix.yaml.YAlias;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import dev.composefix.yaml.YamlChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** curl in a healthcheck without -sf. */
public final class CurlFlagsRule implements Rule {

  private static final String SUMMARY = "curl in a healthcheck without -sf";

  static final String DOC =
      """
      # curl-flags (CF005)

      ## What it does
      Finds every curl call in a healthcheck `test` that is not written with the standard
      leading `-sf`, and writes it so. Every form of `test` is read: `["CMD", "curl", ...]`,
      `["CMD", "sh", "-c", "..."]` (any of sh, bash, ash, dash, zsh and ksh, with other options
      around `-c`, as in `bash -o pipefail -ec`), `["CMD-SHELL", "..."]` and a plain string. A
      shell command line may hold several commands joined by `||`, `&&`, `;` or `|`, or inside
      `$(...)`; each curl in it is checked. A service whose image the image knowledge base says
      has no curl is skipped: its check never runs, and healthcheck-tool reports it. That image
      may be set in another file of the project, as when an override adds the healthcheck over a
      base.

      `-f`, `--fail`, `-s` and `--silent`, alone or inside clusters such as `-fsSL`, fold into one
      `-sf` right after `curl`. Every other option and argument keeps its place, and a cluster
      keeps its other letters: `curl -fsSL URL` becomes `curl -sf -SL URL`. Option values are
      skipped using curl's own option table, so `-o /dev/null`, `-H "X: y"`, `-m 5` or
      `-w '%{http_code}'` are never read as flags.

      A curl that already starts with one cluster of both flags, `-sf` or `-fs`, is left alone;
      `-f -s` and `-s -f` written apart fold into `-sf`, whatever options follow them. `-S`
      (`--show-error`) may sit in the cluster: `-fsS` and `-sSf` count as standard, because `-S`
      only puts curl's error message into the health log, which helps whoever reads it. Also left
      alone:
      a curl with `--fail-with-body` (it fails on HTTP errors already, and curl refuses it together
      with `-f`), and a curl without a URL.

      In a project of several files, a test that a later file replaces, or a healthcheck it
      turns off, is not judged: only the test that runs is.

      ## Why
      A curl without `-f` exits 0 on HTTP 500, so a health check built on it can never fail: a
      server that answers every request with an error page stays "healthy", and dependants
      waiting on `service_healthy` start against it. With `-f`, curl exits 22 on any HTTP status
      of 400 or more. Without `-s`, curl writes its progress meter into the health log at every
      probe. The hardening review this rule comes from standardized every health check on
      `curl -sf`; one spelling makes the missing flag easy to see.

      A curl whose output goes into a pipe or a `$(...)` is checked too: without `-f` it hands an
      error page to whatever reads its output, which then has to tell it from a good answer. One
      that writes the status code out there with `-w '%{http_code}'` checks the status itself and
      is left alone.

      A missing `-f` is reported as medium; a missing `-s`, or flags that are set but not in the
      standard form, as low.

      ## Example
      ```yaml
      services:
        api:
          image: example/api:1.4
          healthcheck:
            test: ["CMD", "curl", "http://localhost:8080/healthz"]
        web:
          image: example/web:2.0
          healthcheck:
            test: curl --silent --fail -o /dev/null http://localhost/ || exit 1
      ```

      ## Use instead
      ```yaml
      services:
        api:
          image: example/api:1.4
          healthcheck:
            test: ["CMD", "curl", "-sf", "http://localhost:8080/healthz"]
        web:
          image: example/web:2.0
          healthcheck:
            test: curl -sf -o /dev/null http://localhost/ || exit 1
      ```

      ## Fix safety
      Safe. The fix changes exactly what the rule is about: a probe that gets an HTTP error
      now fails. Every other option and argument stays as written and in its order, and so do
      the quoting and layout of the YAML; a new `-sf` item in a list takes the quoting of the
      `curl` item before it. `-s` also hides curl's own error messages, which is why an existing
      `-S` is kept. A check that pointed at a URL answering 401 or 404 while the service is fine
      (a login page, a root path behind authentication) was never a real check, and after the
      fix it says so: point it at a health endpoint.

      When a flag cannot be edited exactly (a command line with a here-document, a flag written
      with quotes or escapes inside it, an unknown option followed by something that looks like
      a flag, `--next`), the finding is reported without a fix and says why. When the test is
      shared through an anchor, the anchor is edited once and the finding says so.

      ## Options
      - `images`: your own knowledge-base rows; a service whose image they say lacks curl is
        skipped.
      """;

  private static final RuleMetadata METADATA =
      new RuleMetadata("curl-flags", "CF005", SUMMARY, MEDIUM, SOMETIMES, SAFE, DOC);

  private static final String TITLE = "Fold the curl flags into a leading -sf";

  /** Words that may stand before a command's name without being it. */
  private static final Set<String> PREFIXES =
      Set.of(
          "{", "if", "then", "else", "elif", "do", "while", "until", "exec", "command", "time",
          "nohup");

  private static final Pattern ASSIGNMENT =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);

  /** A curl word and an -f flag, for command lines that cannot be read exactly. */
  private static final Pattern CURL_WORD =
      Pattern.compile("(?:^|(?<=[\\s;|&(`'\"]))(?:[\\w.-]*/)*curl(?=[\\s;|&)`'\"]|$)");

  private static final Pattern FAIL_FLAG =
      Pattern.compile("(?<![\\w-])(?:--fail\\b|-[a-zA-Z0-9#]*f)");

  @Override
  public void check(RuleContext context) {
    for (Healthchecks.Tested tested : context.testsThatRun()) {
      Service service = tested.service();
      YMapping healthcheck = tested.healthcheck();
      HealthcheckTest test = tested.test();
      // A curl the image lacks never runs: healthcheck-tool reports it, and its flags do not
      // matter.
      Optional<ProbedImage> probed =
          ProbedImage.of(context, ExtendedService.of(context.compose(), service));
      boolean lacksCurl = probed.isPresent() && probed.get().facts().lacks("curl");
      if (lacksCurl) {
        continue;
      }
      Optional<YNode> sharedAt = sharedTestLocation(service, healthcheck);
      if (test.form() == HealthcheckTest.Form.SHELL) {
        checkScript(context, service, test.shellCommand().orElseThrow(), sharedAt);
        continue;
      }
      YSequence sequence = (YSequence) test.node();
      List<YScalar> argv = test.argv();
      if (isCurl(argv.get(0).value())) {
        checkArgv(context, service, sequence, sharedAt);
      } else {
        int script = ShellScript.scriptIndex(test.words());
        if (script > 0) {
          checkScript(context, service, argv.get(script), sharedAt);
        }
      }
    }
  }

  /**
   * Where to report when the test is not written in the service itself but reached through an alias
   * or a merge key: the service's own key that leads to it.
   */
  private static Optional<YNode> sharedTestLocation(Service service, YMapping healthcheck) {
    Mappings.Found found = service.find("healthcheck").orElseThrow();
    if (found.inherited()) {
      return Optional.of(service.nameNode());
    }
    if (found.entry().value() instanceof YAlias) {
      return Optional.of(found.entry().key());
    }
    Mappings.Found test = Mappings.find(healthcheck, "test").orElseThrow();
    if (test.inherited()) {
      return Optional.of(found.entry().key());
    }
    return test.entry().value() instanceof YAlias
        ? Optional.of(test.entry().key())
        : Optional.empty();
  }

  /** {@code ["CMD", "curl", args...]}: the arguments are items of the list. */
  private void checkArgv(
      RuleContext context, Service service, YSequence sequence, Optional<YNode> sharedAt) {
    List<YNode> items = sequence.items();
    List<String> args = new ArrayList<>();
    for (YNode item : items.subList(2, items.size())) {
      args.add(Mappings.asScalar(item).orElseThrow().value());
    }
    CurlArguments curl = CurlArguments.read(args);
    if (!needsFix(curl.status())) {
      return;
    }
    String message = message(service, curl.status(), false);
    Fix fix = null;
    if (curl.unreadable().isPresent()) {
      message += RuleContext.noFix(curl.unreadable().get());
    } else {
      try {
        fix = Fix.safe(TITLE, argvChange(context, sequence, curl.fold()));
        message += context.sharedAnchorNote(sequence);
      } catch (CannotEditException e) {
        message += RuleContext.noFix(e.getMessage());
      }
    }
    context.report(sharedAt.orElse(items.get(1)).span(), severity(curl.status()), message, fix);
  }

  private static YamlChange argvChange(
      RuleContext context, YSequence sequence, CurlArguments.Fold fold) throws CannotEditException {
    List<YamlChange> changes = new ArrayList<>();
    if (fold.insertLeading()) {
      changes.add(context.editor().insertItemAfter(sequence, 1, "-sf"));
    }
    List<Integer> removed = new ArrayList<>();
    for (CurlArguments.ArgEdit edit : fold.edits()) {
      YNode item = sequence.items().get(edit.arg() + 2);
      if (edit.remove()) {
        removed.add(edit.arg() + 2);
      } else if (item instanceof YScalar scalar && scalar.anchor().isEmpty()) {
        changes.add(
            context.editor().replaceInScalar(scalar, edit.from(), edit.to(), edit.replacement()));
      } else {
        throw new CannotEditException("a flag item is an anchor or an alias");
      }
    }
    if (!removed.isEmpty()) {
      changes.add(context.editor().removeItems(sequence, removed));
    }
    YamlChange all = changes.get(0);
    for (YamlChange change : changes.subList(1, changes.size())) {
      all = all.plus(change);
    }
    return all;
  }

  /** One curl call found in a shell command line, with its edits when it has them. */
  private record ShellCurl(
      CommandWords.Command command,
      int curlWord,
      CurlArguments curl,
      Optional<List<ValueEdit>> edits,
      String noFixReason) {}

  /** A shell command line: every curl in it, all fixed by one change of the scalar. */
  private void checkScript(
      RuleContext context, Service service, YScalar scalar, Optional<YNode> sharedAt) {
    CommandWords.Result parsed = CommandWords.read(scalar.value());
    if (parsed.script().isEmpty()) {
      if (lacksFail(scalar.value())) {
        String message =
            message(service, CurlArguments.Status.MISSING_FAIL, false)
                + RuleContext.noFix(
                    "the command line has "
                        + parsed.unsupported().orElseThrow()
                        + ", which compose-fix does not edit");
        context.report(
            sharedAt.orElse(scalar).span(),
            severity(CurlArguments.Status.MISSING_FAIL),
            message,
            null);
      }
      return;
    }
    List<ShellCurl> found = new ArrayList<>();
    List<ValueEdit> edits = new ArrayList<>();
    for (CommandWords.Command command : parsed.script().get().commands()) {
      int at = curlWord(command.words());
      if (at < 0) {
        continue;
      }
      List<String> args = new ArrayList<>();
      for (ShellWord word : command.words().subList(at + 1, command.words().size())) {
        args.add(word.text());
      }
      CurlArguments curl = CurlArguments.read(args);
      if (!needsFix(curl.status()) || command.outputUsed() && curl.writesOut()) {
        continue;
      }
      Optional<List<ValueEdit>> own =
          curl.unreadable().isPresent()
              ? Optional.empty()
              : scriptEdits(scalar.value(), command.words(), at, curl.fold());
      if (own.isPresent()) {
        edits.addAll(own.get());
      }
      found.add(
          new ShellCurl(
              command,
              at,
              curl,
              own,
              curl.unreadable().orElse("a flag is written with quotes or escapes inside it")));
    }
    if (found.isEmpty()) {
      return;
    }
    Fix fix = null;
    String failure = null;
    if (!edits.isEmpty()) {
      try {
        fix = Fix.safe(TITLE, context.editor().replaceInScalar(scalar, edits));
      } catch (CannotEditException e) {
        failure = e.getMessage();
      }
    }
    for (ShellCurl call : found) {
      CurlArguments.Status status = call.curl().status();
      String message = message(service, status, call.command().outputUsed());
      boolean fixed = fix != null && call.edits().isPresent();
      if (fixed) {
        message += context.sharedAnchorNote(scalar);
      } else {
        message += RuleContext.noFix(call.edits().isPresent() ? failure : call.noFixReason());
      }
      ShellWord curlWord = call.command().words().get(call.curlWord());
      TextRange at =
          sharedAt.isPresent() ? sharedAt.get().span() : curlRange(context, scalar, curlWord);
      context.report(at, severity(status), message, fixed ? fix : null);
    }
  }

  /**
   * The edits in the script's own text: a new {@code -sf} after {@code curl}, flags removed with
   * the blank before them, letters dropped from clusters; empty when a flag is not written as plain
   * characters.
   */
  private static Optional<List<ValueEdit>> scriptEdits(
      String script, List<ShellWord> words, int curlAt, CurlArguments.Fold fold) {
    List<ValueEdit> edits = new ArrayList<>();
    if (fold.insertLeading()) {
      edits.add(ValueEdit.insert(words.get(curlAt).end(), " -sf"));
    }
    for (CurlArguments.ArgEdit edit : fold.edits()) {
      ShellWord word = words.get(curlAt + 1 + edit.arg());
      if (edit.remove()) {
        int blank = word.start();
        while (blank > 0 && (script.charAt(blank - 1) == ' ' || script.charAt(blank - 1) == '\t')) {
          blank--;
        }
        if (blank == word.start()) {
          return Optional.empty();
        }
        edits.add(ValueEdit.delete(blank, word.end()));
      } else if (edit.from() == 0 && edit.to() == word.text().length()) {
        edits.add(new ValueEdit(word.start(), word.end(), edit.replacement()));
      } else if (word.isContiguous(edit.from(), edit.to())) {
        edits.add(
            new ValueEdit(
                word.offsetOf(edit.from()), word.offsetOf(edit.to() - 1) + 1, edit.replacement()));
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(edits);
  }

  /** The index of the word that runs curl in a simple command, or -1. */
  private static int curlWord(List<ShellWord> words) {
    int i = 0;
    while (i < words.size()) {
      String word = words.get(i).text();
      if (PREFIXES.contains(word) || ASSIGNMENT.matcher(word).matches()) {
        i++;
      } else if (word.equals("env")) {
        i++;
        while (i < words.size() && words.get(i).text().startsWith("-")) {
          i++;
        }
      } else if (word.equals("timeout")) {
        i++;
        while (i < words.size() && words.get(i).text().startsWith("-")) {
          String option = words.get(i).text();
          i +=
              option.equals("-s")
                      || option.equals("-k")
                      || option.equals("--signal")
                      || option.equals("--kill-after")
                  ? 2
                  : 1;
        }
        i++;
      } else {
        return isCurl(word) ? i : -1;
      }
    }
    return -1;
  }

  /**
   * Where a shell finding points: the curl word when it sits on the scalar's first line, else the
   * scalar.
   */
  private static TextRange curlRange(RuleContext context, YScalar scalar, ShellWord word) {
    Optional<ScalarSource> source = ScalarSource.of(scalar, context.document().source());
    Optional<TextRange> range =
        source.isPresent() ? source.get().sourceRange(word.start(), word.end()) : Optional.empty();
    int firstLine = context.document().source().lineIndexOf(scalar.span().start());
    return range.isPresent()
            && context.document().source().lineIndexOf(range.get().start()) == firstLine
        ? range.get()
        : scalar.span();
  }

  /** For a command line that cannot be read exactly: a curl word and, after it, nothing like -f. */
  private static boolean lacksFail(String script) {
    Matcher curl = CURL_WORD.matcher(script);
    return curl.find() && !FAIL_FLAG.matcher(script.substring(curl.end())).find();
  }

  private static boolean needsFix(CurlArguments.Status status) {
    return status == CurlArguments.Status.MISSING_FAIL
        || status == CurlArguments.Status.MISSING_SILENT
        || status == CurlArguments.Status.NOT_STANDARD;
  }

  private Severity severity(CurlArguments.Status status) {
    return status == CurlArguments.Status.MISSING_FAIL ? METADATA.severity() : Severity.LOW;
  }

  private static String message(Service service, CurlArguments.Status status, boolean outputUsed) {
    String what =
        switch (status) {
          case MISSING_FAIL ->
              outputUsed
                  ? "a curl without -f exits 0 on HTTP 500 and hands the error page to whatever"
                      + " reads its output"
                  : "a curl without -f exits 0 on HTTP 500, so this health check can never fail";
          case MISSING_SILENT -> "a curl without -s writes its progress meter into the health log";
          default -> "curl sets -s and -f, but not as the standard leading -sf";
        };
    return "service '" + service.name() + "': " + what + "; use curl -sf";
  }

  private static boolean isCurl(String program) {
    return baseName(program).equals("curl");
  }

  private static String baseName(String program) {
    return program.substring(program.lastIndexOf('/') + 1);
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
