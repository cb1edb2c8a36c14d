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
    String problem = withoutContent(oneLine(e.getProblem()));
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

  /**
   * The parser's message without the text of the file it quotes: what it found may be part of a
   * secret ({@code "C0rr3ct\\UHorseBattery..."} gave {@code but found: HorseBat}). Token kinds such
   * as {@code '<block end>'} and the punctuation of the syntax stay.
   */
  static String withoutContent(String problem) {
    String message = problem;
    for (String found : new String[] {", but found", " but found", ", but got", " but got"}) {
      int at = message.indexOf(found);
      if (at >= 0) {
        String rest = message.substring(at + found.length()).trim();
        if (!rest.startsWith("'<") && !rest.startsWith("<") && !isPunctuation(rest)) {
          message = message.substring(0, at) + found + " something else";
        }
        break;
      }
    }
    if (message.startsWith("found unknown escape character")) {
      return "found an unknown escape character";
    }
    if (message.startsWith("found character") && message.endsWith("that cannot start any token")) {
      return "found a character that cannot start any token";
    }
    return message;
  }

  /** A quoted punctuation mark of YAML's syntax, such as {@code ':'} or {@code :}. */
  private static boolean isPunctuation(String text) {
    String bare = text.replace("'", "");
    return bare.length() == 1 && ":,[]{}-?|>#&*!%@`\"".indexOf(bare.charAt(0)) >= 0;
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
  }
}
