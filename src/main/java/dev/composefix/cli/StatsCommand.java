package dev.composefix.cli;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.NotComposeException;
import dev.composefix.config.Config;
import dev.composefix.config.ConfigException;
import dev.composefix.config.ConfigLoader;
import dev.composefix.fix.FileFixer;
import dev.composefix.fix.FixFailedException;
import dev.composefix.rules.Finding;
import dev.composefix.rules.Rule;
import dev.composefix.rules.RuleRegistry;
import dev.composefix.stats.FileStats;
import dev.composefix.stats.StatsCounter;
import dev.composefix.stats.StatsReport;
import dev.composefix.text.InvalidEncodingException;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.ComposeParser;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.YDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code compose-fix stats PATH...}: the hardening review's verification commands, counted from
 * the parsed files: services, healthchecks, images, secrets, GPU services and findings per rule.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Count services, healthchecks, images, secrets, GPU services and findings per rule, per file and in total.")
final class StatsCommand implements Callable<Integer> {

  /** The report formats. */
  enum StatsFormat {
    TEXT,
    JSON
  }

  @Spec
  CommandSpec spec;

  @ParentCommand
  ComposeFixCommand parent;

  @Option(names = "--format", paramLabel = "FORMAT", converter = StatsFormatConverter.class,
      description = "text (default) or json.")
  StatsFormat format = StatsFormat.TEXT;

  @Option(names = "--config", paramLabel = "FILE", description = "Use this configuration instead of the nearest .compose-fix.yaml.")
  Path config;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Compose files or folders (default: the current folder).")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    Path workingDirectory = parent.workingDirectory();
    ConfigResolver configs = new ConfigResolver(workingDirectory, Optional.ofNullable(config),
        new ConfigLoader(RuleRegistry.acceptedNames()));
    FileDiscovery.Found found = FileDiscovery.find(workingDirectory, paths);
    List<StatsReport.Entry> entries = new ArrayList<>();
    found.errors().forEach(error -> entries.add(new StatsReport.Entry(error.path(), Optional.empty(), Optional.of(error.message()))));
    FileStats total = StatsCounter.count(Optional.empty(), Config.DEFAULTS, RuleRegistry.all(), List.of());
    for (FileTarget target : found.files()) {
      StatsReport.Entry entry = entry(target, configs);
      entries.add(entry);
      if (entry.stats().isPresent()) {
        total = total.plus(entry.stats().get());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == StatsFormat.JSON ? StatsReport.json(entries, total) : StatsReport.text(entries, total));
    out.flush();
    return entries.stream().anyMatch(entry -> entry.error().isPresent()) ? ExitCodes.ERROR : ExitCodes.CLEAN;
  }

  private static StatsReport.Entry entry(FileTarget target, ConfigResolver configs) {
    String path = target.display();
    try {
      Config config = configs.configFor(target.path());
      SourceText source = SourceText.decode(Files.readAllBytes(target.path()));
      YDocument document;
      try {
        document = new ComposeParser().parse(source);
      } catch (InvalidYamlException e) {
        return failed(path, source.positionOf(e.offset()) + ": " + e.getMessage());
      }
      List<Rule> rules = RuleRegistry.select(config.select(), config.ignore());
      List<Finding> findings = new FileFixer(rules, config, true, new ComposeParser()).check(source).findings();
      return new StatsReport.Entry(path, Optional.of(StatsCounter.count(ComposeFile.of(document), config, RuleRegistry.all(),
          findings)), Optional.empty());
    } catch (IOException e) {
      return failed(path, "cannot read: " + IoMessages.describe(e));
    } catch (ConfigException e) {
      return failed(path, e.describe());
    } catch (InvalidEncodingException e) {
      return failed(path, e.position() + ": " + e.getMessage());
    } catch (InvalidYamlException | NotComposeException | FixFailedException e) {
      return failed(path, e.getMessage());
    }
  }

  private static StatsReport.Entry failed(String path, String message) {
    return new StatsReport.Entry(path, Optional.empty(), Optional.of(message));
  }

  /** Lower-case format names. */
  static final class StatsFormatConverter implements picocli.CommandLine.ITypeConverter<StatsFormat> {
    @Override
    public StatsFormat convert(String value) {
      return LowerCaseEnum.parse(StatsFormat.class, value);
    }
  }
}
