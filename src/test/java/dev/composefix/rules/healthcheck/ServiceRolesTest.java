package dev.composefix.rules.healthcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.ExtendedService;
import dev.composefix.support.Yaml;
import dev.composefix.yaml.InvalidYamlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceRolesTest {

  /** "name: severity kind (reason)" for every service of the file, in order. */
  private static List<String> roles(String yaml) throws InvalidYamlException {
    ComposeFile compose = ComposeFile.of(Yaml.parse(yaml)).orElseThrow();
    List<String> roles = new ArrayList<>();
    compose
        .services()
        .forEach(
            service -> {
              ServiceRoles.Role role =
                  ServiceRoles.of(
                      ExtendedService.of(compose, service), Optional.empty(), Optional.empty());
              roles.add(service.name() + ": " + role.severity().label() + " " + role.describe());
            });
    return roles;
  }

  @Test
  void theFirstMatchingSignalDecidesInPriorityOrder() throws InvalidYamlException {
    String yaml =
        """
        services:
          psql-job:
            image: postgres:16
            restart: "no"
            ports: ["5432:5432"]
          db:
            image: docker.io/library/postgres:16
            ports: ["5432:5432"]
          proxy:
            image: nginx:1.27-alpine
            ports: ["80:80"]
          gateway:
            image: tensorzero/gateway:2024.12.18
          api:
            build: ./api
            ports: ["8080:8080"]
          internal:
            build: ./internal
            expose: ["9000"]
          exporter:
            image: prometheuscommunity/postgres-exporter:v0.15.0
          worker:
            build: ./worker
        """;
    assertEquals(
        List.of(
            "psql-job: low one-shot or diagnostic service (restart: \"no\")",
            "db: critical data service (image postgres)",
            "proxy: high API service (image nginx)",
            "gateway: high API service (image tensorzero/gateway)",
            "api: high API service (publishes ports)",
            "internal: high API service (exposes ports)",
            "exporter: medium worker",
            "worker: medium worker"),
        roles(yaml));
  }

  @Test
  void oneShotSignals() throws InvalidYamlException {
    String yaml =
        """
        services:
          job:
            image: example/job:1.0
            deploy: {restart_policy: {condition: none}}
          shell:
            image: example/app:1.0
            profiles: [Debug]
          nats-echo-req:
            build: ./echo
          db_init:
            image: redis:7
          initial:
            image: redis:7
          buckets:
            image: minio/mc:latest
          empty-ports:
            image: example/app:1.0
            ports: []
        """;
    assertEquals(
        List.of(
            "job: low one-shot or diagnostic service (restart_policy condition: none)",
            "shell: low one-shot or diagnostic service (profile Debug)",
            "nats-echo-req: low one-shot or diagnostic service ('echo' in its name)",
            "db_init: low one-shot or diagnostic service ('init' in its name)",
            "initial: critical data service (image redis)",
            "buckets: low one-shot or diagnostic service (image mc)",
            "empty-ports: medium worker"),
        roles(yaml));
  }

  @Test
  void imagesAreReadThroughMergesExtendsAndVariableDefaults() throws InvalidYamlException {
    String yaml =
        """
        x-db: &db
          image: ${PG_IMAGE:-postgres:16}
        services:
          merged:
            <<: *db
          base:
            image: qdrant/qdrant:v1.10.0
          extended:
            extends: base
          unknown:
            image: ${APP_IMAGE}
        """;
    assertEquals(
        List.of(
            "merged: critical data service (image postgres)",
            "base: critical data service (image qdrant)",
            "extended: critical data service (image qdrant)",
            "unknown: medium worker"),
        roles(yaml));
  }
}
