package dev.composefix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Processes;
import dev.composefix.support.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The GitHub Action's own shell steps, read from action.yml and run with bash as the runner runs
 * them: a stand-in npx on PATH records the command it is given and exits as compose-fix would, so
 * what is tested is the action's handling of its inputs, its outputs and fail-on.
 */
class ActionIT {

  @TempDir Path dir;

  private List<Map<String, Object>> steps;
  private Path bin;
  private Path output;

  @BeforeEach
  @SuppressWarnings("unchecked")
  void readTheAction() throws Exception {
    Map<String, Object> action =
        (Map<String, Object>)
            new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(Projects.root().resolve("action.yml")));
    steps = (List<Map<String, Object>>) ((Map<String, Object>) action.get("runs")).get("steps");
    bin = Files.createDirectory(dir.resolve("bin"));
    output = Files.writeString(dir.resolve("github-output"), "");
  }

  @Test
  void sarifGoesToItsFileAndTheExitCodeToTheOutputs() throws Exception {
    Processes.Result run =
        runStep(0, inputs(Map.of("ACTION_REF", "v1.2.3", "ARGS", "--select image-pin")), 1);
    assertEquals(new Processes.Result(0, "compose-fix exited with 1\n", ""), run);
    assertEquals(
        "--yes compose-fix@1.2.3 --check --format sarif --select image-pin deploy compose.yaml\n",
        Files.readString(dir.resolve("npx-args")));
    assertEquals("{\"runs\": []}\n", Files.readString(dir.resolve("compose-fix.sarif")));
    assertEquals("sarif-file=compose-fix.sarif\nexit-code=1\n", Files.readString(output));
  }

  @Test
  void otherFormatsPrintAndTheVersionInputWins() throws Exception {
    Processes.Result run =
        runStep(
            0,
            inputs(
                Map.of(
                    "FORMAT",
                    "github",
                    "MODE",
                    "dry-run",
                    "VERSION",
                    "0.9.0",
                    "ACTION_REF",
                    "main")),
            0);
    assertEquals(new Processes.Result(0, "{\"runs\": []}\ncompose-fix exited with 0\n", ""), run);
    assertEquals(
        "--yes compose-fix@0.9.0 --dry-run --format github deploy compose.yaml\n",
        Files.readString(dir.resolve("npx-args")));
    assertEquals("exit-code=0\n", Files.readString(output));
  }

  @Test
  void anUnknownInputIsAnError() throws Exception {
    assertEquals(
        new Processes.Result(2, "::error::mode must be check, dry-run or write, not 'fix'\n", ""),
        runStep(0, inputs(Map.of("MODE", "fix")), 0));
    assertEquals("", Files.readString(output), "compose-fix did not run");
  }

  @Test
  void failOnDecidesWhichExitCodesFailTheJob() throws Exception {
    Map<String, Integer> expected = new HashMap<>();
    for (String failOn : List.of("findings", "errors", "never")) {
      for (int code = 0; code <= 2; code++) {
        Processes.Result result =
            runStep(2, Map.of("FAIL_ON", failOn, "CODE", String.valueOf(code)), 0);
        expected.put(failOn + ":" + code, result.exitCode());
      }
    }
    assertEquals(
        Map.of(
            "findings:0",
            0,
            "findings:1",
            1,
            "findings:2",
            1,
            "errors:0",
            0,
            "errors:1",
            0,
            "errors:2",
            1,
            "never:0",
            0,
            "never:1",
            0,
            "never:2",
            0),
        expected);
  }

  private Map<String, String> inputs(Map<String, String> given) {
    Map<String, String> inputs = new HashMap<>();
    inputs.put("PATHS", "deploy compose.yaml");
    inputs.put("MODE", "check");
    inputs.put("FORMAT", "sarif");
    inputs.put("FAIL_ON", "findings");
    inputs.put("ARGS", "");
    inputs.put("VERSION", "");
    inputs.put("ACTION_REF", "");
    inputs.put("SARIF_FILE", "compose-fix.sarif");
    inputs.putAll(given);
    return inputs;
  }

  /**
   * Runs a step's script with bash as the runner does ({@code bash --noprofile --norc -eo pipefail
   * {0}}), its inputs in the environment and npx a stand-in.
   */
  private Processes.Result runStep(int index, Map<String, String> environment, int npxExit)
      throws Exception {
    Path npx = bin.resolve("npx");
    Files.writeString(
        npx,
        """
        #!/bin/sh
        echo "$*" >"%s"
        echo '{"runs": []}'
        exit %d
        """
            .formatted(dir.resolve("npx-args"), npxExit));
    npx.toFile().setExecutable(true);
    Map<String, String> env = new HashMap<>(environment);
    env.put("PATH", bin + ":" + System.getenv("PATH"));
    env.put("GITHUB_OUTPUT", output.toString());
    String script = (String) steps.get(index).get("run");
    return Processes.run(
        dir, env, 60, List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script));
  }
}
