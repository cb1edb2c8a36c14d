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
      Optional<ImageReference> reference = ImageReference.parse(image.get().value());
      if (reference.isEmpty()) {
        unresolved++;
      } else if (reference.get().isPinnedByDigest() || !reference.get().isFloating()) {
        pinned++;
      } else if (reference.get().tag().isPresent()) {
        latest++;
      } else {
        untagged++;
      }
    }
    return new FileStats.Images(pinned, latest, untagged, unresolved);
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
