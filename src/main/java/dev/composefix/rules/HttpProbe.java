package dev.composefix.rules;

import dev.composefix.compose.HealthcheckCalls.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A curl or wget call that makes one HTTP request and succeeds when the answer is not an error,
 * understood well enough to be written with the other tool. Only options whose meaning carries
 * over exactly are read; any other option leaves the call as it is, with the reason.
 *
 * @param url the URL word, kept as written
 * @param discardBody whether the body is thrown away ({@code -o /dev/null}, {@code -O /dev/null})
 * @param insecure whether certificates are not checked ({@code -k}, {@code --no-check-certificate})
 */
record HttpProbe(Word url, boolean discardBody, boolean insecure) {

  /** A call read as a probe, or why it cannot be. */
  record Reading(Optional<HttpProbe> probe, String refusal) {

    static Reading of(HttpProbe probe) {
      return new Reading(Optional.of(probe), "");
    }

    static Reading refused(String why) {
      return new Reading(Optional.empty(), why);
    }
  }

  /** Reads curl's arguments: {@code -s -S -f -L} in any cluster, {@code -k}, {@code -o /dev/null} and one URL. */
  static Reading readCurl(List<Word> arguments) {
    Word url = null;
    boolean discard = false;
    boolean insecure = false;
    for (int i = 0; i < arguments.size(); i++) {
      String arg = arguments.get(i).value();
      String output = null;
      if (!arg.startsWith("-")) {
        if (url != null) {
          return Reading.refused("the call names more than one URL");
        }
        url = arguments.get(i);
        continue;
      }
      switch (arg) {
        case "--silent", "--show-error", "--fail", "--location" -> {
          continue;
        }
        case "--insecure" -> {
          insecure = true;
          continue;
        }
        case "--output" -> {
          if (++i >= arguments.size()) {
            return Reading.refused("the call's --output has no file");
          }
          output = arguments.get(i).value();
        }
        default -> {
          if (arg.startsWith("--") || arg.length() == 1) {
            return Reading.refused("the curl option " + optionName(arg) + " has no exact wget counterpart");
          }
          for (int c = 1; c < arg.length() && output == null; c++) {
            char letter = arg.charAt(c);
            if (letter == 'o') {
              if (c + 1 < arg.length()) {
                output = arg.substring(c + 1);
              } else if (++i < arguments.size()) {
                output = arguments.get(i).value();
              } else {
                return Reading.refused("the call's -o has no file");
              }
            } else if (letter == 'k') {
              insecure = true;
            } else if ("sSfL".indexOf(letter) < 0) {
              return Reading.refused("the curl option -" + letter + " has no exact wget counterpart");
            }
          }
        }
      }
      if (output != null) {
        if (!output.equals("/dev/null")) {
          return Reading.refused("the call writes the body to " + output);
        }
        discard = true;
      }
    }
    return url == null ? Reading.refused("the call names no URL") : Reading.of(new HttpProbe(url, discard, insecure));
  }

  /**
   * Reads wget's arguments: {@code -q}, {@code -nv}, {@code --spider}, {@code --tries=1},
   * {@code --no-check-certificate}, {@code -O -} or {@code -O /dev/null} (also as {@code -qO-}) and one URL.
   */
  static Reading readWget(List<Word> arguments) {
    Word url = null;
    boolean discard = false;
    boolean insecure = false;
    for (int i = 0; i < arguments.size(); i++) {
      String arg = arguments.get(i).value();
      String output = null;
      String tries = null;
      if (!arg.startsWith("-")) {
        if (url != null) {
          return Reading.refused("the call names more than one URL");
        }
        url = arguments.get(i);
        continue;
      }
      if (arg.equals("--quiet") || arg.equals("-nv") || arg.equals("--no-verbose") || arg.equals("--spider")) {
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
        output = arg.equals("--output-document") ? arguments.get(i).value() : null;
        tries = arg.equals("--tries") ? arguments.get(i).value() : null;
      } else if (arg.startsWith("--") || arg.length() == 1) {
        return Reading.refused("the wget option " + optionName(arg) + " has no exact curl counterpart");
      } else {
        for (int c = 1; c < arg.length() && output == null && tries == null; c++) {
          char letter = arg.charAt(c);
          if (letter == 'O' || letter == 't') {
            String value;
            if (c + 1 < arg.length()) {
              value = arg.substring(c + 1);
            } else if (++i < arguments.size()) {
              value = arguments.get(i).value();
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
    return url == null ? Reading.refused("the call names no URL") : Reading.of(new HttpProbe(url, discard, insecure));
  }

  /** The call with curl: {@code curl -sf URL}, keeping a discarded body and unchecked certificates. */
  List<Word> asCurl() {
    List<Word> words = new ArrayList<>(List.of(literal("curl"), literal("-sf")));
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
  List<Word> asWget(boolean outputUsed) {
    List<Word> words = new ArrayList<>(List.of(literal("wget")));
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

  /** An option without its value, which may hold a credential: {@code --user=a:b} is {@code --user}. */
  private static String optionName(String option) {
    int equals = option.indexOf('=');
    return equals < 0 ? option : option.substring(0, equals);
  }

  /** A word a fix writes: plain text with no position in the source. */
  static Word literal(String text) {
    return new Word(text, text, -1, -1);
  }
}
