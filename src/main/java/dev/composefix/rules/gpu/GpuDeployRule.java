package dev.composefix.rules.gpu;

import static dev.composefix.lint.Applicability.SAFE;
import static dev.composefix.lint.FixAvailability.SOMETIMES;
import static dev.composefix.lint.Severity.HIGH;

import dev.composefix.compose.Environment;
import dev.composefix.compose.Service;
import dev.composefix.lint.ChangeScope;
import dev.composefix.lint.Fix;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleContext;
import dev.composefix.lint.RuleMetadata;
import dev.composefix.project.Merged;
import dev.composefix.project.ProjectView;
import dev.composefix.yaml.CannotEditException;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YamlChange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A service that needs an NVIDIA GPU but reserves none gets the seed's device reservation. */
public final class GpuDeployRule implements Rule {

  private static final String SUMMARY = "GPU service without a deploy device reservation";

  static final String DOC =
      """
      # gpu-deploy (CF004)

      ## What it does
      Finds services that need an NVIDIA GPU but reserve no device for it, and adds the
      reservation:

      ```yaml
      deploy:
        resources:
          reservations:
            devices:
              - driver: nvidia
                count: ${GPU_COUNT:-1}
                capabilities: [gpu]
      ```

      A service needs a GPU when `gpu.services` in `.compose-fix.yaml` names it, when `gpu.images`
      names its image (any tag, any way of writing the name), when it has `runtime: nvidia`, or when
      its environment sets `NVIDIA_VISIBLE_DEVICES` or `NVIDIA_DRIVER_CAPABILITIES`. Values are read
      with their defaults: `${NVIDIA_VISIBLE_DEVICES:-all}` asks for a GPU, while
      `NVIDIA_VISIBLE_DEVICES` set to `none`, `void` or nothing (`${X:-}`) turns the GPU off, and
      only the configuration overrides that.

      The reservation is merged into the `deploy:`, `resources:` and `reservations:` the service
      already has, in the file's indentation, in block or flow style as the service is written. A
      `deploy:` merged in with `<<: *anchor` counts as the service's own, so the reservation goes
      into the anchor; when one GPU service merges another (`<<: *llm`), the one they share gets
      it once. When `NVIDIA_VISIBLE_DEVICES` is missing, the fix also adds
      `NVIDIA_VISIBLE_DEVICES=${NVIDIA_VISIBLE_DEVICES:-all}`, as a list item or a map entry as the
      environment is written, or in a new list-style `environment:` when the service has none.

      Left alone: a service that already reserves a device of any driver, and a service with
      `gpus:`, the newer Compose key that requests GPUs itself. Variables set only in an
      `env_file` are not read. In a project of several files the merged service is judged: a
      reservation or `gpus:` that an override for GPU hosts adds answers for the base, and the
      finding (and its fix) goes to the file that defines the service first, once.

      ## Why
      `runtime: nvidia` only works on a Docker daemon configured with that runtime, and the NVIDIA
      variables do nothing under the default runtime: such a service can start on a host, or in a
      Compose version, that gives it no GPU at all, and then runs on the CPU or fails late. A
      device reservation is the portable Compose way to ask for a GPU: Compose hands the device to
      the container or refuses to start it. The hardening review behind this rule made it the
      standard pattern for every GPU service.

      ## Example
      ```yaml
      services:
        ollama:
          image: ollama/ollama:0.5.4
          runtime: nvidia
          environment:
            - OLLAMA_HOST=0.0.0.0
      ```

      ## Use instead
      ```yaml
      services:
        ollama:
          image: ollama/ollama:0.5.4
          runtime: nvidia
          environment:
            - OLLAMA_HOST=0.0.0.0
            - NVIDIA_VISIBLE_DEVICES=${NVIDIA_VISIBLE_DEVICES:-all}
          deploy:
            resources:
              reservations:
                devices:
                  - driver: nvidia
                    count: ${GPU_COUNT:-1}
                    capabilities: [gpu]
      ```

      ## Fix safety
      Safe. The fix only adds keys and one list item, and only to a service that already asks for
      a GPU; nothing the file already says changes. The reservation asks for one GPU (or
      `GPU_COUNT`), and `NVIDIA_VISIBLE_DEVICES` defaults to `all`, as in NVIDIA's CUDA images. The
      one change in behaviour is the intended one: on a host without an NVIDIA GPU, Compose now
      refuses to start the service instead of starting it without a GPU. When the edit lands in an
      anchor, the finding names the anchor; when that anchor is also used by a service that needs
      no GPU, there is no fix, because the edit would reach that service too. A `deploy`,
      `resources`, `reservations`, `devices` or `environment` of the wrong type gets no fix either.

      ## Options
      - `gpu.services` (default none): names of services that need a GPU.
      - `gpu.images` (default none): images whose services need a GPU, e.g. `ollama/ollama`. Names
        match the way Docker reads them (`docker.io/library/x`, `library/x` and `x` are one image),
        a tag or digest is ignored on both sides, and an image written as `${VAR:-image}` is
        matched by its default.
      """;

  private static final RuleMetadata METADATA =
      new RuleMetadata("gpu-deploy", "CF004", SUMMARY, HIGH, SOMETIMES, SAFE, DOC);

  @Override
  public void check(RuleContext context) {
    List<Plan> plans = new ArrayList<>();
    for (Service service : context.compose().services()) {
      Optional<String> reason = GpuDemand.reason(service, context.config().gpu());
      if (reason.isEmpty()
          || service.find("gpus").isPresent()
          || answeredByProject(context.project(), service.name())) {
        continue;
      }
      try {
        Optional<GpuEdit> deploy = GpuEdit.forDeploy(service);
        if (deploy.isPresent()) {
          plans.add(
              new Plan(
                  service,
                  reason.get(),
                  deploy,
                  GpuEdit.forEnvironment(service),
                  Optional.empty()));
        }
      } catch (CannotEditException e) {
        plans.add(
            new Plan(
                service,
                reason.get(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(e.getMessage())));
      }
    }
    Set<String> needing = new HashSet<>();
    List<GpuEdit> edits = new ArrayList<>();
    for (Plan plan : plans) {
      needing.add(plan.service().name());
      if (plan.deploy().isPresent()) {
        edits.add(plan.deploy().get());
      }
      if (plan.environment().isPresent()) {
        edits.add(plan.environment().get());
      }
    }
    GpuEdit.Targets targets = GpuEdit.Targets.of(edits);
    ChangeScope scope = new ChangeScope(context.document());
    for (Plan plan : plans) {
      report(context, plan.shared(targets), needing, scope);
    }
  }

  /**
   * Whether the project answers for the service: another file defines it first (the finding and the
   * reservation belong there, once), or the merged service already reserves a device or asks for
   * GPUs with {@code gpus:}, as an override for GPU hosts does.
   */
  private static boolean answeredByProject(ProjectView project, String service) {
    if (!project.hasOtherFiles()) {
      return false;
    }
    if (!project.definesFirst(service)) {
      return true;
    }
    Optional<Merged.Mapping> merged = project.merged(service);
    if (merged.isEmpty()) {
      return false;
    }
    Optional<Merged> devices = merged.get().at("deploy", "resources", "reservations", "devices");
    return merged.get().get("gpus").isPresent()
        || devices.isPresent()
            && (!(devices.get() instanceof Merged.Sequence list) || !list.items().isEmpty());
  }

  private static void report(
      RuleContext context, Plan plan, Set<String> needing, ChangeScope scope) {
    Service service = plan.service();
    Optional<Environment> variables = Environment.of(service);
    boolean lacksVisibleDevices =
        variables.isEmpty() || variables.get().get(GpuDemand.VISIBLE_DEVICES).isEmpty();
    String message =
        "service '"
            + service.name()
            + "': needs a GPU ("
            + plan.reason()
            + ") but has no deploy device reservation, so it can start without one; reserve an"
            + " nvidia GPU under deploy.resources.reservations.devices"
            + (lacksVisibleDevices ? " and set " + GpuDemand.VISIBLE_DEVICES : "");
    Fix fix = null;
    try {
      if (plan.problem().isPresent()) {
        throw new CannotEditException(plan.problem().get());
      }
      GpuEdit deploy = plan.deploy().orElseThrow();
      YamlChange change = madeWithin(context, deploy, "deploy", needing, scope);
      String notes = context.sharedAnchorNote(deploy.target());
      if (plan.environment().isPresent()) {
        GpuEdit environment = plan.environment().get();
        change =
            GpuEdit.combine(
                deploy,
                change,
                environment,
                madeWithin(context, environment, "environment", needing, scope));
        String note = context.sharedAnchorNote(environment.target());
        notes += note.equals(notes) ? "" : note;
      }
      fix =
          Fix.safe(
              plan.environment().isPresent()
                  ? "Reserve an NVIDIA GPU and set " + GpuDemand.VISIBLE_DEVICES
                  : "Reserve an NVIDIA GPU",
              change);
      message += notes;
    } catch (CannotEditException e) {
      message += RuleContext.noFix(e.getMessage());
    }
    context.report(service.nameNode(), message, fix);
  }

  /**
   * Makes one edit, refusing it when, through an anchor, it would also change a service that does
   * not need a GPU.
   */
  private static YamlChange madeWithin(
      RuleContext context, GpuEdit edit, String section, Set<String> needing, ChangeScope scope)
      throws CannotEditException {
    YamlChange change = edit.make(context.editor());
    Optional<YNode> anchor = context.document().sharedAnchorOf(edit.target());
    if (anchor.isEmpty()) {
      // Reached by no alias, the node belongs to this service alone.
      return change;
    }
    String outsider = null;
    for (String name : scope.changedServices(change)) {
      if (!needing.contains(name)) {
        outsider = name;
        break;
      }
    }
    if (outsider != null) {
      throw new CannotEditException(
          "the "
              + section
              + " edit would also reach service '"
              + outsider
              + "' through the anchor &"
              + anchor.get().anchor().orElseThrow()
              + ", which needs no GPU; give this service its own "
              + section);
    }
    return change;
  }

  /**
   * What the rule will do for one GPU service: the edit that adds the device reservation and the
   * one that adds NVIDIA_VISIBLE_DEVICES, or why it cannot.
   */
  private record Plan(
      Service service,
      String reason,
      Optional<GpuEdit> deploy,
      Optional<GpuEdit> environment,
      Optional<String> problem) {

    /**
     * The plan with each insertion moved into a merged-in mapping that another plan inserts the
     * same key into.
     */
    Plan shared(GpuEdit.Targets targets) {
      return new Plan(
          service,
          reason,
          deploy.isPresent() ? Optional.of(targets.shared(deploy.get())) : deploy,
          environment.isPresent() ? Optional.of(targets.shared(environment.get())) : environment,
          problem);
    }
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
