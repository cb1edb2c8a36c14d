package dev.composefix.images.dockerfile;

import dev.composefix.shell.ProgramCalls;
import dev.composefix.shell.ShellScript;
import dev.composefix.shell.ShellToken;
import dev.composefix.shell.ShellWord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The simple commands a {@code RUN} script runs, in order, as word lists: every level (command
 * substitutions included), {@code sh -c "..."} strings read as scripts of their own, and leading
 * assignments, reserved words and wrappers such as {@code sudo} skipped. Unlike the views in the
 * shell package it does not refuse syntax it does not model: a Dockerfile's install lines sit among
 * {@code case} statements and subshells, so where the lexer stops, reading resumes after the
 * problem, at most {@link #MAX_RESUMES} times.
 */
final class RunCalls {

  static final int MAX_RESUMES = 32;

  /** How deep {@code sh -c} strings are read. */
  static final int MAX_SHELL_DEPTH = 3;

  private static final Set<String> RESERVED =
      Set.of(
          "!", "if", "then", "else", "elif", "fi", "while", "until", "do", "done", "{", "}", "case",
          "esac", "for", "in", "time");

  private static final Set<String> WRAPPERS = Set.of("sudo", "exec", "command", "nice", "nohup");

  private RunCalls() {}

  /** A simple command and where it starts, so that calls come out in the order they run. */
  private record Call(int offset, List<String> words) {}

  static List<List<String>> of(String script) {
    return read(script, 0).stream().map(Call::words).toList();
  }

  private static List<Call> read(String script, int depth) {
    List<Call> calls = new ArrayList<>();
    int from = 0;
    for (int resume = 0; resume <= MAX_RESUMES && from < script.length(); resume++) {
      String part = from == 0 ? script : script.substring(from);
      ShellScript read = ShellScript.read(part);
      collect(read, from, depth, calls);
      if (read.problem().isEmpty()) {
        break;
      }
      from += read.problem().get().offset() + 1;
    }
    // Command substitutions are read after their level; sorting puts them where they run.
    calls.sort(Comparator.comparingInt(Call::offset));
    return calls;
  }

  private static void collect(ShellScript script, int base, int depth, List<Call> calls) {
    Deque<ShellScript> levels = new ArrayDeque<>();
    levels.push(script);
    while (!levels.isEmpty()) {
      ShellScript level = levels.pop();
      List<String> words = new ArrayList<>();
      int start = 0;
      for (ShellToken token : level.tokens()) {
        if (token.isOperator()) {
          finish(words, base + start, depth, calls);
          words = new ArrayList<>();
          continue;
        }
        ShellWord word = token.requireWord();
        word.substitutions().forEach(levels::push);
        if (token.isWord()) {
          if (words.isEmpty() && skippedPrefix(word)) {
            continue;
          }
          if (words.isEmpty()) {
            start = word.start();
          }
          words.add(word.text());
        }
      }
      finish(words, base + start, depth, calls);
    }
  }

  private static boolean skippedPrefix(ShellWord word) {
    return ProgramCalls.isAssignment(word)
        || !word.isQuoted() && (RESERVED.contains(word.text()) || word.text().endsWith(")"))
        || WRAPPERS.contains(word.text());
  }

  private static void finish(List<String> words, int offset, int depth, List<Call> calls) {
    if (words.isEmpty()) {
      return;
    }
    if (words.get(0).equals("env")) {
      int k = 1;
      while (k < words.size() && (words.get(k).contains("=") || words.get(k).startsWith("-"))) {
        k++;
      }
      words = words.subList(k, words.size());
      if (words.isEmpty()) {
        return;
      }
    }
    int script = ShellScript.scriptIndex(words);
    if (script > 0 && depth < MAX_SHELL_DEPTH) {
      for (Call nested : read(words.get(script), depth + 1)) {
        calls.add(new Call(offset, nested.words()));
      }
      return;
    }
    calls.add(new Call(offset, List.copyOf(words)));
  }
}
