package dev.composefix.rules.healthcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.config.Config;
import dev.composefix.fix.FixLoop;
import dev.composefix.fix.FixOutcome;
import dev.composefix.lint.Finding;
import dev.composefix.lint.Severity;
import dev.composefix.lint.Surroundings;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.YamlParser;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CurlFlagsRuleTest {

  private static FixOutcome fix(String yaml) throws Exception {
    return new FixLoop(
            List.of(new CurlFlagsRule()),
            BuiltInRules.ruleSet(),
            Surroundings.of(Config.DEFAULTS),
            false,
            new YamlParser())
        .fix(SourceText.of(yaml));
  }

  private static String yamlBlockAfter(String heading) {
    Matcher block =
        Pattern.compile(Pattern.quote(heading) + "\n```yaml\n(.*?)```", Pattern.DOTALL)
            .matcher(CurlFlagsRule.DOC);
    if (!block.find()) {
      throw new AssertionError("no yaml block under " + heading);
    }
    return block.group(1);
  }

  @Test
  void theDocExampleIsFixedIntoItsUseInstead() throws Exception {
    FixOutcome outcome = fix(yamlBlockAfter("## Example"));
    assertEquals(yamlBlockAfter("## Use instead"), outcome.fixed().text());
    assertEquals(
        List.of(Severity.MEDIUM, Severity.LOW),
        outcome.findings().stream().map(Finding::severity).toList());
    assertEquals(List.of(), fix(yamlBlockAfter("## Use instead")).findings());
  }

  @Test
  void aCommandLineItCannotReadIsReportedOnlyWhenItsCurlHasNoFailFlag() throws Exception {
    String heredoc =
        "services:\n"
            + "  a:\n"
            + "    healthcheck:\n"
            + "      test: |\n"
            + "        curl %s http://x <<EOF\n"
            + "        EOF\n";
    assertEquals(
        List.of(
            "service 'a': a curl without -f exits 0 on HTTP 500, so this health check can never"
                + " fail; use curl -sf (no automatic fix: the command line has a here-document,"
                + " which compose-fix does not edit)"),
        fix(heredoc.formatted("-s")).findings().stream().map(Finding::message).toList());
    assertEquals(List.of(), fix(heredoc.formatted("-sSf")).findings());
    assertEquals(List.of(), fix(heredoc.formatted("--fail")).findings());
    assertEquals(List.of(), fix(heredoc.replace("curl %s", "wget http://x/curl")).findings());
    assertEquals(1, fix(heredoc.replace("curl %s", "/usr/bin/curl")).findings().size());
  }

  @Test
  void aCurlWhoseStatusCodeIsReadIsLeftAloneButNotOneWithAPlainExitStatus() throws Exception {
    String captured =
        "services:\n"
            + "  a:\n"
            + "    healthcheck:\n"
            + "      test: '[ \"$(curl -w %%{http_code} http://x)\" = 200 ]%s'\n";
    assertEquals(List.of(), fix(captured.formatted("")).findings());
    assertEquals(
        List.of(
            "service 'a': a curl without -f exits 0 on HTTP 500, so this health check can never"
                + " fail; use curl -sf"),
        fix(captured.formatted(" && curl -w %{http_code} http://y")).findings().stream()
            .map(Finding::message)
            .toList());
  }
}
