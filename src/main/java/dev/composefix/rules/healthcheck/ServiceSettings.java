package dev.composefix.rules.healthcheck;

import dev.composefix.compose.Environment;
import dev.composefix.compose.EnvironmentEntry;
import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.Interpolation;
import dev.composefix.images.Setting;
import dev.composefix.shell.ShellScript;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings of a service that change what its image does: the words of its {@code entrypoint}
 * and {@code command}, the variables its {@code environment} sets, and the container ports its
 * {@code ports} and {@code expose} name. Variables from an {@code env_file} are not read.
 */
final class ServiceSettings {

  private static final Pattern TRAILING_PORT = Pattern.compile("(?:^|:)(\\d{1,5})$");
  private static final Pattern PORT_ITEM =
      Pattern.compile("(?:.*:)?(\\d{1,5})(?:-\\d{1,5})?(?:/(tcp|udp|sctp))?");

  private final List<String> words;
  private final Map<String, Optional<String>> environment;
  private final List<Integer> containerPorts;

  private ServiceSettings(
      List<String> words, Map<String, Optional<String>> environment, List<Integer> containerPorts) {
    this.words = List.copyOf(words);
    this.environment = environment;
    this.containerPorts = List.copyOf(containerPorts);
  }

  static ServiceSettings of(ExtendedService service) {
    Map<String, Optional<String>> environment = new LinkedHashMap<>();
    Optional<Environment> env = service.service().environment();
    if (env.isPresent()) {
      for (EnvironmentEntry entry : env.get().entries()) {
        environment.put(entry.name(), entry.value());
      }
    }
    return new ServiceSettings(words(service), environment, containerPorts(service));
  }

  /**
   * The words of {@code entrypoint} and {@code command}: a list's items as they are, a string read
   * as a shell reads it (quotes removed, {@code ${...}} kept whole), and the words of a script that
   * follows {@code -c}, so that flags inside {@code sh -c '... --port 9002'} count too.
   */
  private static final List<String> ARGV_KEYS = List.of("entrypoint", "command");

  private static List<String> words(ExtendedService service) {
    List<String> words = new ArrayList<>();
    for (String key : ARGV_KEYS) {
      Optional<List<String>> argv = service.argv(key);
      if (argv.isPresent()) {
        words.addAll(argv.get());
      }
    }
    List<String> scripts = new ArrayList<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      if (words.get(i).equals("-c")) {
        scripts.addAll(ShellScript.words(words.get(i + 1)));
      }
    }
    words.addAll(scripts);
    return words;
  }

  /** Words of the entrypoint and command; empty when the service runs the image's own. */
  List<String> words() {
    return words;
  }

  /**
   * True when the command has one of the flags: alone, as {@code --flag=value}, or, for a flag
   * written with a setting ({@code "-c port="}), followed by a word that starts with it.
   */
  boolean hasFlag(List<String> flags) {
    if (flagValue(flags).isPresent()) {
      return true;
    }
    for (String word : words) {
      if (flags.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The value of the last of the flags in the command: the next word, or after {@code =}; for a
   * flag written with a setting ({@code "-c port="}), what follows the setting in the next word.
   */
  Optional<String> flagValue(List<String> flags) {
    Optional<String> value = Optional.empty();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : null;
      for (String flag : flags) {
        int space = flag.indexOf(' ');
        if (space > 0) {
          String setting = flag.substring(space + 1);
          if (word.equals(flag.substring(0, space)) && next != null && next.startsWith(setting)) {
            value = Optional.of(next.substring(setting.length()));
          }
        } else if (word.equals(flag) && next != null) {
          value = Optional.of(next);
        } else if (word.startsWith(flag + "=")) {
          value = Optional.of(word.substring(flag.length() + 1));
        }
      }
    }
    return value;
  }

  /** True when the environment names the variable, with or without a value. */
  boolean sets(String variable) {
    return environment.containsKey(variable);
  }

  /**
   * True when the environment names the variable, or, for {@code NAME=value}, gives it exactly that
   * value ({@code MODE=worker}), variables read with their defaults.
   */
  private boolean setsVariable(String variable) {
    int equals = variable.indexOf('=');
    if (equals < 0) {
      return sets(variable);
    }
    String wanted = variable.substring(equals + 1);
    Optional<String> value = value(variable.substring(0, equals));
    return value.isPresent() && Interpolation.withDefaults(value.get()).equals(Optional.of(wanted));
  }

  /** The variable's value as written, variables included; empty when it has none. */
  private Optional<String> value(String variable) {
    return environment.getOrDefault(variable, Optional.empty());
  }

  /** True when one of the setting's flags, variables or argument suffixes applies. */
  boolean matches(Setting setting) {
    if (hasFlag(setting.flags())) {
      return true;
    }
    for (String variable : setting.env()) {
      if (setsVariable(variable)) {
        return true;
      }
    }
    for (String suffix : setting.argSuffixes()) {
      for (String word : words) {
        if (word.endsWith(suffix)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Where a port moves to by the given flags and variables: empty when it does not move, a port
   * when it moves to one that can be read, and an empty port inside a present result when it moves
   * to a value that cannot be read (a variable without a default, or a list of listeners without
   * the default port).
   */
  Optional<Optional<PortValue>> movedPort(Setting movedBy, int byDefault) {
    Optional<String> flag = flagValue(movedBy.flags());
    if (flag.isPresent()) {
      return Optional.of(listenPort(flag.get(), byDefault));
    }
    for (String variable : movedBy.env()) {
      if (sets(variable)) {
        Optional<String> value = value(variable);
        return Optional.of(
            value.isPresent() ? listenPort(value.get(), byDefault) : Optional.<PortValue>empty());
      }
    }
    return Optional.empty();
  }

  /**
   * The port a setting's value makes the server listen on. A list of listeners ({@code
   * INTERNAL://0.0.0.0:9093,EXTERNAL://0.0.0.0:9092}) keeps the default port when one of them is on
   * it, since the server still serves it; otherwise only a list of one can be read.
   */
  private static Optional<PortValue> listenPort(String value, int byDefault) {
    List<Optional<PortValue>> listeners = new ArrayList<>();
    for (String listener : value.split(",")) {
      Optional<PortValue> port = PortValue.of(listener);
      if (port.isPresent() && port.get().number() == byDefault) {
        return port;
      }
      listeners.add(port);
    }
    return listeners.size() == 1 ? listeners.get(0) : Optional.empty();
  }

  /** A port in {@code 9002}, {@code :9002}, {@code 0.0.0.0:9002}; empty for anything else. */
  static OptionalInt port(String text) {
    Matcher matcher = TRAILING_PORT.matcher(text.trim());
    if (matcher.find()) {
      int port = Integer.parseInt(matcher.group(1));
      if (port > 0 && port <= 65535) {
        return OptionalInt.of(port);
      }
    }
    return OptionalInt.empty();
  }

  /** The container ports of {@code ports} (the target side) and {@code expose}, in order. */
  List<Integer> containerPorts() {
    return containerPorts;
  }

  private static final List<String> PORT_KEYS = List.of("ports", "expose");

  private static List<Integer> containerPorts(ExtendedService service) {
    List<Integer> ports = new ArrayList<>();
    for (String key : PORT_KEYS) {
      Optional<YNode> value = service.get(key);
      if (value.isEmpty() || !(Mappings.resolve(value.get()) instanceof YSequence sequence)) {
        continue;
      }
      for (YNode item : sequence.items()) {
        YNode resolved = Mappings.resolve(item);
        Optional<String> text = Optional.empty();
        if (resolved instanceof YScalar scalar) {
          text = Interpolation.withDefaults(scalar.value());
        } else if (resolved instanceof YMapping mapping) {
          Optional<YNode> target = Mappings.get(mapping, "target");
          if (target.isPresent() && Mappings.resolve(target.get()) instanceof YScalar scalar) {
            text = Interpolation.withDefaults(scalar.value());
          }
        }
        if (text.isEmpty()) {
          continue;
        }
        Matcher matcher = PORT_ITEM.matcher(text.get().trim());
        if (matcher.matches() && (matcher.group(2) == null || matcher.group(2).equals("tcp"))) {
          int port = Integer.parseInt(matcher.group(1));
          if (port > 0 && port <= 65535 && !ports.contains(port)) {
            ports.add(port);
          }
        }
      }
    }
    return ports;
  }
}
