package dev.composefix.rules.healthcheck;

import static dev.composefix.lint.Applicability.SAFE;
import static dev.composefix.lint.FixAvailability.ALWAYS;
import static dev.composefix.lint.Severity.MEDIUM;

import dev.composefix.compose.Healthchecks;
import dev.composefix.compose.Service;
import dev.composefix.lint.Applicability;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleContext;
import dev.composefix.lint.RuleMetadata;
import dev.composefix.project.Merged;
import dev.composefix.project.ProjectView;
import dev.composefix.yaml.CannotEditException;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.NewValue;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A healthcheck without {@code start_period} counts a slow start as failures. */
public final class HealthcheckStartPeriodRule implements Rule {

  private static final String SUMMARY = "Healthcheck without start_period";

  static final String DOC =
      """
      # healthcheck-start-period (CF001)

      ## What it does
      Finds enabled healthchecks that have no `start_period` and adds one: `30s`, or the value of
      `healthcheck.start_period` in `.compose-fix.yaml`. A `start_period` merged in from an anchor
      (`<<: *defaults`) counts as present. Healthchecks turned off with `disable: true` or
      `test: ["NONE"]` are left alone. In a project of several files the merged healthcheck is
      judged: a `start_period` any file gives it counts, and the finding and its fix go to the
      last file that writes the healthcheck, so the key lands in the base when an override does
      not touch the healthcheck.

      ## Why
      Without a start period, every failed probe while the service is still starting counts
      toward `retries`. A database replaying its log or a model server loading weights is then
      marked unhealthy, dependants waiting on `service_healthy` give up, and an orchestrator
      restarts a container that was only slow. The hardening review that this rule comes from
      found four such healthchecks and wrote: "ALWAYS include - prevents false-negative restarts".

      ## Example
      ```yaml
      services:
        db:
          image: postgres:15-alpine
          healthcheck:
            test: ["CMD", "pg_isready", "-U", "postgres"]
            interval: 10s
            retries: 5
      ```

      ## Use instead
      ```yaml
      services:
        db:
          image: postgres:15-alpine
          healthcheck:
            test: ["CMD", "pg_isready", "-U", "postgres"]
            interval: 10s
            retries: 5
            start_period: 30s
      ```

      ## Fix safety
      Safe. The fix only adds a key: probes keep running during the start period and a success
      still marks the service healthy at once, so nothing becomes slower; only failures in the
      first seconds stop counting. The key goes at the end of the healthcheck, in its block or
      flow style. When the healthcheck is shared through an anchor, the anchor is edited once and
      the finding says so.

      ## Options
      - `healthcheck.start_period` (default `30s`): the value the fix writes.
      """;

  private static final RuleMetadata METADATA =
      new RuleMetadata("healthcheck-start-period", "CF001", SUMMARY, MEDIUM, ALWAYS, SAFE, DOC);

  @Override
  public void check(RuleContext context) {
    String startPeriod = context.config().healthcheck().startPeriod();
    List<Service> services = new ArrayList<>();
    Map<YMapping, Boolean> lacking = new IdentityHashMap<>();
    for (Service service : context.compose().services()) {
      Optional<YMapping> healthcheck = Healthchecks.of(service);
      if (healthcheck.isPresent()
          && !Healthchecks.isDisabled(healthcheck.get())
          && Mappings.find(healthcheck.get(), "start_period").isEmpty()
          && !answeredByProject(context.project(), service.name())) {
        services.add(service);
        lacking.put(healthcheck.get(), true);
      }
    }
    for (Service service : services) {
      Mappings.Found entry = service.find("healthcheck").orElseThrow();
      YMapping healthcheck = Mappings.asMapping(entry.entry().value()).orElseThrow();
      YNode at = entry.inherited() ? service.nameNode() : entry.entry().key();
      String message =
          "service '"
              + service.name()
              + "': healthcheck has no start_period, so probes that fail while"
              + " it starts count toward retries; add start_period: "
              + startPeriod;
      YMapping target = editTarget(healthcheck, lacking);
      RuleContext.Attempt attempt;
      try {
        attempt =
            context.fixed(
                "Add start_period: " + startPeriod,
                Applicability.SAFE,
                target,
                context.editor().insertEntry(target, "start_period", NewValue.plain(startPeriod)));
      } catch (CannotEditException e) {
        attempt = RuleContext.cannotFix(e);
      }
      context.report(at, message, attempt);
    }
  }

  /**
   * Whether the project answers for the healthcheck: the merged one has a start_period or is off,
   * or a later file writes the healthcheck, so the finding and its fix belong there.
   */
  private static boolean answeredByProject(ProjectView project, String service) {
    if (!project.hasOtherFiles()) {
      return false;
    }
    Optional<Merged.Mapping> written = project.merged(service);
    Optional<Merged> merged =
        written.isPresent() ? written.get().get("healthcheck") : Optional.empty();
    return merged.isEmpty()
        || merged.get().origin().layer() != project.currentLayer()
        || merged.get().at("start_period").isPresent()
        || ProjectView.isTurnedOff(merged.get());
  }

  /**
   * Where the key goes: into a healthcheck this one merges in, when that one lacks the key too and
   * is itself some service's healthcheck, so one edit serves both; otherwise into this one.
   */
  private static YMapping editTarget(YMapping healthcheck, Map<YMapping, Boolean> lacking) {
    for (YMapping source : Mappings.mergeSources(healthcheck)) {
      if (lacking.containsKey(source)) {
        return source;
      }
    }
    return healthcheck;
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
