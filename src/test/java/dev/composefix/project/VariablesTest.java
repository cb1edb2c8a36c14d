package dev.composefix.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.text.Position;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VariablesTest {

  @Test
  void theEnvironmentWinsOverEnvFilesAndALaterFileOverAnEarlier() {
    Map<String, List<DotEnv.Entry>> files = new LinkedHashMap<>();
    files.put(
        ".env",
        List.of(
            new DotEnv.Entry("A", "file", new Position(1, 1)),
            new DotEnv.Entry("B", "first", new Position(2, 1))));
    files.put("prod.env", List.of(new DotEnv.Entry("B", "second", new Position(4, 1))));
    Variables variables =
        Variables.of(name -> Optional.ofNullable(Map.of("A", "shell").get(name)), files);
    assertEquals(
        Optional.of(new Variables.Variable("A", "shell", "the environment")), variables.find("A"));
    assertEquals(
        Optional.of(new Variables.Variable("B", "second", "prod.env:4")), variables.find("B"));
    assertEquals(Optional.empty(), variables.find("C"));
  }

  @Test
  void anIncludingProjectsValuesWinOverTheIncludedEnvFile() {
    Variables parent =
        Variables.of(
            name -> Optional.empty(),
            Map.of(".env", List.of(new DotEnv.Entry("TAG", "parent", new Position(1, 1)))));
    Variables included =
        parent.over(
            Map.of(
                "db/.env",
                List.of(
                    new DotEnv.Entry("TAG", "child", new Position(1, 1)),
                    new DotEnv.Entry("ONLY_CHILD", "x", new Position(2, 1)))));
    assertEquals(
        Optional.of(new Variables.Variable("TAG", "parent", ".env:1")), included.find("TAG"));
    assertEquals(
        Optional.of(new Variables.Variable("ONLY_CHILD", "x", "db/.env:2")),
        included.find("ONLY_CHILD"));
  }
}
