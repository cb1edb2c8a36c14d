package dev.composefix.cli;

import dev.composefix.config.ConfigLoader;
import dev.composefix.lint.RuleSet;
import dev.composefix.pipeline.ConfigResolver;
import dev.composefix.pipeline.FilePipeline;
import dev.composefix.pipeline.FileTarget;
import dev.composefix.pipeline.ProjectPipeline;
import dev.composefix.pipeline.ProjectPlanner;
import dev.composefix.pipeline.ProjectTarget;
import dev.composefix.pipeline.RunSettings;
import dev.composefix.report.FileResult;
import dev.composefix.report.GithubReporter;
import dev.composefix.report.JsonReporter;
import dev.composefix.report.Mode;
import dev.composefix.report.OutputFormat;
import dev.composefix.report.Reporter;
import dev.composefix.report.SarifReporter;
import dev.composefix.report.Style;
import dev.composefix.report.TextReporter;
import dev.composefix.report.Totals;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.yaml.ParserLimits;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code compose-fix} command: a thin adapter from arguments to file processing and output. */
@Command(
    name = "compose-fix",
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Finds production-hardening problems in Docker Compose files and fixes them as exact, minimal"
          + " text edits.",
      "Every byte it does not mean to change stays as it was: comments, quoting, indentation,"
          + " anchors, CRLF, BOM.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  compose-fix",
      "      Show, as a diff, the fixes for the Compose files below this folder.",
      "  compose-fix --write compose.yaml",
      "      Apply the safe fixes in place; add --unsafe-fixes for the rest.",
      "  compose-fix --check --format github .",
      "      CI gate: report findings as annotations, exit 1 if there are any.",
      "  compose-fix --select image-pin,secret-default docker-compose.yml",
      "      Run only these rules.",
      "  compose-fix stats --format json .",
      "      Count services, healthchecks, images, secrets and findings per rule.",
      "  compose-fix rules  |  compose-fix rule secret-default",
      "      List the rules, or read one rule's documentation.",
      "  source <(compose-fix generate-completion)",
      "      Tab completion in bash or zsh.",
      "",
      "Exit codes: 0 clean; 1 findings or fixes pending; 2 usage error, unreadable",
      "file, invalid YAML or internal error (that file is left untouched).",
      "Configuration: .compose-fix.yaml next to the file or in a folder above it."
    })
final class ComposeFixCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  private final Path workingDirectory;
  private final Terminal terminal;
  private final Map<String, String> environment;

  Path workingDirectory() {
    return workingDirectory;
  }

  /** The process environment, where Compose variables are looked up first. */
  Map<String, String> environment() {
    return environment;
  }

  ComposeFixCommand(Path workingDirectory, Terminal terminal, Map<String, String> environment) {
    this.workingDirectory = workingDirectory;
    this.terminal = terminal;
    this.environment = environment;
  }

  /** Runs the command line picocli read. */
  @Override
  public Integer call() {
    return run(
        RunArguments.of(spec.commandLine().getParseResult()),
        spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }

  /**
   * Checks the files the arguments name, whichever parser read them.
   *
   * @throws UsageException when the arguments ask for something that cannot be
   */
  int run(RunArguments arguments, PrintWriter out, PrintWriter err) {
    Mode mode = arguments.mode();
    ParserLimits limits = LimitOptions.limits(arguments);
    List<String> select = arguments.list(MainOption.SELECT);
    List<String> ignore =
        arguments.isGiven(MainOption.IGNORE) ? arguments.list(MainOption.IGNORE) : List.of();
    checkRuleNames(select, ignore);
    Optional<Boolean> unsafeFixes =
        Optional.ofNullable((Boolean) arguments.value(MainOption.UNSAFE_FIXES));
    boolean showSecrets = arguments.flag(MainOption.SHOW_SECRETS);
    OutputFormat format = (OutputFormat) arguments.value(MainOption.FORMAT);
    boolean quiet = arguments.flag(MainOption.QUIET);
    List<String> paths = arguments.paths();
    RuleSet rules = BuiltInRules.ruleSet();
    // CI logs are kept and shared, so there the diff masks secrets; JSON is always masked.
    boolean maskDiff = terminal.ci() || format == OutputFormat.JSON;
    ConfigResolver configs =
        new ConfigResolver(
            workingDirectory,
            Optional.ofNullable((Path) arguments.value(MainOption.CONFIG)),
            new ConfigLoader(rules.acceptedNames()));
    FilePipeline pipeline =
        new FilePipeline(
            new RunSettings(
                mode,
                Optional.ofNullable(select),
                ignore,
                unsafeFixes,
                showSecrets,
                format,
                maskDiff,
                limits),
            configs,
            rules);
    FileWriting processor = new FileWriting(pipeline);
    Function<String, Optional<String>> variables = new EnvironmentLookup(environment);
    ProjectPipeline projects = new ProjectPipeline(pipeline, variables, workingDirectory);
    if (maskDiff && mode == Mode.DRY_RUN && format == OutputFormat.TEXT && !showSecrets) {
      err.println(
          "compose-fix: CI is set, so secret values in the diff show as ****; the diff does not"
              + " apply where it masks (--show-secrets shows them)");
    }
    Reporter reporter =
        reporter(
            mode,
            format,
            quiet,
            (MainOption.ColorChoice) arguments.value(MainOption.COLOR),
            out,
            err);

    ProjectOptions projectOptions = ProjectOptions.of(arguments);
    ProjectPlanner planner = new ProjectPlanner(variables, workingDirectory, limits);
    List<FileDiscovery.Unreadable> errors = new ArrayList<>();
    List<ProjectTarget> planned = plan(planner, projectOptions, paths, errors);
    List<FileTarget> files = new ArrayList<>();
    for (ProjectTarget project : planned) {
      files.addAll(project.files());
    }
    if (!projectOptions.namesAProject()) {
      Optional<String> none =
          FileDiscovery.noneFound(
              new FileDiscovery.Found(files, errors, java.util.Set.of()), paths);
      if (none.isPresent()) {
        err.println(none.get());
      }
    }
    if (mode == Mode.DRY_RUN && format == OutputFormat.TEXT && namesAFileAbove(files)) {
      err.println(
          "compose-fix: the diff names files outside the current folder by ../ paths, which patch"
              + " refuses; apply it with git apply --unsafe-paths, or run from a folder above"
              + " them");
    }
    Totals totals = new Totals(errors.size(), 0, 0, 0, 0, 0, errors.size());
    for (FileDiscovery.Unreadable error : errors) {
      reporter.unreadable(error.path(), error.message());
    }
    Progress progress =
        new Progress(
            err,
            terminal.stderrTerminal() && !quiet && format == OutputFormat.TEXT && files.size() > 1);
    int done = 0;
    try (ParallelFiles<ProjectTarget, ProjectPipeline.Outcome> results =
        new ParallelFiles<>(planned, new ProjectProcessing(projects))) {
      for (ProjectTarget project : planned) {
        progress.update(++done, planned.size(), project.display());
        ProjectPipeline.Outcome outcome = results.next();
        progress.clear();
        if (format == OutputFormat.TEXT && !quiet) {
          for (String note : outcome.notes()) {
            err.println(note);
          }
        }
        for (FileResult result : processor.writeAll(outcome.files())) {
          reporter.file(result);
          totals = totals.plus(result.totals());
        }
      }
    }
    progress.clear();
    reporter.finish(totals);
    if (totals.errors() > 0) {
      return ExitCodes.ERROR;
    }
    return totals.remaining() > 0 ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  /** The projects to process: the one that -f or --project-directory names, or those found. */
  private List<ProjectTarget> plan(
      ProjectPlanner planner,
      ProjectOptions projectOptions,
      List<String> paths,
      List<FileDiscovery.Unreadable> errors) {
    if (projectOptions.namesAProject()) {
      if (!paths.isEmpty()) {
        throw new UsageException(
            "-f and --project-directory name one project; give no PATH with them");
      }
      ProjectTarget project = projectOptions.project(workingDirectory, planner, errors);
      return project.files().isEmpty() ? List.of() : List.of(project);
    }
    FileDiscovery.Found found = FileDiscovery.find(workingDirectory, paths);
    errors.addAll(found.errors());
    return planner.plan(
        found.files(), found.named(), projectOptions.envFiles(workingDirectory), found.dotEnvs());
  }

  private Reporter reporter(
      Mode mode,
      OutputFormat format,
      boolean quiet,
      MainOption.ColorChoice color,
      PrintWriter out,
      PrintWriter err) {
    String version = VersionProvider.version();
    return switch (format) {
      case JSON -> new JsonReporter(out, mode, version);
      case SARIF -> new SarifReporter(out, version, BuiltInRules.ruleSet());
      case GITHUB -> new GithubReporter(out, err, mode, quiet);
      case TEXT -> new TextReporter(out, err, style(color), mode, quiet);
    };
  }

  private Style style(MainOption.ColorChoice color) {
    boolean colour =
        switch (color) {
          case ALWAYS -> true;
          case NEVER -> false;
          case AUTO -> terminal.stderrTerminal() && !terminal.colorDisabled();
        };
    return colour ? Style.ANSI : Style.PLAIN;
  }

  private static boolean namesAFileAbove(List<FileTarget> files) {
    for (FileTarget file : files) {
      if (file.patchPath().startsWith("../")) {
        return true;
      }
    }
    return false;
  }

  private static void checkRuleNames(List<String> select, List<String> ignore) {
    for (int i = 0; i < 2; i++) {
      List<String> list = i == 0 ? select : ignore;
      if (list == null) {
        continue;
      }
      boolean blank = list == select && list.isEmpty();
      for (String name : list) {
        blank |= name.isBlank();
      }
      if (blank) {
        throw new UsageException(
            (i == 0 ? "--select" : "--ignore")
                + " takes rule names or codes separated by commas, such as image-pin,CF002");
      }
    }
    List<String> named = new ArrayList<>(ignore);
    if (select != null) {
      named.addAll(select);
    }
    for (String name : named) {
      if (BuiltInRules.ruleSet().find(name).isEmpty()) {
        throw new UsageException(
            "unknown rule '" + name + "'; run 'compose-fix rules' to list them");
      }
    }
  }

  /** Each project through the pipeline: a class, not a method reference to link. */
  private static final class ProjectProcessing
      implements Function<ProjectTarget, ProjectPipeline.Outcome> {
    private final ProjectPipeline projects;

    ProjectProcessing(ProjectPipeline projects) {
      this.projects = projects;
    }

    @Override
    public ProjectPipeline.Outcome apply(ProjectTarget project) {
      return projects.process(project);
    }
  }

  /** Compose variables' values from the process environment: a class, not a lambda to link. */
  private static final class EnvironmentLookup implements Function<String, Optional<String>> {
    private final Map<String, String> environment;

    EnvironmentLookup(Map<String, String> environment) {
      this.environment = environment;
    }

    @Override
    public Optional<String> apply(String name) {
      return Optional.ofNullable(environment.get(name));
    }
  }
}
