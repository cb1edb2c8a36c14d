package dev.composefix.rules.healthcheck;

import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.Service;
import dev.composefix.images.ContainerFacts;
import dev.composefix.images.Shell;
import dev.composefix.lint.RuleContext;
import dev.composefix.project.Merged;
import dev.composefix.project.ProjectView;
import dev.composefix.yaml.NewValue;
import dev.composefix.yaml.YAlias;
import dev.composefix.yaml.YEntry;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Probes learned from the stack itself: when the probe ladder finds none for a service, the
 * healthcheck of a sibling service that runs the same image and whose check fits this service
 * ({@link SiblingFit}). The stack proves that the check runs on that image. In a project of several
 * files, the siblings are the merged project's services.
 */
final class SiblingProbes {

  private final RuleContext context;

  /** The services by name, the first of a name winning; null until first asked. */
  private Map<String, Sibling> byName;

  /**
   * The services by the image they run, each list in file order: looked up once per service, rather
   * than every service searched for every other.
   */
  private Map<String, List<Sibling>> byImage;

  /**
   * A service of the stack: its image read at once, its other settings only when a service of the
   * same image needs a check. Reading every service's settings cost a cold run of a large file more
   * than the rule's own work, and most files have no such service.
   */
  private static final class Sibling {
    private final String name;
    private final ExtendedService inFile;
    private final Merged.Mapping merged;
    private final Function<String, Optional<String>> variables;
    private final Optional<String> image;
    private SiblingSettings settings;
    private SiblingFit.TestReading reading;

    Sibling(
        String name,
        ExtendedService inFile,
        Merged.Mapping merged,
        Function<String, Optional<String>> variables) {
      this.name = name;
      this.inFile = inFile;
      this.merged = merged;
      this.variables = variables;
      this.image =
          inFile != null
              ? SiblingSettings.imageOf(inFile, variables)
              : SiblingSettings.imageOf(merged, variables);
    }

    SiblingSettings settings() {
      if (settings == null) {
        settings =
            inFile != null
                ? SiblingSettings.of(inFile, variables)
                : SiblingSettings.of(name, merged, variables);
      }
      return settings;
    }

    /** Its healthcheck test, read once; only for a sibling that has a healthcheck. */
    SiblingFit.TestReading reading() {
      if (reading == null) {
        reading = new SiblingFit.TestReading(settings().healthcheck().orElseThrow().test());
      }
      return reading;
    }
  }

  /** The file's services by name, for their healthcheck entries as written. */
  private Map<String, Service> fileServices;

  /**
   * Each anchor name its aliases use, with the node they all refer to; null for a name whose
   * aliases refer to different nodes (a name anchored again later in the file).
   */
  private Map<String, YNode> aliasTargets;

  SiblingProbes(RuleContext context) {
    this.context = context;
  }

  /**
   * The first sibling's check that fits the service; otherwise the ladder's choice, with why the
   * first sibling of the same image that has a check does not fit.
   */
  ProbeChoice choose(ExtendedService service, Optional<ContainerFacts> facts, ProbeChoice ladder) {
    index();
    String name = service.service().name();
    Sibling entry = byName.get(name);
    if (entry == null || entry.image.isEmpty()) {
      return ladder;
    }
    SiblingSettings self = entry.settings();
    String firstMiss = null;
    for (Sibling candidate : byImage.getOrDefault(entry.image.get(), List.of())) {
      SiblingSettings sibling = candidate.settings();
      if (sibling.healthcheck().isEmpty() || sibling.name().equals(name)) {
        continue;
      }
      Optional<String> cannot = cannotRun(sibling, facts);
      SiblingFit.Verdict verdict =
          cannot.isPresent()
              ? SiblingFit.Verdict.no(cannot.get())
              : SiblingFit.of(self, sibling, candidate.reading());
      if (verdict.fits()) {
        return ProbeChoice.of(probe(service.service(), sibling, verdict.why()));
      }
      if (firstMiss == null) {
        firstMiss =
            "service '"
                + sibling.name()
                + "' runs the same image, but its healthcheck does not fit: "
                + verdict.why().get(0);
      }
    }
    return firstMiss == null ? ladder : ProbeChoice.none(ladder.reason() + "; " + firstMiss);
  }

  /**
   * Why the image cannot run the sibling's check, when the knowledge base says so: the stack's own
   * check may be broken (a curl check on a distroless image).
   */
  private static Optional<String> cannotRun(
      SiblingSettings sibling, Optional<ContainerFacts> facts) {
    List<String> test = sibling.healthcheck().orElseThrow().test();
    if (facts.isEmpty() || test.size() < 2 || sibling.healthcheck().get().off()) {
      return Optional.empty();
    }
    String program = program(test);
    if (facts.get().lacks(program.substring(program.lastIndexOf('/') + 1))) {
      return Optional.of("its healthcheck calls " + program + ", which the image lacks");
    }
    if (test.get(0).equals("CMD-SHELL")
        && facts.get().shell().filter(shell -> shell.value() == Shell.NONE).isPresent()) {
      return Optional.of("its healthcheck needs a shell, which the image lacks");
    }
    return Optional.empty();
  }

  private Probe probe(Service service, SiblingSettings sibling, List<String> why) {
    List<String> test = sibling.healthcheck().orElseThrow().test();
    Optional<NewValue> reference = reference(sibling.name(), service);
    List<String> from = new ArrayList<>(why);
    reference.ifPresent(
        r ->
            from.add(
                "written as " + written(r) + ", as service '" + sibling.name() + "' writes it"));
    return new Probe(
        Probe.Kind.SIBLING,
        test,
        program(test) + ", as service '" + sibling.name() + "' does",
        from,
        reference);
  }

  /** The program a test runs, never its arguments (they may hold a password). */
  private static String program(List<String> test) {
    String first = test.get(0).equals("CMD") ? test.get(1) : test.get(test.size() - 1).trim();
    return first.split("\\s+", 2)[0];
  }

  private static String written(NewValue reference) {
    if (reference instanceof NewValue.Alias alias) {
      return "*" + alias.name();
    }
    NewValue.Alias merged = (NewValue.Alias) ((NewValue.Map) reference).entries().get("<<");
    return "<<: *" + merged.name();
  }

  /**
   * The sibling's healthcheck as a reference to the file's own anchor, when this file writes it so
   * ({@code healthcheck: *x} or {@code healthcheck: {<<: *x}}), no other file of the project
   * changes it, and the anchor comes before the service, where an alias can use it.
   */
  private Optional<NewValue> reference(String sibling, Service service) {
    ProjectView project = context.project();
    if (project.hasOtherFiles() && !project.othersWriting(sibling, "healthcheck").isEmpty()) {
      return Optional.empty();
    }
    if (fileServices == null) {
      fileServices = new HashMap<>();
      for (Service each : context.compose().services()) {
        fileServices.putIfAbsent(each.name(), each);
      }
    }
    Service written = fileServices.get(sibling);
    Optional<YEntry> entry =
        written == null ? Optional.empty() : written.mapping().ownEntry("healthcheck");
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    YNode value = entry.get().value();
    if (value instanceof YAlias alias && usable(alias, service)) {
      return Optional.of(NewValue.alias(alias));
    }
    if (value instanceof YMapping mapping
        && mapping.entries().size() == 1
        && mapping.entries().get(0).isMergeKey()
        && mapping.entries().get(0).value() instanceof YAlias alias
        && usable(alias, service)) {
      return Optional.of(NewValue.map().put("<<", NewValue.alias(alias)).build());
    }
    return Optional.empty();
  }

  /**
   * Whether an alias of this anchor can stand at the end of the service: the anchor is defined
   * before it, and its name stands for that one node wherever the file uses it.
   */
  private boolean usable(YAlias alias, Service service) {
    if (alias.target().span().end() > service.mapping().span().end()) {
      return false;
    }
    if (aliasTargets == null) {
      aliasTargets = new HashMap<>();
      for (YAlias other : context.compose().document().aliases()) {
        if (!aliasTargets.containsKey(other.name())) {
          aliasTargets.put(other.name(), other.target());
        } else if (aliasTargets.get(other.name()) != other.target()) {
          aliasTargets.put(other.name(), null);
        }
      }
    }
    return aliasTargets.get(alias.name()) == alias.target();
  }

  /** Reads every service's settings once, and indexes them by name and by image. */
  private void index() {
    if (byName != null) {
      return;
    }
    List<Sibling> services = new ArrayList<>();
    ProjectView project = context.project();
    Function<String, Optional<String>> variables = project.variables();
    if (project.hasOtherFiles()) {
      for (String name : project.serviceNames()) {
        Optional<Merged.Mapping> merged = project.merged(name);
        if (merged.isPresent()) {
          services.add(new Sibling(name, null, merged.get(), variables));
        }
      }
    } else {
      for (Service service : context.compose().services()) {
        ExtendedService extended = ExtendedService.of(context.compose(), service);
        if (!extended.extendsAnotherFile()) {
          services.add(new Sibling(service.name(), extended, null, variables));
        }
      }
    }
    byName = new HashMap<>();
    byImage = new HashMap<>();
    for (Sibling sibling : services) {
      byName.putIfAbsent(sibling.name, sibling);
      if (sibling.image.isPresent()) {
        List<Sibling> same = byImage.get(sibling.image.get());
        if (same == null) {
          same = new ArrayList<>();
          byImage.put(sibling.image.get(), same);
        }
        same.add(sibling);
      }
    }
  }
}
