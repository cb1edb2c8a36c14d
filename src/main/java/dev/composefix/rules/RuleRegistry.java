package dev.composefix.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Every rule, by name and by code. Adding a rule means adding it here. */
public final class RuleRegistry {

  private static final List<Rule> ALL = List.of(
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
      new ComposeSchemaRule());

  private RuleRegistry() {}

  public static List<Rule> all() {
    return ALL;
  }

  /** A rule by its name or its code. */
  public static Optional<Rule> find(String nameOrCode) {
    for (Rule rule : ALL) {
      if (rule.name().equals(nameOrCode) || rule.code().equalsIgnoreCase(nameOrCode)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** The names and codes a user may write. */
  public static Set<String> acceptedNames() {
    Set<String> names = new LinkedHashSet<>();
    for (Rule rule : ALL) {
      names.add(rule.name());
      names.add(rule.code());
      names.add(rule.code().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /**
   * The rules a run uses: the selected ones (when nothing is selected, all but the opt-in ones),
   * less the ignored.
   *
   * @throws IllegalArgumentException naming an unknown rule
   */
  public static List<Rule> select(Optional<List<String>> select, List<String> ignore) {
    List<Rule> chosen = new ArrayList<>();
    if (select.isPresent()) {
      for (String name : select.get()) {
        Rule rule = require(name);
        if (!chosen.contains(rule)) {
          chosen.add(rule);
        }
      }
    } else {
      ALL.stream().filter(rule -> !rule.isOptIn()).forEach(chosen::add);
    }
    for (String name : ignore) {
      chosen.remove(require(name));
    }
    return List.copyOf(chosen);
  }

  private static Rule require(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException(
        "unknown rule '" + name + "'; run 'compose-fix rules' to list them"));
  }
}
