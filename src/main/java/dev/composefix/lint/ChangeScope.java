package dev.composefix.lint;

import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YamlChange;
import dev.composefix.yaml.YamlData;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which services a change reaches once aliases and merge keys are followed, found by comparing each
 * service's data with and without the change. An edit inside an anchor reaches every service that
 * uses it, and this is how a rule finds out before it offers the edit.
 */
public final class ChangeScope {

  private static final YamlData.Scalar SERVICES = YamlData.Scalar.string("services");

  private final YDocument document;
  private Map<?, ?> before;

  public ChangeScope(YDocument document) {
    this.document = document;
  }

  /** The names of the services whose data the change alters, in file order. */
  public Set<String> changedServices(YamlChange change) {
    if (before == null) {
      before = services(YamlData.of(document));
    }
    Map<?, ?> after = services(YamlData.of(document, change.intents()));
    Set<String> changed = new LinkedHashSet<>();
    for (Map.Entry<?, ?> service : before.entrySet()) {
      if (!Objects.equals(service.getValue(), after.get(service.getKey()))
          && service.getKey() instanceof YamlData.Scalar name) {
        changed.add(name.value());
      }
    }
    return changed;
  }

  private static Map<?, ?> services(Object root) {
    return root instanceof Map<?, ?> top && top.get(SERVICES) instanceof Map<?, ?> services
        ? services
        : Map.of();
  }
}
