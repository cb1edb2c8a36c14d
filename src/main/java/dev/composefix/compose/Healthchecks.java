package dev.composefix.compose;

import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import dev.composefix.yaml.YamlTags;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading a service's healthcheck the way Compose does. */
public final class Healthchecks {

  private Healthchecks() {}

  /** The service's healthcheck mapping, merged-in or through an alias, when it has one. */
  public static Optional<YMapping> of(Service service) {
    return service.healthcheck();
  }

  /** The service's healthcheck when it has one that is not turned off. */
  public static Optional<YMapping> enabled(Service service) {
    Optional<YMapping> healthcheck = of(service);
    return healthcheck.isPresent() && isDisabled(healthcheck.get())
        ? Optional.empty()
        : healthcheck;
  }

  /** A service whose healthcheck is on and has a test: the service, the mapping and its test. */
  public record Tested(Service service, YMapping healthcheck, HealthcheckTest test) {}

  /**
   * The services of the file whose healthcheck is on and has a test, in file order; read once per
   * file, as several rules judge them.
   */
  public static List<Tested> tested(ComposeFile compose) {
    if (compose.tested == null) {
      compose.tested = List.copyOf(read(compose));
    }
    return compose.tested;
  }

  private static List<Tested> read(ComposeFile compose) {
    List<Tested> tested = new ArrayList<>();
    for (Service service : compose.services()) {
      Optional<YMapping> healthcheck = enabled(service);
      Optional<HealthcheckTest> test =
          healthcheck.isPresent() ? HealthcheckTest.of(healthcheck.get()) : Optional.empty();
      if (test.isPresent()) {
        tested.add(new Tested(service, healthcheck.get(), test.get()));
      }
    }
    return tested;
  }

  /** {@code disable: true} or {@code test: ["NONE"]} turn a healthcheck off. */
  public static boolean isDisabled(YMapping healthcheck) {
    Optional<YNode> disable = Mappings.get(healthcheck, "disable");
    if (disable.isPresent()
        && disable.get() instanceof YScalar flag
        && YamlTags.BOOL.equals(flag.resolvedTag())
        && flag.value().toLowerCase(Locale.ROOT).equals("true")) {
      return true;
    }
    Optional<YNode> test = Mappings.get(healthcheck, "test");
    return test.isPresent()
        && test.get() instanceof YSequence argv
        && !argv.items().isEmpty()
        && Mappings.resolve(argv.items().get(0)) instanceof YScalar first
        && "NONE".equals(first.value());
  }
}
