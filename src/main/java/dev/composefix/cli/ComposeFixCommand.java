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
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code compose-fix} command: a thin adapter from arguments to file processing and output. */
@Command(
    name = "compose-fix",
    mixinStandardHelpOptions = true,
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

  /** The three modes; picocli enforces that at most one is given. */
  static final class Modes {
    @Option(
        names = "--dry-run",
        description = "Print the fixes as a unified diff and change nothing (the default).")
    boolean dryRun;

    @Option(names = "--write", description = "Apply the fixes in place, atomically.")
    boolean write;

    @Option(
        names = "--check",
        description = "Report findings without a diff; exit 1 if there are any.")
    boolean check;
  }

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Modes modes;

  @Option(
      names = "--select",
      split = ",",
      paramLabel = "RULES",
      description =
          "Only these rules (names or codes, comma-separated); overrides the config's select.")
  List<String> select;

  @Option(
      names = "--ignore",
      split = ",",
      paramLabel = "RULES",
      description = "Skip these rules (comma-separated names).")
  List<String> ignore = new ArrayList<>();

  @Option(
      names = "--unsafe-fixes",
      negatable = true,
      description =
          "Also apply fixes marked unsafe (--no-unsafe-fixes overrides the config's unsafe-fixes:"
              + " true).")
  Boolean unsafeFixes;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Read FILE, not the nearest .compose-fix.yaml.")
  Path config;

  @Option(names = "--show-secrets", description = "Show secret values in output instead of ****.")
  boolean showSecrets;

  @Mixin LimitOptions limitOptions;

  @Mixin ProjectOptions projectOptions;

  /** The output formats. */

  /** When text output is coloured. */
  enum ColorChoice {
    AUTO,
    ALWAYS,
    NEVER
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = LowerCaseEnum.FormatConverter.class,
      description = "Output format: text (default), json, sarif or github.")
  OutputFormat format = OutputFormat.TEXT;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      converter = LowerCaseEnum.ColorConverter.class,
      description = "Colour text output: auto (default, only at a terminal), always or never.")
  ColorChoice color = ColorChoice.AUTO;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print findings and errors only, no summary.")
  boolean quiet;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Compose files or folders to search (default: the current folder).")
  List<String> paths = new ArrayList<>();

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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Mode mode =
        modes == null
            ? Mode.DRY_RUN
            : modes.write ? Mode.WRITE : modes.check ? Mode.CHECK : Mode.DRY_RUN;
    ParserLimits limits = limits();
    checkRuleNames();
    RuleSet rules = BuiltInRules.ruleSet();
    // CI logs are kept and shared, so there the diff masks secrets; JSON is always masked.
    boolean maskDiff = terminal.ci() || format == OutputFormat.JSON;
    ConfigResolver configs =
        new ConfigResolver(
            workingDirectory, Optional.ofNullable(config), new ConfigLoader(rules.acceptedNames()));
    FilePipeline pipeline =
        new FilePipeline(
            new RunSettings(
                mode,
                Optional.ofNullable(select),
                ignore,
                Optional.ofNullable(unsafeFixes),
                showSecrets,
                format,
                maskDiff,
                limits),
            configs,
            rules);
    FileWriting processor = new FileWriting(pipeline);
    ProjectPipeline projects =
        new ProjectPipeline(
            pipeline, name -> Optional.ofNullable(environment.get(name)), workingDirectory);
    if (maskDiff && mode == Mode.DRY_RUN && format == OutputFormat.TEXT && !showSecrets) {
      err.println(
          "compose-fix: CI is set, so secret values in the diff show as ****; the diff does not"
              + " apply where it masks (--show-secrets shows them)");
    }
    Reporter reporter = reporter(mode, out, err);

    ProjectPlanner planner =
        new ProjectPlanner(
            name -> Optional.ofNullable(environment.get(name)), workingDirectory, limits);
    List<FileDiscovery.Unreadable> errors = new ArrayList<>();
    List<ProjectTarget> planned = plan(planner, errors);
    List<FileTarget> files = planned.stream().flatMap(project -> project.files().stream()).toList();
    if (!projectOptions.namesAProject()) {
      FileDiscovery.noneFound(new FileDiscovery.Found(files, errors, java.util.Set.of()), paths)
          .ifPresent(err::println);
    }
    if (mode == Mode.DRY_RUN
        && format == OutputFormat.TEXT
        && files.stream().anyMatch(file -> file.patchPath().startsWith("../"))) {
      err.println(
          "compose-fix: the diff names files outside the current folder by ../ paths, which patch"
              + " refuses; apply it with git apply --unsafe-paths, or run from a folder above"
              + " them");
    }
    Totals totals = new Totals(errors.size(), 0, 0, 0, 0, 0, errors.size());
    errors.forEach(error -> reporter.unreadable(error.path(), error.message()));
    Progress progress =
        new Progress(
            err,
            terminal.stderrTerminal() && !quiet && format == OutputFormat.TEXT && files.size() > 1);
    int done = 0;
    try (ParallelFiles<ProjectTarget, ProjectPipeline.Outcome> results =
        new ParallelFiles<>(planned, projects::process)) {
      for (ProjectTarget project : planned) {
        progress.update(++done, planned.size(), project.display());
        ProjectPipeline.Outcome outcome = results.next();
        progress.clear();
        if (format == OutputFormat.TEXT && !quiet) {
          outcome.notes().forEach(err::println);
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
  private List<ProjectTarget> plan(ProjectPlanner planner, List<FileDiscovery.Unreadable> errors) {
    if (projectOptions.namesAProject()) {
      if (!paths.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(),
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

  private Reporter reporter(Mode mode, PrintWriter out, PrintWriter err) {
    String version = VersionProvider.version();
    return switch (format) {
      case JSON -> new JsonReporter(out, mode, version);
      case SARIF -> new SarifReporter(out, version, BuiltInRules.ruleSet());
      case GITHUB -> new GithubReporter(out, err, mode, quiet);
      case TEXT -> new TextReporter(out, err, style(), mode, quiet);
    };
  }

  private Style style() {
    boolean colour =
        switch (color) {
          case ALWAYS -> true;
          case NEVER -> false;
          case AUTO -> terminal.stderrTerminal() && !terminal.colorDisabled();
        };
    return colour ? Style.ANSI : Style.PLAIN;
  }

  ParserLimits limits() {
    return limitOptions.limits(spec.commandLine());
  }

  private void checkRuleNames() {
    for (List<String> list : java.util.Arrays.asList(select, ignore)) {
      boolean empty = list == select && list != null && list.isEmpty();
      if (list != null && (empty || list.stream().anyMatch(String::isBlank))) {
        throw new ParameterException(
            spec.commandLine(),
            (list == select ? "--select" : "--ignore")
                + " takes rule names or codes separated by commas, such as image-pin,CF002");
      }
    }
    List<String> named = new ArrayList<>(ignore);
    if (select != null) {
      named.addAll(select);
    }
    for (String name : named) {
      if (BuiltInRules.ruleSet().find(name).isEmpty()) {
        throw new ParameterException(
            spec.commandLine(),
            "unknown rule '" + name + "'; run 'compose-fix rules' to list them");
      }
    }
  }
}
