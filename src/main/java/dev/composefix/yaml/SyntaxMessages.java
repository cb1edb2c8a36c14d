package dev.composefix.yaml;

import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Turns the parser's exceptions into one-line messages a person can act on. Only the problem text
 * is used: the parser's snippets quote the source line, which may hold a secret.
 */
final class SyntaxMessages {

  private SyntaxMessages() {}

  static String describe(MarkedYamlEngineException e) {
    String problem = oneLine(e.getProblem());
    if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
      return "tab character where YAML expects indentation; indent with spaces only";
    }
    String context = e.getContext() == null ? "" : oneLine(e.getContext());
    String message = context.isEmpty() ? problem : problem + " (" + context + ")";
    return message + "; fix the YAML syntax and run again";
  }

  static String describe(YamlEngineException e) {
    return oneLine(String.valueOf(e.getMessage())) + "; fix the YAML and run again";
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
  }
}
