package dev.composefix.images;

import java.util.List;
import java.util.Optional;

/**
 * Settings of a service that change what an image does: command flags, environment variables set,
 * or an argument ending in a suffix (a config file {@code *.conf}).
 *
 * @param reason why it matters, when the knowledge base says
 */
public record Setting(
    List<String> flags, List<String> env, List<String> argSuffixes, Optional<String> reason) {
  public Setting {
    flags = List.copyOf(flags);
    env = List.copyOf(env);
    argSuffixes = List.copyOf(argSuffixes);
  }

  public String describe() {
    StringBuilder text = new StringBuilder();
    if (!flags.isEmpty()) {
      text.append("flag ").append(String.join(" or ", flags));
    }
    if (!env.isEmpty()) {
      text.append(text.isEmpty() ? "" : ", or ")
          .append("variable ")
          .append(String.join(" or ", env));
    }
    if (!argSuffixes.isEmpty()) {
      text.append(text.isEmpty() ? "" : ", or ")
          .append("an argument ending in ")
          .append(String.join(" or ", argSuffixes));
    }
    return text.toString();
  }
}
