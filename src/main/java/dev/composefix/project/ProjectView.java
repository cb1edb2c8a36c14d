package dev.composefix.project;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.Service;
import dev.composefix.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project a file belongs to, as one of its files sees it: every file in merge order, with this
 * file's own layer taken from the document being checked (which the fix loop changes pass by pass),
 * and the variables this file is interpolated with. A lone file's view knows no other file and no
 * variables, so it is judged as it always was.
 */
public final class ProjectView {

  /**
   * A service that another file's service {@code extends} (compose-spec {@code 05-services.md},
   * "extends"), read from its file.
   *
   * @param display how output names its file
   */
  public record Base(String display, Service service, SourceText source) {}

  /**
   * One file of the project.
   *
   * @param display how output names it
   * @param compose its Compose view, or empty when it could not be read
   * @param bases for each of its services that extends a service of another file, what it extends,
   *     the deepest first
   */
  public record Layer(
      String display, Optional<ComposeFile> compose, Map<String, List<Base>> bases) {

    public Layer {
      bases = Map.copyOf(bases);
    }

    public Layer(String display, Optional<ComposeFile> compose) {
      this(display, compose, Map.of());
    }
  }

  /** One file's definition of a service. */
  public record ServiceLayer(Layer layer, int index, Service service) {}

  /** A file alone: no other file, no variables. */
  public static final ProjectView ALONE = new ProjectView(List.of(), -1, Variables.NONE);

  private final List<Layer> layers;
  private final int current;
  private final Variables variables;

  /**
   * @param layers every file of the project in merge order
   * @param current the index of the file that is checked
   * @param variables the variables that file is interpolated with
   */
  public ProjectView(List<Layer> layers, int current, Variables variables) {
    this.layers = List.copyOf(layers);
    this.current = current;
    this.variables = variables;
  }

  /** The same view with the checked file's document as it now stands. */
  public ProjectView withCurrent(ComposeFile compose) {
    if (current < 0) {
      return this;
    }
    List<Layer> replaced = new ArrayList<>(layers);
    Layer layer = layers.get(current);
    replaced.set(current, new Layer(layer.display(), Optional.of(compose), layer.bases()));
    return new ProjectView(replaced, current, variables);
  }

  /** Whether another file takes part: an override, an include, or a file a service extends. */
  public boolean hasOtherFiles() {
    if (layers.size() > 1) {
      return true;
    }
    for (Layer layer : layers) {
      if (!layer.bases().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  public Variables variables() {
    return variables;
  }

  /** The checked file's place in the merge order. */
  public int currentLayer() {
    return current;
  }

  /** How output names the project's files, in merge order. */
  public List<String> files() {
    List<String> files = new ArrayList<>(layers.size());
    for (Layer layer : layers) {
      files.add(layer.display());
    }
    return java.util.Collections.unmodifiableList(files);
  }

  /** The names of the services the project's files define, in the order first written. */
  public List<String> serviceNames() {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    for (Layer layer : layers) {
      if (layer.compose().isPresent()) {
        for (Service service : layer.compose().get().services()) {
          names.add(service.name());
        }
      }
    }
    return List.copyOf(names);
  }

  /** Each file's definition of the service, in merge order. */
  public List<ServiceLayer> layersOf(String service) {
    List<ServiceLayer> found = new ArrayList<>();
    for (int i = 0; i < layers.size(); i++) {
      Layer layer = layers.get(i);
      if (layer.compose().isEmpty()) {
        continue;
      }
      Optional<Service> defined = layer.compose().get().service(service);
      if (defined.isPresent()) {
        found.add(new ServiceLayer(layer, i, defined.get()));
      }
    }
    return found;
  }

  /**
   * The definitions that make the service, in merge order: for each file that defines it, what its
   * definition extends from other files, then the definition itself.
   */
  private List<ServiceMerge.Definition> definitions(String service, boolean withCurrentOwn) {
    List<ServiceMerge.Definition> definitions = new ArrayList<>();
    for (ServiceLayer layer : layersOf(service)) {
      for (Base base : layer.layer().bases().getOrDefault(service, List.of())) {
        definitions.add(
            new ServiceMerge.Definition(
                base.display(), layer.index(), base.service().mapping(), base.source()));
      }
      if (withCurrentOwn || layer.index() != current) {
        definitions.add(
            new ServiceMerge.Definition(
                layer.layer().display(),
                layer.index(),
                layer.service().mapping(),
                layer.layer().compose().orElseThrow().document().source()));
      }
    }
    return definitions;
  }

  /** The service as the whole project runs it; empty when no file defines it. */
  public Optional<Merged.Mapping> merged(String service) {
    return ServiceMerge.merge(definitions(service, true));
  }

  /** Whether the checked file is the first to define the service, or the view is a lone file's. */
  public boolean definesFirst(String service) {
    List<ServiceLayer> defined = layersOf(service);
    return current < 0 || defined.isEmpty() || defined.get(0).index() == current;
  }

  /**
   * What the other files that define the service, or that it extends, write for this key, in merge
   * order; for messages such as "the tag compose.yaml:3 sets".
   */
  public List<Merged> othersWriting(String service, String key) {
    List<Merged> values = new ArrayList<>();
    for (ServiceMerge.Definition definition : definitions(service, false)) {
      dev.composefix.yaml.Mappings.find(definition.service(), key)
          .ifPresent(found -> values.add(ServiceMerge.read(found.value(), definition, key)));
    }
    return values;
  }

  /**
   * Whether the value this file writes for the service's top-level {@code key} is not the one the
   * project runs: a later file writes it again and replaces it (as {@code command} and {@code
   * entrypoint} are replaced), or no merged value comes from this file. Its findings belong to the
   * value that runs.
   */
  public boolean valueRunsElsewhere(String service, String key) {
    if (!hasOtherFiles()) {
      return false;
    }
    Optional<Merged> value = merged(service).flatMap(m -> m.get(key));
    return value.isEmpty() || value.get().origin().layer() != current;
  }

  /**
   * Whether the service's healthcheck test that this file writes is not the one the project runs: a
   * later file replaces it ("Exceptions / Shell commands" of the merge rules), or turns the
   * healthcheck off or takes it away. Its findings belong to the test that runs.
   */
  public boolean testRunsElsewhere(String service) {
    if (!hasOtherFiles()) {
      return false;
    }
    Optional<Merged> healthcheck = merged(service).flatMap(m -> m.get("healthcheck"));
    Optional<Merged> test = healthcheck.flatMap(h -> h.at("test"));
    return test.isEmpty()
        || test.get().origin().layer() != current
        || isTurnedOff(healthcheck.get());
  }

  /** Where a merged value is written, as {@code compose.yaml:4}. */
  public String describe(Merged.Origin origin) {
    return origin.file() + ":" + origin.line();
  }

  /** Whether a merged healthcheck is turned off: {@code disable: true} or {@code test: [NONE]}. */
  public static boolean isTurnedOff(Merged healthcheck) {
    boolean disabled =
        healthcheck
            .at("disable")
            .filter(d -> d instanceof Merged.Scalar flag && flag.value().equalsIgnoreCase("true"))
            .isPresent();
    boolean none =
        healthcheck
            .at("test")
            .filter(
                test ->
                    test instanceof Merged.Sequence argv
                        && !argv.items().isEmpty()
                        && argv.items().get(0) instanceof Merged.Scalar first
                        && first.value().equals("NONE"))
            .isPresent();
    return disabled || none;
  }
}
