package dev.composefix.rules.healthcheck;

import dev.composefix.images.ContainerFacts;
import dev.composefix.images.Endpoint;
import dev.composefix.images.Fact;
import dev.composefix.images.HealthCommand;
import dev.composefix.images.PortFact;
import dev.composefix.images.Presence;
import dev.composefix.images.Setting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the healthcheck a service's container can run, from what is known of it, in this order:
 * the image's own health command; an HTTP request to a known health endpoint on the service's port,
 * with a client the container has (curl, wget, python, node); a TCP connection with bash's {@code
 * /dev/tcp} or {@code nc -z}; otherwise none, with what is missing and what would work.
 */
final class ProbeLadder {

  /** HTTP clients, best first, with the programs that provide them. */
  private enum Client {
    CURL("curl"),
    WGET("wget"),
    PYTHON3("python3"),
    PYTHON("python"),
    NODE("node");

    final String program;

    Client(String program) {
      this.program = program;
    }
  }

  private final ContainerFacts facts;
  private final ServiceSettings settings;
  private final List<String> notUsable = new ArrayList<>();

  private ProbeLadder(ContainerFacts facts, ServiceSettings settings) {
    this.facts = facts;
    this.settings = settings;
  }

  static ProbeChoice choose(ContainerFacts facts, ServiceSettings settings) {
    return new ProbeLadder(facts, settings).choose();
  }

  private ProbeChoice choose() {
    if (!facts.known()) {
      return ProbeChoice.none(
          "the image knowledge base has no row for "
              + facts.image()
              + "; describe the image under images: in .compose-fix.yaml");
    }
    for (Fact<Setting> worker : facts.workers()) {
      if (settings.matches(worker.value())) {
        // A health command written for this worker's settings checks the worker itself.
        Optional<Probe> own = ownCommand(Optional.of(worker.value()));
        if (own.isPresent()) {
          return ProbeChoice.of(own.get());
        }
        return ProbeChoice.none(
            "with its "
                + worker.value().describe()
                + " it runs a worker that serves no port ("
                + worker.value().reason().orElse("")
                + ", "
                + worker.from()
                + "); check that it makes progress");
      }
    }
    Optional<Probe> probe = ownCommand(Optional.empty());
    if (probe.isEmpty()) {
      probe = http();
    }
    if (probe.isEmpty()) {
      probe = tcp();
    }
    if (probe.isPresent()) {
      return ProbeChoice.of(probe.get());
    }
    String from =
        facts.row().isPresent() ? " (knowledge base row " + facts.row().get().id() + ")" : "";
    String what =
        notUsable.isEmpty() ? "nothing to probe it with is known" : String.join("; ", notUsable);
    return ProbeChoice.none("for " + facts.image() + from + ": " + what);
  }

  private static boolean sharesAny(Setting one, Setting other) {
    return !Collections.disjoint(one.flags(), other.flags())
        || !Collections.disjoint(one.env(), other.env());
  }

  private static final Pattern FLAG_PLACEHOLDER = Pattern.compile("\\{flag:([^}]+)\\}");

  /**
   * The first of the image's health commands that fits the service; for a worker, only one whose
   * {@code when} names a setting of that worker (a check written for the worker itself).
   */
  private Optional<Probe> ownCommand(Optional<Setting> worker) {
    for (Fact<HealthCommand> fact : facts.healthCommands()) {
      HealthCommand health = fact.value();
      if (health.when().isPresent() && !settings.matches(health.when().get())) {
        continue;
      }
      if (worker.isPresent()
          && (health.when().isEmpty() || !sharesAny(health.when().get(), worker.get()))) {
        continue;
      }
      Optional<Probe> probe = ownCommand(fact);
      if (probe.isPresent()) {
        return probe;
      }
    }
    return Optional.empty();
  }

  private Optional<Probe> ownCommand(Fact<HealthCommand> fact) {
    HealthCommand health = fact.value();
    String program = health.program();
    if (facts.lacks(program)) {
      notUsable.add("its health command needs " + program + ", which the image lacks");
      return Optional.empty();
    }
    for (Setting setting : health.unless()) {
      if (settings.matches(setting)) {
        notUsable.add(
            "its health command does not fit this service's "
                + setting.describe()
                + (setting.reason().isPresent() ? " (" + setting.reason().get() + ")" : ""));
        return Optional.empty();
      }
    }
    List<String> from = new ArrayList<>(List.of(fact.from()));
    List<String> test = health.test();
    if (health.port().isPresent() && anyContains(test, "{port}")) {
      Optional<PortFact> portFact = portFact(health.port().get());
      Optional<PortValue> port = effectivePort(portFact, health.port().get(), from);
      if (port.isEmpty()) {
        notUsable.add(
            "its health command needs the server's port, which this service sets to a value"
                + " compose-fix cannot read");
        return Optional.empty();
      }
      String number = port.get().written();
      List<String> replaced = new ArrayList<>(test.size());
      for (String word : test) {
        replaced.add(word.replace("{port}", number));
      }
      test = replaced;
    }
    List<String> filled = new ArrayList<>();
    for (String word : test) {
      Matcher placeholder = FLAG_PLACEHOLDER.matcher(word);
      StringBuilder out = new StringBuilder();
      while (placeholder.find()) {
        Optional<String> value = settings.flagValue(List.of(placeholder.group(1)));
        // A value written out is a secret in the clear; one that names a variable may be repeated.
        Optional<String> quoted =
            value.isPresent() && value.get().contains("$")
                ? ShellQuoting.expanding(value.get())
                : Optional.empty();
        if (quoted.isEmpty()) {
          notUsable.add(
              "its health command repeats the service's "
                  + placeholder.group(1)
                  + ", which compose-fix repeats only when it names a variable");
          return Optional.empty();
        }
        placeholder.appendReplacement(out, Matcher.quoteReplacement(quoted.get()));
      }
      placeholder.appendTail(out);
      filled.add(out.toString());
    }
    String summary =
        filled.get(0).equals("CMD-SHELL")
            ? filled.get(1)
            : String.join(" ", filled.subList(1, filled.size()));
    return Optional.of(new Probe(Probe.Kind.OWN_COMMAND, filled, summary, from));
  }

  private Optional<Probe> http() {
    for (Fact<Endpoint> fact : facts.endpoints()) {
      Endpoint endpoint = fact.value();
      if (endpoint.when().isPresent() && !settings.matches(endpoint.when().get())) {
        notUsable.add(
            "its endpoint "
                + endpoint.path()
                + " is served only with "
                + endpoint.when().get().describe());
        continue;
      }
      if (endpoint.scheme().isPresent() && endpoint.scheme().get().equals("https")) {
        notUsable.add("its endpoint " + endpoint.path() + " is HTTPS only");
        continue;
      }
      List<String> from = new ArrayList<>(List.of(fact.from()));
      for (Fact<PortFact> port : facts.ports()) {
        if (port.value().port() == endpoint.port()) {
          from.add(port.from());
          break;
        }
      }
      Optional<PortValue> port = effectivePort(portFact(endpoint.port()), endpoint.port(), from);
      if (port.isEmpty()) {
        notUsable.add(
            "its endpoint "
                + endpoint.path()
                + " is on a port this service sets to a value compose-fix cannot read");
        continue;
      }
      String url = "http://localhost:" + port.get().written() + endpoint.path();
      Optional<Client> client = client(from);
      if (client.isEmpty()) {
        notUsable.add(
            "to request its endpoint "
                + endpoint.path()
                + " on port "
                + port.get().written()
                + " it needs an HTTP client, and "
                + missing(List.of("curl", "wget", "python3", "node")));
        return Optional.empty();
      }
      return Optional.of(
          new Probe(
              Probe.Kind.HTTP, httpTest(client.get(), url), summary(client.get(), url), from));
    }
    return Optional.empty();
  }

  private Optional<Client> client(List<String> from) {
    for (Client client : Client.values()) {
      Optional<Fact<Presence>> tool = facts.tool(client.program);
      if (tool.isPresent() && tool.get().value() != Presence.ABSENT) {
        if (!from.contains(tool.get().from())) {
          from.add(tool.get().from());
        }
        return Optional.of(client);
      }
    }
    return Optional.empty();
  }

  private static List<String> httpTest(Client client, String url) {
    return switch (client) {
      case CURL -> List.of("CMD", "curl", "-sf", url);
      case WGET -> List.of("CMD", "wget", "-q", "--spider", url);
      case PYTHON3, PYTHON ->
          List.of(
              "CMD",
              client.program,
              "-c",
              "import urllib.request; urllib.request.urlopen('" + url + "', timeout=5)");
      case NODE ->
          List.of(
              "CMD",
              "node",
              "-e",
              "require('http').get('"
                  + url
                  + "', r => process.exit(r.statusCode < 400 ? 0 : 1))"
                  + ".on('error', () => process.exit(1))");
    };
  }

  private static String summary(Client client, String url) {
    return switch (client) {
      case CURL -> "curl -sf " + url;
      case WGET -> "wget -q --spider " + url;
      case PYTHON3, PYTHON -> client.program + " urllib " + url;
      case NODE -> "node http " + url;
    };
  }

  private Optional<Probe> tcp() {
    List<String> from = new ArrayList<>();
    Optional<PortValue> port = Optional.empty();
    List<Fact<PortFact>> ports = facts.ports();
    for (Fact<PortFact> fact : ports) {
      if (fact.value().protocol().equals("udp") || fact.value().protocol().equals("dns")) {
        continue;
      }
      from.add(fact.from());
      port = effectivePort(Optional.of(fact.value()), fact.value().port(), from);
      break;
    }
    if (port.isEmpty() && ports.isEmpty() && settings.containerPorts().size() == 1) {
      port = Optional.of(PortValue.of(settings.containerPorts().get(0)));
      from.add("the service's ports");
    }
    Optional<String> unpublished = defaultPortsNotPublished(ports);
    if (unpublished.isPresent()) {
      notUsable.add(unpublished.get());
      return Optional.empty();
    }
    if (port.isEmpty()) {
      notUsable.add(
          ports.isEmpty()
              ? "no port of its server is known"
              : "its port is set to a value compose-fix cannot read");
      return Optional.empty();
    }
    String number = port.get().written();
    // Best first: the program (the test's second word), its test and its summary.
    List<Probe> clients =
        List.of(
            new Probe(
                Probe.Kind.TCP,
                List.of("CMD", "bash", "-c", ":> /dev/tcp/127.0.0.1/" + number),
                "bash /dev/tcp/127.0.0.1/" + number,
                from),
            new Probe(
                Probe.Kind.TCP,
                List.of("CMD", "nc", "-z", "127.0.0.1", number),
                "nc -z 127.0.0.1 " + number,
                from));
    for (Probe client : clients) {
      String program = client.test().get(1);
      Optional<Fact<Presence>> tool = facts.tool(program);
      if (tool.isEmpty() || tool.get().value() != Presence.PRESENT) {
        // A busybox nc takes -z only when busybox was built with it, which a source must show.
        tool = program.equals("nc") ? facts.busyboxWith("nc", "-z") : Optional.empty();
      }
      if (tool.isPresent()) {
        from.add(tool.get().from());
        return Optional.of(new Probe(client.kind(), client.test(), client.summary(), from));
      }
    }
    notUsable.add(
        "to connect to port "
            + number
            + " it needs bash or nc -z, and "
            + missing(List.of("bash", "nc")));
    return Optional.empty();
  }

  /**
   * Why a connection to the server's default port would check the wrong port: the service publishes
   * or exposes container ports, none of them is one the image listens on by default, and none of
   * its settings moves one. Its configuration (an nginx.conf, a mounted file) then likely sets the
   * port, which compose-fix does not read.
   */
  private Optional<String> defaultPortsNotPublished(List<Fact<PortFact>> ports) {
    List<Integer> declared = settings.containerPorts();
    if (declared.isEmpty() || ports.isEmpty()) {
      return Optional.empty();
    }
    for (Fact<PortFact> fact : ports) {
      PortFact port = fact.value();
      if (declared.contains(port.port())
          || settings.movedPort(port.movedBy(), port.port()).isPresent()) {
        return Optional.empty();
      }
    }
    List<String> defaults = new ArrayList<>();
    for (Fact<PortFact> fact : ports) {
      defaults.add(Integer.toString(fact.value().port()));
    }
    List<String> published = new ArrayList<>();
    for (Integer port : declared) {
      published.add(String.valueOf(port));
    }
    return Optional.of(
        "it listens on port "
            + String.join(" or ", defaults)
            + " by default, but this service publishes or exposes "
            + String.join(", ", published)
            + ", so its configuration may set another port, which compose-fix does not read");
  }

  /** What is known of the programs: "it lacks curl and wget, and has no known python3 or node". */
  private String missing(List<String> programs) {
    List<String> lacks = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String program : programs) {
      Optional<Fact<Presence>> tool = facts.tool(program);
      if (tool.isPresent() && tool.get().value() == Presence.ABSENT) {
        lacks.add(program);
      } else if (tool.isPresent() && tool.get().value() == Presence.BUSYBOX) {
        lacks.add(program + " (only busybox's)");
      } else {
        unknown.add(program);
      }
    }
    String known = lacks.isEmpty() ? "" : "the image lacks " + String.join(", ", lacks);
    String notKnown =
        unknown.isEmpty() ? "" : "whether it has " + String.join(", ", unknown) + " is not known";
    return known.isEmpty() ? notKnown : notKnown.isEmpty() ? known : known + ", and " + notKnown;
  }

  private Optional<PortFact> portFact(int port) {
    for (Fact<PortFact> fact : facts.ports()) {
      if (fact.value().port() == port) {
        return Optional.of(fact.value());
      }
    }
    return Optional.empty();
  }

  private static boolean anyContains(List<String> words, String part) {
    for (String word : words) {
      if (word.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The port the server listens on: the default, or where the service's flags or variables move it;
   * empty when they move it to a value that cannot be read.
   */
  private Optional<PortValue> effectivePort(
      Optional<PortFact> fact, int byDefault, List<String> from) {
    if (fact.isEmpty()) {
      return Optional.of(PortValue.of(byDefault));
    }
    Optional<Optional<PortValue>> moved = settings.movedPort(fact.get().movedBy(), byDefault);
    if (moved.isEmpty()) {
      return Optional.of(PortValue.of(byDefault));
    }
    if (moved.get().isPresent()) {
      from.add(
          "port "
              + moved.get().get().written()
              + " from the service's "
              + fact.get().movedBy().describe());
    }
    return moved.get();
  }
}
