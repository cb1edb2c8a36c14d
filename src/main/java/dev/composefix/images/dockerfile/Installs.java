package dev.composefix.images.dockerfile;

import dev.composefix.shell.ShellWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one command of a {@code RUN} script installs or removes: packages of apt, apk, yum/dnf, pip,
 * npm/yarn/pnpm (global), gem, go and cargo, programs downloaded by curl or wget into a {@code bin}
 * folder, and programs deleted from one.
 */
final class Installs {

  private static final Set<String> BIN_DIRS =
      Set.of("/usr/local/bin", "/usr/bin", "/bin", "/usr/local/sbin", "/usr/sbin", "/sbin");

  private static final Set<String> APT_VALUE_FLAGS = Set.of("-o", "-t", "-c", "--target-release");

  private static final Set<String> APK_VALUE_FLAGS =
      Set.of(
          "--virtual",
          "-t",
          "--repository",
          "-X",
          "--root",
          "-p",
          "--arch",
          "--cache-dir",
          "--keys-dir",
          "--repositories-file");

  private static final Set<String> YUM_VALUE_FLAGS =
      Set.of("-x", "--exclude", "--releasever", "--installroot", "--setopt", "-c", "--config");

  private static final Set<String> PIP_VALUE_FLAGS =
      Set.of(
          "-r",
          "--requirement",
          "-c",
          "--constraint",
          "-e",
          "--editable",
          "-i",
          "--index-url",
          "--extra-index-url",
          "-f",
          "--find-links",
          "-t",
          "--target",
          "--prefix",
          "--root",
          "--trusted-host",
          "--platform",
          "--python-version",
          "--implementation",
          "--abi",
          "--src",
          "--cache-dir",
          "--progress-bar",
          "--python",
          "--only-binary",
          "--no-binary");

  private static final Set<String> GEM_VALUE_FLAGS =
      Set.of("-v", "--version", "--source", "-s", "-i", "--install-dir", "-n", "--bindir");

  private static final Set<String> CARGO_VALUE_FLAGS =
      Set.of(
          "--version",
          "--vers",
          "--git",
          "--branch",
          "--tag",
          "--rev",
          "--path",
          "--root",
          "--bin",
          "--features",
          "-F",
          "--target",
          "--profile",
          "-j",
          "--jobs",
          "--registry",
          "--index");

  private Installs() {}

  static void apply(List<String> words, int line, StageState state) {
    String program = ShellWord.baseName(words.get(0));
    List<String> args = words.subList(1, words.size());
    switch (program) {
      case "apt-get", "apt", "aptitude" -> apt(args, line, state);
      case "apk" -> apk(args, line, state);
      case "yum", "dnf", "microdnf", "tdnf" -> yum(args, line, state);
      case "pip", "pip3" -> pip(args, line, state);
      case "python", "python3" -> {
        if (args.size() > 2 && args.get(0).equals("-m") && args.get(1).startsWith("pip")) {
          pip(args.subList(2, args.size()), line, state);
        }
      }
      case "uv" -> {
        if (!args.isEmpty() && args.get(0).equals("pip")) {
          pip(args.subList(1, args.size()), line, state);
        }
      }
      case "pipx" -> pipx(args, line, state);
      case "npm", "pnpm" -> npm(args, line, state);
      case "yarn" -> yarn(args, line, state);
      case "gem" -> gem(args, line, state);
      case "go" -> go(args, line, state);
      case "cargo" -> cargo(args, line, state);
      case "curl", "wget" -> download(program, args, line, state);
      case "rm" -> remove(args, state);
      default -> {}
    }
  }

  private static void apt(List<String> args, int line, StageState state) {
    installOrRemove(
        "apt", args, APT_VALUE_FLAGS, Set.of("remove", "purge", "autoremove"), line, state);
  }

  /**
   * A package manager's {@code install} of the packages named after it, or a removal by one of
   * {@code removals}.
   */
  private static void installOrRemove(
      String manager,
      List<String> args,
      Set<String> valueFlags,
      Set<String> removals,
      int line,
      StageState state) {
    PackageAction command = PackageAction.of(args, valueFlags);
    if (command.action().equals("install")) {
      command.names().forEach(n -> installSystem(manager, n, line, state));
    } else if (removals.contains(command.action())) {
      command.names().forEach(n -> state.uninstall(manager, n, line));
    }
  }

  /**
   * What a system package manager's command line does: its action ({@code install}, {@code del},
   * ...; empty when it names none) and the package names after it.
   */
  private record PackageAction(String action, List<String> names) {
    static PackageAction of(List<String> args, Set<String> valueFlags) {
      List<String> words = operands(args, valueFlags);
      return words.isEmpty()
          ? new PackageAction("", List.of())
          : new PackageAction(words.get(0), systemNames(words.subList(1, words.size())));
    }
  }

  private static void apk(List<String> args, int line, StageState state) {
    String virtual = null;
    for (int k = 0; k + 1 < args.size(); k++) {
      if (args.get(k).equals("--virtual") || args.get(k).equals("-t")) {
        virtual = args.get(k + 1);
      } else if (args.get(k).startsWith("--virtual=")) {
        virtual = args.get(k).substring("--virtual=".length());
      }
    }
    PackageAction command = PackageAction.of(args, APK_VALUE_FLAGS);
    if (command.action().equals("add")) {
      List<String> group = new ArrayList<>();
      for (String name : command.names()) {
        installSystem("apk", name, line, state);
        group.add(name);
      }
      if (virtual != null) {
        state.virtualGroups.put(virtual, group);
      }
    } else if (command.action().equals("del")) {
      for (String name : command.names()) {
        List<String> group = state.virtualGroups.remove(name);
        if (group != null) {
          group.forEach(member -> state.uninstall("apk", member, line));
        } else {
          state.uninstall("apk", name, line);
        }
      }
    }
  }

  private static void yum(List<String> args, int line, StageState state) {
    installOrRemove("yum", args, YUM_VALUE_FLAGS, Set.of("remove", "erase"), line, state);
  }

  private static void installSystem(String manager, String name, int line, StageState state) {
    state.install(
        new InstalledPackage(manager, name, line),
        PackagePrograms.ofSystemPackage(name),
        manager + " install " + name);
  }

  /** Package names without versions ({@code curl=7.88}, {@code curl~8}); variables left out. */
  private static List<String> systemNames(List<String> words) {
    List<String> names = new ArrayList<>();
    for (String word : words) {
      if (word.contains("$") || word.contains("/") || word.endsWith(".deb") || word.isEmpty()) {
        continue;
      }
      String name = word.split("[=~<>@]", 2)[0];
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  private static void pip(List<String> args, int line, StageState state) {
    List<String> words = operands(args, PIP_VALUE_FLAGS);
    if (words.isEmpty()) {
      return;
    }
    boolean install = words.get(0).equals("install");
    if (!install && !words.get(0).equals("uninstall")) {
      return;
    }
    for (String word : words.subList(1, words.size())) {
      if (word.contains("/") || word.contains("$") || word.startsWith(".") || word.contains(":")) {
        continue;
      }
      String name = pythonName(word);
      if (name.isEmpty()) {
        continue;
      }
      if (install) {
        state.install(
            new InstalledPackage("pip", name, line),
            PackagePrograms.ofPythonPackage(name),
            "pip install " + name);
      } else {
        state.uninstall("pip", name, line);
      }
    }
  }

  private static void pipx(List<String> args, int line, StageState state) {
    List<String> words = operands(args, PIP_VALUE_FLAGS);
    if (words.size() > 1 && words.get(0).equals("install")) {
      String name = pythonName(words.get(1));
      state.install(new InstalledPackage("pip", name, line), List.of(name), "pipx install " + name);
    }
  }

  /** PEP 503 normal form without extras or version: {@code Flask_Cors[x]>=2} is flask-cors. */
  static String pythonName(String requirement) {
    String name = requirement.split("[\\[=<>~!;@ ]", 2)[0];
    return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
  }

  private static void npm(List<String> args, int line, StageState state) {
    boolean global =
        args.contains("-g") || args.contains("--global") || args.contains("--location=global");
    List<String> words = operands(args, Set.of());
    if (!global || words.isEmpty()) {
      return;
    }
    String action = words.get(0);
    List<String> names = npmNames(words.subList(1, words.size()));
    if (Set.of("install", "i", "add").contains(action)) {
      names.forEach(n -> installNpm(n, line, state));
    } else if (Set.of("uninstall", "remove", "rm", "un").contains(action)) {
      names.forEach(n -> state.uninstall("npm", n, line));
    }
  }

  private static void yarn(List<String> args, int line, StageState state) {
    List<String> words = operands(args, Set.of());
    if (words.size() > 2 && words.get(0).equals("global")) {
      List<String> names = npmNames(words.subList(2, words.size()));
      if (words.get(1).equals("add")) {
        names.forEach(n -> installNpm(n, line, state));
      } else if (words.get(1).equals("remove")) {
        names.forEach(n -> state.uninstall("npm", n, line));
      }
    }
  }

  private static void installNpm(String name, int line, StageState state) {
    state.install(
        new InstalledPackage("npm", name, line),
        List.of(PackagePrograms.ofNpmPackage(name)),
        "npm install " + name);
  }

  /** {@code @scope/name@1.2} is {@code @scope/name}. */
  private static List<String> npmNames(List<String> words) {
    List<String> names = new ArrayList<>();
    for (String word : words) {
      if (word.contains("$") || word.startsWith(".") || word.contains(":")) {
        continue;
      }
      int at = word.indexOf('@', 1);
      String name = at > 0 ? word.substring(0, at) : word;
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  private static void gem(List<String> args, int line, StageState state) {
    List<String> words = operands(args, GEM_VALUE_FLAGS);
    if (words.size() > 1 && words.get(0).equals("install")) {
      for (String name : words.subList(1, words.size())) {
        if (!name.contains("$") && !name.contains("/")) {
          state.install(
              new InstalledPackage("gem", name, line),
              List.of(PackagePrograms.ofGem(name)),
              "gem install " + name);
        }
      }
    }
  }

  private static void go(List<String> args, int line, StageState state) {
    List<String> words = operands(args, Set.of());
    if (words.size() < 2 || !words.get(0).equals("install")) {
      return;
    }
    for (String path : words.subList(1, words.size())) {
      String module = path.split("@", 2)[0];
      String last = module.substring(module.lastIndexOf('/') + 1);
      if (module.startsWith(".")
          || module.endsWith("...")
          || last.isEmpty()
          || path.contains("$")) {
        continue;
      }
      state.install(
          new InstalledPackage("go", module, line), List.of(last), "go install " + module);
    }
  }

  private static void cargo(List<String> args, int line, StageState state) {
    List<String> words = operands(args, CARGO_VALUE_FLAGS);
    if (words.size() < 2 || !words.get(0).equals("install")) {
      return;
    }
    for (String name : words.subList(1, words.size())) {
      if (!name.contains("$") && !name.contains("/") && !name.startsWith(".")) {
        String crate = name.split("@", 2)[0];
        state.install(
            new InstalledPackage("cargo", crate, line), List.of(crate), "cargo install " + crate);
      }
    }
  }

  /** {@code curl -o /usr/local/bin/x URL}, {@code wget -O /usr/local/bin/x URL}. */
  private static void download(String program, List<String> args, int line, StageState state) {
    String target = null;
    for (int k = 0; k < args.size(); k++) {
      String arg = args.get(k);
      String next = k + 1 < args.size() ? args.get(k + 1) : null;
      if (program.equals("curl")) {
        if ((arg.equals("--output") || arg.matches("-[A-Za-z]*o")) && next != null) {
          target = next;
        } else if (arg.startsWith("--output=")) {
          target = arg.substring("--output=".length());
        }
      } else if ((arg.matches("-[A-Za-z]*O") || arg.equals("--output-document")) && next != null) {
        target = next;
      } else if (arg.startsWith("--output-document=")) {
        target = arg.substring("--output-document=".length());
      } else if (arg.startsWith("-O") && arg.length() > 2) {
        target = arg.substring(2);
      }
    }
    if (target == null || target.contains("$")) {
      return;
    }
    int slash = target.lastIndexOf('/');
    if (slash > 0 && BIN_DIRS.contains(target.substring(0, slash))) {
      String name = target.substring(slash + 1);
      if (!name.isEmpty()) {
        state.addProgram(new Program(name, "downloaded to " + target, line));
      }
    }
  }

  /** {@code rm /usr/local/bin/x} takes a downloaded or copied program away again. */
  private static void remove(List<String> args, StageState state) {
    for (String arg : args) {
      int slash = arg.lastIndexOf('/');
      if (!arg.startsWith("-") && slash > 0 && BIN_DIRS.contains(arg.substring(0, slash))) {
        state.removeProgram(arg.substring(slash + 1));
      }
    }
  }

  /** The words that are not flags, skipping the values of flags that take one. */
  private static List<String> operands(List<String> args, Set<String> valueFlags) {
    List<String> words = new ArrayList<>();
    for (int k = 0; k < args.size(); k++) {
      String arg = args.get(k);
      if (arg.startsWith("-")) {
        if (valueFlags.contains(arg)) {
          k++;
        }
        continue;
      }
      words.add(arg);
    }
    return words;
  }
}
