package dev.composefix.images.dockerfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a stage has built up so far; a stage built {@code FROM} another starts from a copy of that
 * stage's state.
 */
final class StageState {
  final Map<String, InstalledPackage> packages = new LinkedHashMap<>();
  final List<InstalledPackage> removed = new ArrayList<>();
  final Map<String, Program> programs = new LinkedHashMap<>();

  /** apk {@code --virtual} groups: group name to the package keys it added. */
  final Map<String, List<String>> virtualGroups = new LinkedHashMap<>();

  final Map<String, Located<String>> env = new LinkedHashMap<>();
  final Map<String, String> args = new LinkedHashMap<>();
  final List<ExposedPort> exposed = new ArrayList<>();
  final List<CopyFact> copies = new ArrayList<>();

  /** Stages this one copies files from, by index. */
  final Set<Integer> copiedStages = new LinkedHashSet<>();

  Optional<Located<String>> user = Optional.empty();
  Optional<Located<String>> workdir = Optional.empty();
  Optional<HealthcheckFact> healthcheck = Optional.empty();
  Optional<CommandForm> cmd = Optional.empty();
  Optional<CommandForm> entrypoint = Optional.empty();
  List<String> shell = List.of("/bin/sh", "-c");

  /**
   * A child stage's starting state: everything but the build arguments, which stages never share.
   */
  StageState child(String parent) {
    StageState child = new StageState();
    child.packages.putAll(packages);
    child.removed.addAll(removed);
    child.programs.putAll(programs);
    virtualGroups.forEach((k, v) -> child.virtualGroups.put(k, new ArrayList<>(v)));
    child.env.putAll(env);
    child.exposed.addAll(exposed);
    child.copies.addAll(copies);
    child.copiedStages.addAll(copiedStages);
    child.user = user;
    child.workdir = workdir;
    child.healthcheck = healthcheck.map(h -> h.inherited(parent));
    child.cmd = cmd.map(c -> c.inherited(parent));
    child.entrypoint = entrypoint.map(e -> e.inherited(parent));
    child.shell = shell;
    return child;
  }

  void install(InstalledPackage installed, List<String> provides, String how) {
    packages.put(installed.manager() + ":" + installed.name(), installed);
    removed.removeIf(
        r -> r.manager().equals(installed.manager()) && r.name().equals(installed.name()));
    for (String program : provides) {
      programs.put(program, new Program(program, how, installed.line()));
    }
  }

  /** Removes a package and the programs this Dockerfile installed with it. */
  void uninstall(String manager, String name, int line) {
    // Recorded even when the package came with the base image, which may have had it.
    packages.remove(manager + ":" + name);
    removed.removeIf(r -> r.manager().equals(manager) && r.name().equals(name));
    removed.add(new InstalledPackage(manager, name, line));
    String how = manager + " install " + name;
    programs.values().removeIf(p -> p.how().equals(how));
  }

  void addProgram(Program program) {
    programs.put(program.name(), program);
  }

  void removeProgram(String name) {
    programs.remove(name);
  }

  String workdirOrRoot() {
    return workdir.map(Located::value).orElse("/");
  }
}
