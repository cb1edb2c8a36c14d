package dev.composefix.cli;

import dev.composefix.compose.ComposeFile;
import dev.composefix.config.Config;
import dev.composefix.config.ConfigException;
import dev.composefix.config.ConfigLoader;
import dev.composefix.lint.RuleSet;
import dev.composefix.pipeline.ConfigResolver;
import dev.composefix.pipeline.FilePipeline;
import dev.composefix.pipeline.FileTarget;
import dev.composefix.pipeline.ProjectPipeline;
import dev.composefix.pipeline.ProjectPlanner;
import dev.composefix.pipeline.ProjectTarget;
import dev.composefix.pipeline.RunSettings;
import dev.composefix.report.FileError;
import dev.composefix.report.FileResult;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.stats.FileStats;
import dev.composefix.stats.StatsCounter;
import dev.composefix.stats.StatsReport;
import dev.composefix.yaml.InvalidYamlException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code compose-fix stats PATH...}: the hardening review's verification commands, counted from the
 * parsed files: services, healthchecks, images, secrets, GPU services and findings per rule.
 */
@Command(
    name = "stats",
    description =
        "Count services, healthchecks, images, secrets, GPU services and findings per rule, per"
            + " file and in total.")
final class StatsCommand extends AbstractSubcommand {

  /** The report formats. */
  enum StatsFormat {
    TEXT,
    JSON
  }

  @ParentCommand ComposeFixCommand parent;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = StatsFormatConverter.class,
      description = "text (default) or json.")
  StatsFormat format = StatsFormat.TEXT;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Read FILE, not the nearest .compose-fix.yaml.")
  Path config;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Compose files or folders (default: the current folder).")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    Path workingDirectory = parent.workingDirectory();
    RuleSet rules = BuiltInRules.ruleSet();
    ConfigResolver configs =
        new ConfigResolver(
            workingDirectory, Optional.ofNullable(config), new ConfigLoader(rules.acceptedNames()));
    // The same pipeline, limits and errors as a check; stats counts what the check found.
    FilePipeline pipeline =
        new FilePipeline(RunSettings.check(true, LimitOptions.limits(spec)), configs, rules);
    FileDiscovery.Found found = FileDiscovery.find(workingDirectory, paths);
    PrintWriter err = err();
    FileDiscovery.noneFound(found, paths).ifPresent(err::println);
    List<StatsReport.Entry> entries = new ArrayList<>();
    found
        .errors()
        .forEach(
            error ->
                entries.add(
                    new StatsReport.Entry(
                        error.path(), Optional.empty(), Optional.of("1:1: " + error.message()))));
    FileStats total = StatsCounter.count(Optional.empty(), Config.DEFAULTS, rules.all(), List.of());
    // Files are judged with their projects, so that the findings are those a check reports.
    Function<String, Optional<String>> environment =
        name -> Optional.ofNullable(parent.environment().get(name));
    ProjectPipeline projects = new ProjectPipeline(pipeline, environment, workingDirectory);
    List<ProjectTarget> planned =
        new ProjectPlanner(environment, workingDirectory, pipeline.settings().limits())
            .plan(found.files(), found.named(), Optional.empty(), found.dotEnvs());
    List<StatsReport.Project> merged = new ArrayList<>();
    for (ProjectTarget project : planned) {
      ProjectPipeline.Outcome outcome = projects.process(project);
      int first = entries.size();
      List<dev.composefix.lint.Finding> findings = new ArrayList<>();
      for (ProjectPipeline.Judged judged : outcome.files()) {
        StatsReport.Entry entry = entry(judged.result(), judged.target(), configs, rules);
        entries.add(entry);
        if (entry.stats().isPresent()) {
          total = total.plus(entry.stats().get());
          findings.addAll(judged.result().outcome().findings());
        }
      }
      if (outcome.project().files().size() > 1 && !outcome.files().isEmpty()) {
        projectBlock(outcome, project, first, findings, configs, rules).ifPresent(merged::add);
      }
    }
    // Errors go to stderr as PATH:LINE:COL: message lines, as every other command writes them.
    for (StatsReport.Entry entry : entries) {
      entry.error().ifPresent(error -> err.println(entry.path() + ":" + error));
    }
    err.flush();
    PrintWriter out = out();
    out.print(
        format == StatsFormat.JSON
            ? StatsReport.json(entries, merged, total)
            : StatsReport.text(entries, merged, total));
    out.flush();
    return entries.stream().anyMatch(entry -> entry.error().isPresent())
        ? ExitCodes.ERROR
        : ExitCodes.CLEAN;
  }

  /**
   * The numbers of a project of several files as merged, with its first file's configuration; empty
   * when that cannot be read (its files' entries say why).
   */
  private static Optional<StatsReport.Project> projectBlock(
      ProjectPipeline.Outcome outcome,
      ProjectTarget project,
      int firstEntry,
      List<dev.composefix.lint.Finding> findings,
      ConfigResolver configs,
      RuleSet rules) {
    try {
      Config config = configs.configFor(project.files().get(0).path());
      return Optional.of(
          new StatsReport.Project(
              outcome.project().files(),
              StatsCounter.countMerged(outcome.project(), config, rules.all(), findings),
              firstEntry));
    } catch (ConfigException e) {
      return Optional.empty();
    }
  }

  private static StatsReport.Entry entry(
      FileResult result, FileTarget target, ConfigResolver configs, RuleSet rules) {
    if (result.failed()) {
      FileError error = result.error().orElseThrow();
      return new StatsReport.Entry(
          result.path(), Optional.empty(), Optional.of(error.position() + ": " + error.message()));
    }
    try {
      Config config = configs.configFor(target.path());
      return new StatsReport.Entry(
          result.path(),
          Optional.of(
              StatsCounter.count(
                  ComposeFile.of(result.outcome().originalDocument()),
                  config,
                  rules.all(),
                  result.outcome().findings())),
          Optional.empty());
    } catch (ConfigException | InvalidYamlException e) {
      return new StatsReport.Entry(
          result.path(), Optional.empty(), Optional.of("1:1: " + e.getMessage()));
    }
  }

  /** Lower-case format names. */
  static final class StatsFormatConverter
      implements picocli.CommandLine.ITypeConverter<StatsFormat> {
    @Override
    public StatsFormat convert(String value) {
      try {
        return LowerCaseEnum.parse(StatsFormat.class, value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
