package dev.composefix.rules.healthcheck;

import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.Service;
import dev.composefix.images.ContainerFacts;
import dev.composefix.images.Shell;
import dev.composefix.lint.RuleContext;
import dev.composefix.project.ProjectView;
import dev.composefix.yaml.NewValue;
import dev.composefix.yaml.YAlias;
import dev.composefix.yaml.YEntry;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Probes learned from the stack itself: when the probe ladder finds none for a service, the
 * healthcheck of a sibling service that runs the same image and whose check fits this service
 * ({@link SiblingFit}). The stack proves that the check runs on that image. In a project of several
 * files, the siblings are the merged project's services.
 */
final class SiblingProbes {

  private final RuleContext context;
  private List<SiblingSettings> services;

  SiblingProbes(RuleContext context) {
    this.context = context;
  }

  /**
   * The first sibling's check that fits the service; otherwise the ladder's choice, with why the
   * first sibling of the same image that has a check does not fit.
   */
  ProbeChoice choose(ExtendedService service, Optional<ContainerFacts> facts, ProbeChoice ladder) {
    String name = service.service().name();
    Optional<SiblingSettings> self =
        services().stream().filter(s -> s.name().equals(name)).findFirst();
    if (self.isEmpty() || self.get().image().isEmpty()) {
      return ladder;
    }
    Optional<String> firstMiss = Optional.empty();
    for (SiblingSettings sibling : services()) {
      if (sibling.name().equals(name)
          || !sibling.image().equals(self.get().image())
          || sibling.healthcheck().isEmpty()) {
        continue;
      }
      SiblingFit.Verdict verdict =
          cannotRun(sibling, facts)
              .map(SiblingFit.Verdict::no)
              .orElseGet(() -> SiblingFit.of(self.get(), sibling));
      if (verdict.fits()) {
        return ProbeChoice.of(probe(service.service(), sibling, verdict.why()));
      }
      if (firstMiss.isEmpty()) {
        firstMiss =
            Optional.of(
                "service '"
                    + sibling.name()
                    + "' runs the same image, but its healthcheck does not fit: "
                    + verdict.why().get(0));
      }
    }
    return firstMiss.map(miss -> ProbeChoice.none(ladder.reason() + "; " + miss)).orElse(ladder);
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
    Optional<YEntry> entry =
        context.compose().services().stream()
            .filter(s -> s.name().equals(sibling))
            .findFirst()
            .flatMap(s -> s.mapping().ownEntry("healthcheck"));
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
    return alias.target().span().end() <= service.mapping().span().end()
        && context.compose().document().aliases().stream()
            .filter(other -> other.name().equals(alias.name()))
            .allMatch(other -> other.target() == alias.target());
  }

  private List<SiblingSettings> services() {
    if (services == null) {
      services = new ArrayList<>();
      ProjectView project = context.project();
      if (project.hasOtherFiles()) {
        for (String name : project.serviceNames()) {
          project
              .merged(name)
              .ifPresent(
                  merged ->
                      services.add(SiblingSettings.of(name, merged, project.variables()::value)));
        }
      } else {
        for (Service service : context.compose().services()) {
          ExtendedService extended = ExtendedService.of(context.compose(), service);
          if (!extended.extendsAnotherFile()) {
            services.add(SiblingSettings.of(extended, project.variables()::value));
          }
        }
      }
    }
    return services;
  }
}
