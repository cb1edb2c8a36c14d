package dev.composefix.rules.gpu;

import dev.composefix.compose.Environment;
import dev.composefix.compose.EnvironmentEntry;
import dev.composefix.compose.ImageReference;
import dev.composefix.compose.Interpolation;
import dev.composefix.compose.Service;
import dev.composefix.config.Config;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a service asks for an NVIDIA GPU, and what says so: configuration naming the service or
 * its image, {@code runtime: nvidia}, or the NVIDIA container variables in its environment. Values
 * are read with their {@code ${VAR:-default}} defaults, as Compose reads them when the variable is
 * unset.
 */
public final class GpuDemand {

  public static final String VISIBLE_DEVICES = "NVIDIA_VISIBLE_DEVICES";
  public static final String DRIVER_CAPABILITIES = "NVIDIA_DRIVER_CAPABILITIES";

  /** What the NVIDIA container toolkit reads as "no GPU" in NVIDIA_VISIBLE_DEVICES. */
  private static final Set<String> NO_DEVICES = Set.of("", "none", "void");

  private GpuDemand() {}

  /**
   * Why the service needs a GPU, as a phrase for a message, or empty when it does not. An
   * environment that sets NVIDIA_VISIBLE_DEVICES to none, void or nothing turns the GPU off, and
   * only configuration overrides that.
   */
  public static Optional<String> reason(Service service, Config.Gpu gpu) {
    if (gpu.services().contains(service.name())) {
      return Optional.of("gpu.services names it");
    }
    Optional<String> image = imageName(service);
    if (image.isPresent()) {
      for (String configured : gpu.images()) {
        if (ImageReference.normalize(configured).equals(image.get())) {
          return Optional.of("gpu.images names " + configured);
        }
      }
    }
    Optional<Environment> environment = Environment.of(service);
    Optional<EnvironmentEntry> visible =
        environment.isPresent() ? environment.get().get(VISIBLE_DEVICES) : Optional.empty();
    if (visible.isPresent() && !asksForDevices(visible.get())) {
      return Optional.empty();
    }
    Optional<String> runtime = scalarValue(service, "runtime");
    if (runtime.isPresent()
        && Interpolation.withDefaults(runtime.get()).equals(Optional.of("nvidia"))) {
      return Optional.of("runtime: " + runtime.get());
    }
    if (visible.isPresent()) {
      return Optional.of("its environment sets " + VISIBLE_DEVICES);
    }
    Optional<EnvironmentEntry> capabilities =
        environment.isPresent() ? environment.get().get(DRIVER_CAPABILITIES) : Optional.empty();
    if (capabilities.isPresent() && asksForDevices(capabilities.get())) {
      return Optional.of("its environment sets " + DRIVER_CAPABILITIES);
    }
    return Optional.empty();
  }

  /**
   * Whether a variable's value asks for something: a name without a value takes it from the shell,
   * and a value that is empty, none or void with its defaults applied asks for nothing.
   */
  static boolean asksForDevices(EnvironmentEntry entry) {
    if (entry.value().isEmpty()) {
      return true;
    }
    Optional<String> value = Interpolation.withDefaults(entry.value().get());
    return value.isEmpty() || !NO_DEVICES.contains(value.get().trim().toLowerCase(Locale.ROOT));
  }

  /** The service's image name, normalized; a variable in it is read with its default. */
  static Optional<String> imageName(Service service) {
    Optional<String> text = scalarValue(service, "image");
    Optional<String> interpolated =
        text.isPresent() ? Interpolation.withDefaults(text.get()) : Optional.empty();
    Optional<ImageReference> image =
        interpolated.isPresent() ? ImageReference.parse(interpolated.get()) : Optional.empty();
    return image.isPresent() ? Optional.of(image.get().normalizedName()) : Optional.empty();
  }

  /** A key's value when it is a scalar, as written; empty when absent or not a scalar. */
  private static Optional<String> scalarValue(Service service, String key) {
    Optional<Mappings.Found> found = service.find(key);
    return found.isPresent() && Mappings.resolve(found.get().entry().value()) instanceof YScalar s
        ? Optional.of(s.value())
        : Optional.empty();
  }

  /**
   * Whether the service already asks for a device: a non-empty {@code
   * deploy.resources.reservations.devices} list, merged-in keys included, or {@code gpus:}.
   */
  public static boolean hasDeviceRequest(Service service) {
    if (service.find("gpus").isPresent()) {
      return true;
    }
    YNode node = service.mapping();
    for (String key : new String[] {"deploy", "resources", "reservations", "devices"}) {
      if (!(Mappings.resolve(node) instanceof YMapping mapping)) {
        return false;
      }
      Optional<YNode> value = Mappings.get(mapping, key);
      if (value.isEmpty()) {
        return false;
      }
      node = value.get();
    }
    return Mappings.resolve(node) instanceof YSequence devices && !devices.items().isEmpty();
  }
}
