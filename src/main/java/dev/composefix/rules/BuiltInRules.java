package dev.composefix.rules;

import dev.composefix.lint.RuleSet;
import dev.composefix.rules.gpu.GpuDeployRule;
import dev.composefix.rules.healthcheck.CurlFlagsRule;
import dev.composefix.rules.healthcheck.HealthcheckMissingRule;
import dev.composefix.rules.healthcheck.HealthcheckStartPeriodRule;
import dev.composefix.rules.healthcheck.HealthcheckToolRule;
import dev.composefix.rules.healthcheck.HealthcheckWeakRule;
import dev.composefix.rules.images.ImagePinRule;
import dev.composefix.rules.nats.NatsMonitoringRule;
import dev.composefix.rules.schema.ComposeSchemaRule;
import dev.composefix.rules.secrets.SecretDefaultRule;
import dev.composefix.rules.secrets.SecretHardcodedRule;
import dev.composefix.rules.suppressions.UnusedSuppressionRule;
import java.util.List;

/** Every rule compose-fix ships, in code order. Adding a rule means adding it here. */
public final class BuiltInRules {

  private static final RuleSet RULES =
      new RuleSet(
          List.of(
              new HealthcheckStartPeriodRule(),
              new SecretDefaultRule(),
              new ImagePinRule(),
              new GpuDeployRule(),
              new CurlFlagsRule(),
              new HealthcheckToolRule(),
              new NatsMonitoringRule(),
              new HealthcheckMissingRule(),
              new HealthcheckWeakRule(),
              new SecretHardcodedRule(),
              new UnusedSuppressionRule(),
              new ComposeSchemaRule()));

  private BuiltInRules() {}

  public static RuleSet ruleSet() {
    return RULES;
  }
}
