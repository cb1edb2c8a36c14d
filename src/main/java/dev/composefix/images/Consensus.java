package dev.composefix.images;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The facts that every row of an image agrees on, for a service whose tag is not known (a variable
 * without a default): a fact holds for whatever tag it runs only when each row says the same. The
 * sources of every row that backs a fact are kept.
 */
final class Consensus {

  private Consensus() {}

  static Optional<ImageFacts> of(String name, List<ImageFacts> rows) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    if (rows.size() == 1) {
      return Optional.of(rows.get(0));
    }
    ImageFacts first = rows.get(0);
    return Optional.of(
        new ImageFacts(
            "any tag of "
                + name
                + " ("
                + String.join(", ", rows.stream().map(ImageFacts::id).toList())
                + ")",
            first.origin(),
            List.of(name),
            TagScope.EVERY_TAG,
            List.of(),
            agreed(rows, ImageFacts::role),
            agreed(rows, ImageFacts::shell),
            agreed(rows, ImageFacts::user),
            tools(rows),
            agreed(rows, ImageFacts::healthcheck),
            health(rows),
            ports(rows),
            common(
                rows,
                ImageFacts::endpoints,
                e -> List.of(e.port(), e.path(), e.scheme(), e.when())),
            common(rows, ImageFacts::credentials, c -> List.of(c.env(), c.required())),
            allWorkers(rows),
            List.of()));
  }

  /** A cited value when every row has it and all are equal, with every row's sources. */
  private static <T> Optional<Cited<T>> agreed(
      List<ImageFacts> rows, Function<ImageFacts, Optional<Cited<T>>> fact) {
    Optional<Cited<T>> first = fact.apply(rows.get(0));
    if (first.isEmpty()) {
      return Optional.empty();
    }
    Set<Source> sources = new LinkedHashSet<>();
    for (ImageFacts row : rows) {
      Optional<Cited<T>> value = fact.apply(row);
      if (value.isEmpty() || !value.get().value().equals(first.get().value())) {
        return Optional.empty();
      }
      sources.addAll(value.get().sources());
    }
    return Optional.of(new Cited<>(first.get().value(), List.copyOf(sources)));
  }

  private static Map<String, ToolFact> tools(List<ImageFacts> rows) {
    Map<String, ToolFact> tools = new LinkedHashMap<>();
    for (Map.Entry<String, ToolFact> entry : rows.get(0).tools().entrySet()) {
      ToolFact first = entry.getValue();
      Set<Source> sources = new LinkedHashSet<>();
      // An option is known only when every row that could apply says so.
      List<String> options = new ArrayList<>(first.options());
      boolean agreed = true;
      for (ImageFacts row : rows) {
        Optional<ToolFact> tool = row.tool(entry.getKey());
        if (tool.isEmpty()
            || tool.get().presence() != first.presence()
            || !tool.get().architectures().equals(first.architectures())) {
          agreed = false;
          break;
        }
        options.retainAll(tool.get().options());
        sources.addAll(tool.get().sources());
      }
      if (agreed) {
        tools.put(
            entry.getKey(),
            new ToolFact(
                entry.getKey(),
                first.presence(),
                first.architectures(),
                options,
                List.copyOf(sources)));
      }
    }
    return tools;
  }

  /** The health commands, when every row lists the same ones. */
  private static List<HealthCommand> health(List<ImageFacts> rows) {
    List<HealthCommand> first = rows.get(0).health();
    List<Set<Source>> sources = new ArrayList<>();
    first.forEach(h -> sources.add(new LinkedHashSet<>()));
    for (ImageFacts row : rows) {
      List<HealthCommand> health = row.health();
      if (health.size() != first.size()) {
        return List.of();
      }
      for (int i = 0; i < health.size(); i++) {
        HealthCommand a = health.get(i);
        HealthCommand b = first.get(i);
        if (!a.test().equals(b.test())
            || !a.port().equals(b.port())
            || !a.when().equals(b.when())
            || !a.unless().equals(b.unless())) {
          return List.of();
        }
        sources.get(i).addAll(a.sources());
      }
    }
    List<HealthCommand> agreed = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      HealthCommand h = first.get(i);
      agreed.add(
          new HealthCommand(h.test(), h.port(), h.when(), h.unless(), List.copyOf(sources.get(i))));
    }
    return agreed;
  }

  /**
   * The ports every row has with the same name and the same settings that move them. Rows that
   * agree on the port but not on what it speaks (Elasticsearch's 9200: http up to 7, https from 8)
   * still agree that it is a TCP port, and say no more.
   */
  private static List<PortFact> ports(List<ImageFacts> rows) {
    List<PortFact> agreed = new ArrayList<>();
    for (PortFact first : rows.get(0).ports()) {
      List<PortFact> same = new ArrayList<>();
      for (ImageFacts row : rows) {
        row.ports().stream()
            .filter(
                p ->
                    p.port() == first.port()
                        && p.name().equals(first.name())
                        && p.movedBy().equals(first.movedBy()))
            .findFirst()
            .ifPresent(same::add);
      }
      Set<String> protocols = new LinkedHashSet<>();
      Set<Source> sources = new LinkedHashSet<>();
      same.forEach(
          p -> {
            protocols.add(p.protocol());
            sources.addAll(p.sources());
          });
      if (same.size() != rows.size()) {
        continue;
      }
      if (protocols.size() == 1) {
        agreed.add(first);
      } else if (protocols.stream().noneMatch(p -> p.equals("udp") || p.equals("dns"))) {
        agreed.add(
            new PortFact(first.port(), "tcp", first.name(), first.movedBy(), List.copyOf(sources)));
      }
    }
    return agreed;
  }

  /** The items that every row has, compared by the given key; the first row's, in its order. */
  private static <T> List<T> common(
      List<ImageFacts> rows, Function<ImageFacts, List<T>> items, Function<T, List<?>> key) {
    List<T> common = new ArrayList<>();
    for (T item : items.apply(rows.get(0))) {
      List<?> wanted = key.apply(item);
      boolean everywhere =
          rows.stream()
              .allMatch(
                  row ->
                      items.apply(row).stream()
                          .anyMatch(other -> Objects.equals(key.apply(other), wanted)));
      if (everywhere) {
        common.add(item);
      }
    }
    return common;
  }

  /** Any row's workers: a service that may run one gets no probe of a server. */
  private static List<Cited<Setting>> allWorkers(List<ImageFacts> rows) {
    Set<Cited<Setting>> workers = new LinkedHashSet<>();
    rows.forEach(row -> workers.addAll(row.workers()));
    return List.copyOf(workers);
  }
}
