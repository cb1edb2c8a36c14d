package dev.composefix.rules.healthcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.RuleFindings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthcheckMissingRuleTest {

  @Test
  void eachFindingCarriesTheSeverityOfItsServicesRole() throws Exception {
    String yaml =
        """
        services:
          db:
            image: postgres:16
          api:
            build: ./api
            ports: ["8080:8080"]
          worker:
            build: ./worker
          nats-echo-res:
            build: ./echo
          checked:
            image: redis:7
            healthcheck: {disable: true}
        """;
    List<String> severities =
        RuleFindings.lines(
            new HealthcheckMissingRule(),
            yaml,
            finding ->
                finding.severity().label()
                    + " "
                    + finding.fix().map(fix -> fix.applicability().name()).orElse("no fix"));
    assertEquals(
        List.of("2:3 critical UNSAFE", "4:3 high no fix", "7:3 medium no fix", "9:3 low no fix"),
        severities);
  }

  @Test
  void theDocNamesEveryImageProfileAndWordTheRuleReads() {
    List<String> names = new ArrayList<>();
    names.addAll(ServiceRoles.DATA_IMAGES);
    names.addAll(ServiceRoles.HTTP_IMAGES);
    names.addAll(ServiceRoles.ONE_SHOT_IMAGES);
    names.addAll(ServiceRoles.ONE_SHOT_PROFILES);
    names.addAll(ServiceRoles.ONE_SHOT_NAME_WORDS);
    List<String> undocumented =
        names.stream()
            .filter(name -> !HealthcheckMissingRule.DOC.contains("`" + name + "`"))
            .toList();
    assertEquals(List.of(), undocumented);
  }
}
