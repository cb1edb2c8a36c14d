package dev.composefix.rules.healthcheck;

import dev.composefix.shell.CurlCall;
import dev.composefix.shell.ShellWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A curl or wget call that makes one HTTP request and succeeds when the answer is not an error,
 * understood well enough to be written with the other tool. Only options whose meaning carries over
 * exactly are read; any other option leaves the call as it is, with the reason.
 *
 * @param url the URL word, kept as written
 * @param discardBody whether the body is thrown away ({@code -o /dev/null}, {@code -O /dev/null})
 * @param insecure whether certificates are not checked ({@code -k}, {@code --no-check-certificate})
 */
record HttpProbe(ShellWord url, boolean discardBody, boolean insecure) {

  /** A call read as a probe, or why it cannot be. */
  record Reading(Optional<HttpProbe> probe, String refusal) {

    static Reading of(HttpProbe probe) {
      return new Reading(Optional.of(probe), "");
    }

    static Reading refused(String why) {
      return new Reading(Optional.empty(), why);
    }
  }

  /**
   * Reads curl's arguments: {@code -s -S -f -L} in any cluster, {@code -k}, {@code -o /dev/null}
   * and one URL.
   */
  static Reading readCurl(List<ShellWord> arguments) {
    CurlCall call = CurlCall.read(arguments.stream().map(ShellWord::text).toList());
    ShellWord url = null;
    boolean discard = false;
    boolean insecure = false;
    int option = 0;
    int operand = 0;
    for (int i = 0; i < arguments.size(); i++) {
      if (operand < call.operands().size() && call.operands().get(operand).arg() == i) {
        operand++;
        if (arguments.get(i).text().equals("-") || call.endsOptions()) {
          return Reading.refused(
              "the curl option "
                  + (call.endsOptions() ? "--" : "-")
                  + " has no exact wget counterpart");
        }
        if (url != null) {
          return Reading.refused("the call names more than one URL");
        }
        url = arguments.get(i);
      }
      while (option < call.options().size() && call.options().get(option).arg() == i) {
        CurlCall.Option read = call.options().get(option++);
        String name = optionName(read.name());
        String output = null;
        switch (name) {
          case "--silent", "--show-error", "--fail", "--location", "-s", "-S", "-f", "-L" -> {
            continue;
          }
          case "--insecure", "-k" -> {
            insecure = true;
            continue;
          }
          case "--output", "-o" -> {
            if (read.value().isEmpty()) {
              return Reading.refused("the call's " + name + " has no file");
            }
            output = read.value().get();
          }
          default -> {
            return Reading.refused("the curl option " + name + " has no exact wget counterpart");
          }
        }
        if (!output.equals("/dev/null")) {
          return Reading.refused("the call writes the body to " + output);
        }
        discard = true;
      }
    }
    if (call.endsOptions() && url == null) {
      return Reading.refused("the curl option -- has no exact wget counterpart");
    }
    return url == null
        ? Reading.refused("the call names no URL")
        : Reading.of(new HttpProbe(url, discard, insecure));
  }

  /**
   * Reads wget's arguments: {@code -q}, {@code -nv}, {@code --spider}, {@code --tries=1}, {@code
   * --no-check-certificate}, {@code -O -} or {@code -O /dev/null} (also as {@code -qO-}) and one
   * URL.
   */
  static Reading readWget(List<ShellWord> arguments) {
    ShellWord url = null;
    boolean discard = false;
    boolean insecure = false;
    for (int i = 0; i < arguments.size(); i++) {
      String arg = arguments.get(i).text();
      String output = null;
      String tries = null;
      if (!arg.startsWith("-")) {
        if (url != null) {
          return Reading.refused("the call names more than one URL");
        }
        url = arguments.get(i);
        continue;
      }
      if (arg.equals("--quiet")
          || arg.equals("-nv")
          || arg.equals("--no-verbose")
          || arg.equals("--spider")) {
        continue;
      }
      if (arg.equals("--no-check-certificate")) {
        insecure = true;
        continue;
      }
      if (arg.startsWith("--output-document=") || arg.startsWith("--tries=")) {
        String rest = arg.substring(arg.indexOf('=') + 1);
        output = arg.startsWith("--output-document=") ? rest : null;
        tries = arg.startsWith("--tries=") ? rest : null;
      } else if (arg.equals("--output-document") || arg.equals("--tries")) {
        if (++i >= arguments.size()) {
          return Reading.refused("the call's " + arg + " has no value");
        }
        output = arg.equals("--output-document") ? arguments.get(i).text() : null;
        tries = arg.equals("--tries") ? arguments.get(i).text() : null;
      } else if (arg.startsWith("--") || arg.length() == 1) {
        return Reading.refused(
            "the wget option " + optionName(arg) + " has no exact curl counterpart");
      } else {
        for (int c = 1; c < arg.length() && output == null && tries == null; c++) {
          char letter = arg.charAt(c);
          if (letter == 'O' || letter == 't') {
            String value;
            if (c + 1 < arg.length()) {
              value = arg.substring(c + 1);
            } else if (++i < arguments.size()) {
              value = arguments.get(i).text();
            } else {
              return Reading.refused("the call's -" + letter + " has no value");
            }
            output = letter == 'O' ? value : null;
            tries = letter == 't' ? value : null;
          } else if (letter != 'q') {
            return Reading.refused("the wget option -" + letter + " has no exact curl counterpart");
          }
        }
      }
      if (tries != null && !tries.equals("1")) {
        return Reading.refused("the call retries (--tries=" + tries + "), which curl -sf does not");
      }
      if (output != null && !output.equals("-") && !output.equals("/dev/null")) {
        return Reading.refused("the call writes the body to " + output);
      }
      discard |= "/dev/null".equals(output);
    }
    return url == null
        ? Reading.refused("the call names no URL")
        : Reading.of(new HttpProbe(url, discard, insecure));
  }

  /**
   * The call with curl: {@code curl -sf URL}, keeping a discarded body and unchecked certificates.
   */
  List<ShellWord> asCurl() {
    List<ShellWord> words = new ArrayList<>(List.of(literal("curl"), literal("-sf")));
    if (insecure) {
      words.add(literal("-k"));
    }
    if (discardBody) {
      words.add(literal("-o"));
      words.add(literal("/dev/null"));
    }
    words.add(url);
    return words;
  }

  /**
   * The call with busybox wget: {@code wget -qO- URL} when its output feeds a pipe, otherwise
   * {@code wget -q --spider URL}, which only asks whether the URL answers without an error.
   */
  List<ShellWord> asWget(boolean outputUsed) {
    List<ShellWord> words = new ArrayList<>(List.of(literal("wget")));
    if (outputUsed && !discardBody) {
      words.add(literal("-qO-"));
    } else {
      words.add(literal("-q"));
      words.add(literal("--spider"));
    }
    if (insecure) {
      words.add(literal("--no-check-certificate"));
    }
    words.add(url);
    return words;
  }

  /**
   * An option without its value, which may hold a credential: {@code --user=a:b} is {@code --user}.
   */
  private static String optionName(String option) {
    int equals = option.indexOf('=');
    return equals < 0 ? option : option.substring(0, equals);
  }

  /** A word a fix writes: plain text with no position in the source. */
  static ShellWord literal(String text) {
    return ShellWord.literal(text);
  }
}
