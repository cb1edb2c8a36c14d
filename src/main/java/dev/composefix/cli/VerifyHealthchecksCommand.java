package dev.composefix.cli;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.Service;
import dev.composefix.config.ConfigLoader;
import dev.composefix.images.verify.DockerProbes;
import dev.composefix.images.verify.DockerUnavailableException;
import dev.composefix.images.verify.HealthcheckVerification;
import dev.composefix.lint.RuleSet;
import dev.composefix.pipeline.ConfigResolver;
import dev.composefix.pipeline.FilePipeline;
import dev.composefix.pipeline.FileTarget;
import dev.composefix.pipeline.RunSettings;
import dev.composefix.report.FileError;
import dev.composefix.report.FileResult;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.yaml.InvalidYamlException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code compose-fix verify-healthchecks FILE}: whether each service's image has the programs its
 * healthcheck calls, asked of a local {@code docker}, as the hardening review asks: test health
 * checks against actual containers.
 */
@Command(
    name = "verify-healthchecks",
    description =
        "Check that each service's image has the programs its healthcheck calls, with a local"
            + " docker. Exit 0 when every image has them, 1 when one lacks a program, 2 on an"
            + " error.")
final class VerifyHealthchecksCommand extends AbstractSubcommand {

  @Mixin DockerOptions docker;

  @Parameters(paramLabel = "FILE", description = "A Compose file.")
  String file;

  private final Path workingDirectory;
  private final Map<String, String> environment;

  VerifyHealthchecksCommand(Path workingDirectory, Map<String, String> environment) {
    this.workingDirectory = workingDirectory;
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter err = err();
    ReadFile read = read();
    if (read.error().isPresent()) {
      err.println(read.error().get());
      err.flush();
      return ExitCodes.ERROR;
    }
    Optional<ComposeFile> compose = read.compose();
    Optional<DockerProbes> probes = DockerConnection.open(environment, docker, spec.commandLine());
    if (probes.isEmpty()) {
      return ExitCodes.ERROR;
    }
    List<Service> services =
        compose.map(HealthcheckVerification::withHealthchecks).orElse(List.of());
    HealthcheckVerification verification = new HealthcheckVerification(probes.get());
    OutcomePrinter printer = new OutcomePrinter(out(), err, "healthcheck");
    try {
      for (Service service : services) {
        printer.print(verification.verify(file, compose.get(), service));
      }
    } catch (DockerUnavailableException e) {
      err.println("compose-fix: " + e.getMessage());
      err.flush();
      return ExitCodes.ERROR;
    }
    return printer.finish();
  }

  /**
   * The file's Compose view, empty for an empty file, or the one-line error that says why it could
   * not be read.
   */
  private record ReadFile(Optional<ComposeFile> compose, Optional<String> error) {}

  /** Reads the file as every command reads it: limits, encoding, configuration. */
  private ReadFile read() {
    RuleSet rules = BuiltInRules.ruleSet();
    ConfigResolver configs =
        new ConfigResolver(
            workingDirectory, Optional.empty(), new ConfigLoader(rules.acceptedNames()));
    FilePipeline pipeline =
        new FilePipeline(
            RunSettings.check(false, LimitOptions.limits(spec)),
            configs,
            rules,
            // Only the parsed file is wanted; no rule needs to run.
            (select, ignore) -> List.of());
    FileResult result =
        pipeline.process(FileTarget.of(workingDirectory.resolve(file), file, workingDirectory));
    if (result.failed()) {
      FileError error = result.error().orElseThrow();
      return new ReadFile(
          Optional.empty(),
          Optional.of(result.path() + ":" + error.position() + ": " + error.message()));
    }
    try {
      return new ReadFile(ComposeFile.of(result.outcome().originalDocument()), Optional.empty());
    } catch (InvalidYamlException e) {
      // The pipeline has read the same document as Compose already; kept for the compiler.
      return new ReadFile(Optional.empty(), Optional.of(file + ":1:1: " + e.getMessage()));
    }
  }
}
