package dev.composefix.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The variables a Compose file is interpolated with, and where each comes from. The process
 * environment wins over the {@code .env} file, as in Compose ("Environment variables precedence":
 * the shell's value beats the {@code .env} file's).
 *
 * <p>As a function it gives a variable's value, the lookup {@link
 * dev.composefix.compose.Interpolation#resolve} takes: passing the object itself links no method
 * reference on every cold run.
 */
public final class Variables implements Function<String, Optional<String>> {

  /**
   * A variable's value and where it is set.
   *
   * @param origin {@code .env:3} for a line of a file, or {@code the environment}
   */
  public record Variable(String name, String value, String origin) {}

  /** No variables: a file judged by its defaults alone, as a lone file always was. */
  public static final Variables NONE = new Variables(null, Map.of());

  /** The process environment's lookup; null for none. */
  private final Function<String, Optional<String>> environment;

  private final Map<String, Variable> fromFiles;

  private Variables(Function<String, Optional<String>> environment, Map<String, Variable> files) {
    this.environment = environment;
    this.fromFiles = files;
  }

  /**
   * The environment in front of the entries of env files, a later file's entry winning over an
   * earlier one's.
   *
   * @param files each file's display name and entries, in the order Compose reads them
   */
  public static Variables of(
      Function<String, Optional<String>> environment, Map<String, List<DotEnv.Entry>> files) {
    Map<String, Variable> byName = new LinkedHashMap<>();
    for (Map.Entry<String, List<DotEnv.Entry>> file : files.entrySet()) {
      for (DotEnv.Entry entry : file.getValue()) {
        byName.put(
            entry.name(),
            new Variable(entry.name(), entry.value(), file.getKey() + ":" + entry.at().line()));
      }
    }
    return new Variables(environment, byName);
  }

  /**
   * The variables of an included project: its own env files under this project's, whose values win,
   * as the environment does (compose-go #449: the including project's environment overrides the
   * included {@code .env}).
   */
  public Variables over(Map<String, List<DotEnv.Entry>> includedFiles) {
    Variables included = of(environment, includedFiles);
    Map<String, Variable> byName = new LinkedHashMap<>(included.fromFiles);
    byName.putAll(fromFiles);
    return new Variables(environment, byName);
  }

  /** The variable's value and origin; empty when it is unset. */
  public Optional<Variable> find(String name) {
    Optional<String> fromEnvironment =
        environment == null ? Optional.empty() : environment.apply(name);
    if (fromEnvironment.isPresent()) {
      return Optional.of(new Variable(name, fromEnvironment.get(), "the environment"));
    }
    return Optional.ofNullable(fromFiles.get(name));
  }

  /** The value alone, as {@link dev.composefix.compose.Interpolation#resolve} looks it up. */
  public Optional<String> value(String name) {
    Optional<Variable> variable = find(name);
    return variable.isPresent() ? Optional.of(variable.get().value()) : Optional.empty();
  }

  @Override
  public Optional<String> apply(String name) {
    return value(name);
  }

  /** Whether any variable is known besides the environment: a file set some. */
  public boolean setsAny() {
    return !fromFiles.isEmpty();
  }
}
