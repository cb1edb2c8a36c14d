package dev.composefix.stats;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.Environment;
import dev.composefix.compose.EnvironmentEntry;
import dev.composefix.compose.Healthchecks;
import dev.composefix.compose.ImageReference;
import dev.composefix.compose.Interpolation;
import dev.composefix.compose.Service;
import dev.composefix.config.Config;
import dev.composefix.lint.Finding;
import dev.composefix.lint.Rule;
import dev.composefix.project.Merged;
import dev.composefix.project.ProjectView;
import dev.composefix.rules.gpu.GpuDemand;
import dev.composefix.secrets.SecretNames;
import dev.composefix.secrets.SecretValues;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YEntry;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import dev.composefix.yaml.YamlTags;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Counts what the verification report shows, from the parsed document and the rules' findings. */
public final class StatsCounter {

  private StatsCounter() {}

  public static FileStats count(
      Optional<ComposeFile> compose, Config config, List<Rule> rules, List<Finding> findings) {
    Map<String, Integer> perRule = new LinkedHashMap<>();
    rules.forEach(rule -> perRule.put(rule.metadata().name(), 0));
    findings.forEach(finding -> perRule.merge(finding.rule().metadata().name(), 1, Integer::sum));
    if (compose.isEmpty()) {
      return new FileStats(
          0,
          new FileStats.Healthchecks(0, 0, 0),
          new FileStats.Images(0, 0, 0, 0),
          new FileStats.Secrets(0, 0, 0),
          new FileStats.Gpus(0, 0),
          perRule);
    }
    List<Service> services = compose.get().services();
    return new FileStats(
        services.size(),
        healthchecks(services),
        images(services),
        secrets(compose.get().document(), services, config),
        gpus(services, config),
        perRule);
  }

  private static FileStats.Healthchecks healthchecks(List<Service> services) {
    int with = 0;
    int without = 0;
    int disabled = 0;
    for (Service service : services) {
      Optional<YMapping> healthcheck = Healthchecks.of(service);
      if (healthcheck.isEmpty()) {
        continue;
      }
      if (Healthchecks.isDisabled(healthcheck.get())) {
        disabled++;
      } else if (Mappings.find(healthcheck.get(), "start_period").isPresent()) {
        with++;
      } else {
        without++;
      }
    }
    return new FileStats.Healthchecks(with, without, disabled);
  }

  private static FileStats.Images images(List<Service> services) {
    int pinned = 0;
    int latest = 0;
    int untagged = 0;
    int unresolved = 0;
    for (Service service : services) {
      Optional<YScalar> image =
          service.find("image").flatMap(found -> Mappings.asScalar(found.value()));
      if (image.isEmpty() || image.get().isEmptyPlain()) {
        continue;
      }
      switch (imageKind(image.get().value())) {
        case UNRESOLVED -> unresolved++;
        case PINNED -> pinned++;
        case LATEST -> latest++;
        case UNTAGGED -> untagged++;
      }
    }
    return new FileStats.Images(pinned, latest, untagged, unresolved);
  }

  private enum ImageKind {
    PINNED,
    LATEST,
    UNTAGGED,
    UNRESOLVED
  }

  private static ImageKind imageKind(String image) {
    Optional<ImageReference> reference = ImageReference.parse(image);
    if (reference.isEmpty()) {
      return ImageKind.UNRESOLVED;
    }
    if (reference.get().isPinnedByDigest() || !reference.get().isFloating()) {
      return ImageKind.PINNED;
    }
    return reference.get().tag().isPresent() ? ImageKind.LATEST : ImageKind.UNTAGGED;
  }

  /**
   * The counts of a project's merged services (compose-spec {@code 13-merge.md}), each service once
   * as {@code docker compose} runs it; secret references are those its merged values hold.
   *
   * @param findings the findings of the project's files
   */
  public static FileStats countMerged(
      ProjectView project, Config config, List<Rule> rules, List<Finding> findings) {
    FileStats none = count(Optional.empty(), config, rules, findings);
    int services = 0;
    int[] healthchecks = new int[3];
    int[] images = new int[ImageKind.values().length];
    int[] secrets = new int[3];
    int[] gpus = new int[2];
    for (String name : project.serviceNames()) {
      Optional<Merged.Mapping> merged = project.merged(name);
      if (merged.isEmpty()) {
        continue;
      }
      services++;
      merged
          .get()
          .get("healthcheck")
          .ifPresent(
              healthcheck ->
                  healthchecks[
                      ProjectView.isTurnedOff(healthcheck)
                          ? 2
                          : healthcheck.at("start_period").isPresent() ? 0 : 1]++);
      merged
          .get()
          .get("image")
          .filter(image -> image instanceof Merged.Scalar scalar && !scalar.value().isEmpty())
          .ifPresent(image -> images[imageKind(((Merged.Scalar) image).value()).ordinal()]++);
      countSecrets(merged.get(), config, secrets);
      List<Service> definitions =
          project.layersOf(name).stream().map(ProjectView.ServiceLayer::service).toList();
      if (definitions.stream().anyMatch(GpuDemand::hasDeviceRequest)) {
        gpus[0]++;
      } else if (definitions.stream()
          .anyMatch(s -> GpuDemand.reason(s, config.gpu()).isPresent())) {
        gpus[1]++;
      }
    }
    return new FileStats(
        services,
        new FileStats.Healthchecks(healthchecks[0], healthchecks[1], healthchecks[2]),
        new FileStats.Images(
            images[ImageKind.PINNED.ordinal()],
            images[ImageKind.LATEST.ordinal()],
            images[ImageKind.UNTAGGED.ordinal()],
            images[ImageKind.UNRESOLVED.ordinal()]),
        new FileStats.Secrets(secrets[0], secrets[1], secrets[2]),
        new FileStats.Gpus(gpus[0], gpus[1]),
        none.findings());
  }

  /**
   * A merged service's environment values by name, whether written as a mapping or a list of {@code
   * KEY=value}; a variable without a value, or a mapping's YAML null, passes one through.
   */
  private static Map<String, String> environmentValues(Merged.Mapping service) {
    Map<String, String> values = new LinkedHashMap<>();
    Optional<Merged> environment = service.get("environment");
    if (environment.orElse(null) instanceof Merged.Mapping mapping) {
      mapping
          .entries()
          .forEach(
              (name, value) -> {
                boolean isNull =
                    value.origin().node() instanceof YScalar node
                        && YamlTags.NULL.equals(node.resolvedTag());
                if (value instanceof Merged.Scalar scalar && !isNull) {
                  values.put(name, scalar.value());
                }
              });
    } else if (environment.orElse(null) instanceof Merged.Sequence list) {
      for (Merged item : list.items()) {
        if (item instanceof Merged.Scalar scalar && scalar.value().indexOf('=') > 0) {
          String[] parts = scalar.value().split("=", 2);
          values.put(parts[0].strip(), parts[1]);
        }
      }
    }
    return values;
  }

  /** Adds a merged service's secret references (required, defaulted) and hard-coded values. */
  private static void countSecrets(Merged.Mapping service, Config config, int[] secrets) {
    Deque<Merged> pending = new ArrayDeque<>();
    pending.push(service);
    while (!pending.isEmpty()) {
      Merged value = pending.pop();
      if (value instanceof Merged.Mapping mapping) {
        mapping.entries().values().forEach(pending::push);
      } else if (value instanceof Merged.Sequence sequence) {
        sequence.items().forEach(pending::push);
      } else if (value instanceof Merged.Scalar scalar && scalar.value().indexOf('$') >= 0) {
        for (Interpolation.Reference reference : allReferences(scalar.value())) {
          if (SecretNames.isSecret(reference.name(), config.secrets())) {
            secrets[0] += reference.isRequired() ? 1 : 0;
            secrets[1] += reference.hasDefault() ? 1 : 0;
          }
        }
      }
    }
    for (Map.Entry<String, String> entry : environmentValues(service).entrySet()) {
      if (SecretNames.isSecret(entry.getKey(), config.secrets())
          && SecretValues.isHardCoded(entry.getValue())) {
        secrets[2]++;
      }
    }
  }

  /**
   * Secret references anywhere Compose interpolates (required or defaulted), and secret values
   * written into service environments (hard-coded).
   */
  private static FileStats.Secrets secrets(
      YDocument document, List<Service> services, Config config) {
    int required = 0;
    int defaulted = 0;
    Deque<YNode> pending = new ArrayDeque<>();
    document.root().ifPresent(pending::push);
    while (!pending.isEmpty()) {
      YNode node = pending.pop();
      if (node instanceof YScalar scalar && scalar.value().indexOf('$') >= 0) {
        for (Interpolation.Reference reference : allReferences(scalar.value())) {
          if (SecretNames.isSecret(reference.name(), config.secrets())) {
            required += reference.isRequired() ? 1 : 0;
            defaulted += reference.hasDefault() ? 1 : 0;
          }
        }
      } else if (node instanceof YMapping mapping) {
        for (YEntry entry : mapping.entries()) {
          pending.push(entry.value());
        }
      } else if (node instanceof YSequence sequence) {
        sequence.items().forEach(pending::push);
      }
    }
    int hardCoded = 0;
    for (Service service : services) {
      for (EnvironmentEntry entry :
          Environment.of(service).map(Environment::entries).orElse(List.of())) {
        if (SecretNames.isSecret(entry.name(), config.secrets())
            && SecretValues.isHardCoded(entry)) {
          hardCoded++;
        }
      }
    }
    return new FileStats.Secrets(required, defaulted, hardCoded);
  }

  private static List<Interpolation.Reference> allReferences(String text) {
    List<Interpolation.Reference> all = new java.util.ArrayList<>();
    Deque<Interpolation.Reference> pending = new ArrayDeque<>(Interpolation.references(text));
    while (!pending.isEmpty()) {
      Interpolation.Reference reference = pending.pop();
      all.add(reference);
      pending.addAll(Interpolation.nested(text, reference));
    }
    return all;
  }

  private static FileStats.Gpus gpus(List<Service> services, Config config) {
    int with = 0;
    int without = 0;
    for (Service service : services) {
      boolean reserved = GpuDemand.hasDeviceRequest(service);
      if (reserved) {
        with++;
      } else if (GpuDemand.reason(service, config.gpu()).isPresent()) {
        without++;
      }
    }
    return new FileStats.Gpus(with, without);
  }
}
