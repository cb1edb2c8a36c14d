package dev.composefix.rules.nats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NatsMonitoringRuleTest {

  private static Optional<String> missing(String... words) {
    return NatsMonitoringRule.serverFlags(List.of(words))
        .flatMap(NatsMonitoringRule::missingMonitoring);
  }

  @Test
  void readsFlagsTheWayGoDoes() {
    assertEquals(Optional.of("-js"), missing("-js"));
    assertEquals(Optional.of("--js"), missing("--js"));
    assertEquals(Optional.of("-jetstream"), missing("-jetstream"));
    assertEquals(Optional.of("--jetstream=T"), missing("--jetstream=T"));
    assertEquals(Optional.empty(), missing("-js=false"));
    assertEquals(Optional.empty(), missing("-js", "--jetstream=0"));
    assertEquals(Optional.of("-js"), missing("-js=f", "-js"));
    assertEquals(Optional.empty(), missing("-p", "4222"));
  }

  @Test
  void aMonitoringPortOrAConfigFileLeavesTheCommandAlone() {
    assertEquals(Optional.empty(), missing("-js", "-m", "8222"));
    assertEquals(Optional.empty(), missing("-js", "--m=8222"));
    assertEquals(Optional.empty(), missing("--http_port=8222", "-js"));
    assertEquals(Optional.empty(), missing("-js", "-https_port", "8443"));
    assertEquals(Optional.empty(), missing("-js", "--config", "/etc/nats.conf"));
    assertEquals(Optional.empty(), missing("-c=/etc/nats.conf", "-js"));
    assertEquals(Optional.of("-js"), missing("-js", "-mqtt_port", "1883"));
  }

  @Test
  void findsTheServerArguments() {
    assertEquals(Optional.of(List.of("-js")), NatsMonitoringRule.serverFlags(List.of("-js")));
    assertEquals(
        Optional.of(List.of("-js")),
        NatsMonitoringRule.serverFlags(List.of("/usr/local/bin/nats-server", "-js")));
    assertEquals(Optional.of(List.of()), NatsMonitoringRule.serverFlags(List.of("nats-server")));
    assertEquals(
        Optional.empty(), NatsMonitoringRule.serverFlags(List.of("sh", "-c", "nats-server -js")));
    assertEquals(Optional.empty(), NatsMonitoringRule.serverFlags(List.of()));
  }
}
