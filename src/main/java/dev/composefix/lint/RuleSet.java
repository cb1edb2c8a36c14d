package dev.composefix.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A set of rules, found by name or by code; the engine knows no rule by name. */
public final class RuleSet {

  private final List<Rule> rules;

  public RuleSet(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public List<Rule> all() {
    return rules;
  }

  /** A rule by its name or its code. */
  public Optional<Rule> find(String nameOrCode) {
    for (Rule rule : rules) {
      RuleMetadata metadata = rule.metadata();
      if (metadata.name().equals(nameOrCode) || metadata.code().equalsIgnoreCase(nameOrCode)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** The names and codes a user may write. */
  public Set<String> acceptedNames() {
    Set<String> names = new LinkedHashSet<>();
    for (Rule rule : rules) {
      names.add(rule.metadata().name());
      names.add(rule.metadata().code());
      names.add(rule.metadata().code().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /**
   * The rules a run uses: the selected ones (when nothing is selected, all but the opt-in ones),
   * less the ignored.
   *
   * @throws IllegalArgumentException naming an unknown rule
   */
  public List<Rule> select(Optional<List<String>> select, List<String> ignore) {
    List<Rule> chosen = new ArrayList<>();
    if (select.isPresent()) {
      for (String name : select.get()) {
        Rule rule = require(name);
        if (!chosen.contains(rule)) {
          chosen.add(rule);
        }
      }
    } else {
      for (Rule rule : rules) {
        if (!rule.metadata().isOptIn()) {
          chosen.add(rule);
        }
      }
    }
    for (String name : ignore) {
      chosen.remove(require(name));
    }
    return List.copyOf(chosen);
  }

  private Rule require(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown rule '" + name + "'; run 'compose-fix rules' to list them"));
  }
}
