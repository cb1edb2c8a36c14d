package dev.composefix.rules.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.Service;
import dev.composefix.config.Config;
import dev.composefix.config.ConfigException;
import dev.composefix.config.ConfigLoader;
import dev.composefix.support.Yaml;
import dev.composefix.yaml.InvalidYamlException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GpuDemandTest {

  private static Config config(String yaml) {
    try {
      return new ConfigLoader(Set.of())
          .load(".compose-fix.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    } catch (ConfigException e) {
      throw new AssertionError(e.describe(), e);
    }
  }

  /** The reason for the one service of a file whose service is written as {@code body}. */
  private static Optional<String> reason(String body, Config config) {
    String yaml = "services:\n  app:\n" + body.indent(4);
    try {
      Service service = ComposeFile.of(Yaml.parse(yaml)).orElseThrow().services().get(0);
      return GpuDemand.reason(service, config.gpu());
    } catch (InvalidYamlException e) {
      throw new AssertionError(e);
    }
  }

  private static Optional<String> reason(String body) {
    return reason(body, Config.DEFAULTS);
  }

  @Test
  void theNvidiaRuntimeAsksForAGpu() {
    assertEquals(Optional.of("runtime: nvidia"), reason("runtime: nvidia"));
    assertEquals(Optional.of("runtime: ${RUNTIME:-nvidia}"), reason("runtime: ${RUNTIME:-nvidia}"));
    assertEquals(Optional.empty(), reason("runtime: runc"));
    assertEquals(Optional.empty(), reason("runtime: ${RUNTIME}"));
    assertEquals(Optional.empty(), reason("runtime: Nvidia-custom"));
  }

  @Test
  void theNvidiaVariablesAskForAGpu() {
    assertEquals(
        Optional.of("its environment sets NVIDIA_VISIBLE_DEVICES"),
        reason("environment: [NVIDIA_VISIBLE_DEVICES=all]"));
    assertEquals(
        Optional.of("its environment sets NVIDIA_VISIBLE_DEVICES"),
        reason("environment: [NVIDIA_VISIBLE_DEVICES=0,1]"));
    assertEquals(
        Optional.of("its environment sets NVIDIA_VISIBLE_DEVICES"),
        reason("environment: [NVIDIA_VISIBLE_DEVICES]"));
    assertEquals(
        Optional.of("its environment sets NVIDIA_VISIBLE_DEVICES"),
        reason("environment:\n  NVIDIA_VISIBLE_DEVICES:"));
    assertEquals(
        Optional.of("its environment sets NVIDIA_VISIBLE_DEVICES"),
        reason("environment: [\"NVIDIA_VISIBLE_DEVICES=${GPUS}\"]"));
    assertEquals(
        Optional.of("its environment sets NVIDIA_DRIVER_CAPABILITIES"),
        reason("environment:\n  NVIDIA_DRIVER_CAPABILITIES: compute,utility"));
    assertEquals(
        Optional.empty(), reason("environment: [NVIDIA_API_KEY=x, CUDA_VISIBLE_DEVICES=0]"));
  }

  @Test
  void noneVoidOrNothingTurnsTheGpuOff() {
    assertEquals(
        Optional.empty(), reason("runtime: nvidia\nenvironment: [NVIDIA_VISIBLE_DEVICES=none]"));
    assertEquals(
        Optional.empty(), reason("runtime: nvidia\nenvironment: [NVIDIA_VISIBLE_DEVICES=VOID]"));
    assertEquals(
        Optional.empty(), reason("runtime: nvidia\nenvironment: [NVIDIA_VISIBLE_DEVICES=]"));
    assertEquals(
        Optional.empty(),
        reason(
            "environment:\n"
                + "  NVIDIA_VISIBLE_DEVICES: \"${X:-}\"\n"
                + "  NVIDIA_DRIVER_CAPABILITIES: all"));
    assertEquals(Optional.empty(), reason("environment:\n  NVIDIA_DRIVER_CAPABILITIES: ${CAPS:-}"));
    assertEquals(
        Optional.of("gpu.services names it"),
        reason("environment: [NVIDIA_VISIBLE_DEVICES=void]", config("gpu:\n  services: [app]\n")));
  }

  @Test
  void configurationNamesServicesAndImages() {
    Config config =
        config(
            "gpu:\n"
                + "  services: [other]\n"
                + "  images: [docker.io/library/ollama:0.5, ghcr.io/acme/vision]\n");
    assertEquals(
        Optional.of("gpu.images names docker.io/library/ollama:0.5"),
        reason("image: ollama", config));
    assertEquals(
        Optional.of("gpu.images names docker.io/library/ollama:0.5"),
        reason("image: library/ollama:latest", config));
    assertEquals(
        Optional.of("gpu.images names ghcr.io/acme/vision"),
        reason("image: GHCR.io/acme/vision:2@sha256:abc", config));
    assertEquals(
        Optional.of("gpu.images names ghcr.io/acme/vision"),
        reason("image: ${IMAGE:-ghcr.io/acme/vision:2}", config));
    assertEquals(Optional.empty(), reason("image: ${IMAGE}", config));
    assertEquals(Optional.empty(), reason("image: quay.io/acme/vision", config));
    assertEquals(Optional.empty(), reason("image: acme/ollama", config));
  }
}
