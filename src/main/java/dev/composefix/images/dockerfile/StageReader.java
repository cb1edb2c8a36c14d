package dev.composefix.images.dockerfile;

import dev.composefix.shell.CommandChains;
import dev.composefix.shell.ShellScript;
import dev.composefix.shell.ShellToken;
import dev.composefix.text.JsonArrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out the facts of the stage Compose builds: global {@code ARG}s (with Compose's {@code
 * build.args} over their defaults) substituted into {@code FROM}, the stage named by {@code target}
 * or else the last one, and {@code FROM <stage>} chains followed down to the external base image,
 * each stage starting from its parent's state.
 */
public final class StageReader {

  private static final Set<String> BIN_DIRS =
      Set.of("/usr/local/bin", "/usr/bin", "/bin", "/usr/local/sbin", "/usr/sbin", "/sbin");

  private static final Pattern PORT =
      Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?(?:/(tcp|udp|sctp))?", Pattern.CASE_INSENSITIVE);

  private static final Pattern HEREDOC_MARKER =
      Pattern.compile("<<-?[\"']?[A-Za-z_][A-Za-z0-9_]*[\"']?");

  private StageReader() {}

  /** Reads a Dockerfile's text for the last stage, or {@code target}. */
  public static DockerfileFacts read(
      String text, Optional<String> target, Map<String, String> buildArgs) {
    return read(Dockerfile.parse(text), target, buildArgs, Set.of());
  }

  /**
   * The facts of the stage {@code target} names, or of the last stage.
   *
   * @param buildArgs Compose's {@code build.args}, which override {@code ARG} defaults
   * @param projectImages images other services of the same project build: a {@code FROM} naming one
   *     is no external base
   */
  public static DockerfileFacts read(
      Dockerfile dockerfile,
      Optional<String> target,
      Map<String, String> buildArgs,
      Set<String> projectImages) {
    return new Run(dockerfile, buildArgs, projectImages).read(target);
  }

  /** A stage: its {@code FROM} and the instructions after it. */
  private record Stage(int index, Optional<String> name, Instruction from, List<Instruction> body) {
    String label() {
      return name.orElse(String.valueOf(index));
    }
  }

  /** One reading of one Dockerfile. */
  private static final class Run {
    private final Dockerfile dockerfile;
    private final Map<String, String> buildArgs;
    private final Set<String> projectImages;
    private final List<ReadNote> notes = new ArrayList<>();
    private final Map<String, Optional<String>> globals = new LinkedHashMap<>();
    private final List<Stage> stages = new ArrayList<>();
    private final List<StageState> states = new ArrayList<>();
    private final List<BaseImage> bases = new ArrayList<>();

    Run(Dockerfile dockerfile, Map<String, String> buildArgs, Set<String> projectImages) {
      this.dockerfile = dockerfile;
      this.buildArgs = buildArgs;
      this.projectImages = projectImages;
      notes.addAll(dockerfile.notes());
    }

    DockerfileFacts read(Optional<String> target) {
      split();
      for (Stage stage : stages) {
        build(stage);
      }
      List<String> labels = stages.stream().map(Stage::label).toList();
      if (stages.isEmpty()) {
        if (dockerfile.notes().isEmpty() || !dockerfile.instructions().isEmpty()) {
          note(0, "no FROM instruction");
        }
        return new DockerfileFacts(Optional.empty(), labels, notes);
      }
      int chosen = stages.size() - 1;
      if (target.isPresent()) {
        chosen = indexOf(target.get(), stages.size());
        if (chosen < 0) {
          note(
              0,
              "target '"
                  + target.get()
                  + "' names no stage (stages: "
                  + String.join(", ", labels)
                  + ")");
          return new DockerfileFacts(Optional.empty(), labels, notes);
        }
      }
      return new DockerfileFacts(Optional.of(facts(chosen)), labels, notes);
    }

    private void split() {
      Instruction from = null;
      List<Instruction> body = new ArrayList<>();
      for (Instruction instruction : dockerfile.instructions()) {
        if (instruction.keyword().equals("FROM")) {
          if (from != null) {
            addStage(from, body);
          }
          from = instruction;
          body = new ArrayList<>();
        } else if (from != null) {
          body.add(instruction);
        } else if (instruction.keyword().equals("ARG")) {
          for (String[] arg : argDeclarations(instruction.arguments())) {
            Optional<String> value =
                Optional.ofNullable(buildArgs.get(arg[0]))
                    .or(() -> Optional.ofNullable(arg[1]).map(d -> substitute(d, globals).text()));
            globals.put(arg[0], value);
          }
        } else {
          note(instruction.line(), instruction.keyword() + " before the first FROM is ignored");
        }
      }
      if (from != null) {
        addStage(from, body);
      }
    }

    private void addStage(Instruction from, List<Instruction> body) {
      String[] words = from.arguments().trim().split("\\s+");
      Optional<String> name = Optional.empty();
      if (words.length == 3 && words[1].equalsIgnoreCase("as")) {
        name = Optional.of(words[2].toLowerCase(Locale.ROOT));
      } else if (words.length != 1 || words[0].isEmpty()) {
        note(from.line(), "FROM is not 'image [AS name]'");
      }
      stages.add(new Stage(stages.size(), name, from, List.copyOf(body)));
    }

    /**
     * The index of a stage named {@code name} (case-insensitive) or numbered so, before {@code
     * limit}.
     */
    private int indexOf(String name, int limit) {
      String wanted = name.toLowerCase(Locale.ROOT);
      for (int j = 0; j < limit; j++) {
        if (stages.get(j).name().filter(wanted::equals).isPresent()) {
          return j;
        }
      }
      if (wanted.matches("\\d{1,4}") && Integer.parseInt(wanted) < limit) {
        return Integer.parseInt(wanted);
      }
      return -1;
    }

    private void build(Stage stage) {
      String raw = stage.from().arguments().trim().split("\\s+")[0];
      Variables.Result image = substitute(raw, globals);
      String reference = image.text();
      StageState state;
      BaseImage base;
      int parent = image.complete() ? stageNamed(reference, stage.index()) : -1;
      if (!image.complete()) {
        state = new StageState();
        String reason =
            "FROM "
                + raw
                + ": ARG "
                + String.join(", ", new LinkedHashSet<>(image.unset()))
                + " has no default and no build argument";
        base =
            new BaseImage(
                BaseImage.Kind.UNKNOWN,
                raw,
                stage.from().line(),
                List.of(stage.label()),
                Optional.of(reason));
        note(stage.from().line(), reason);
      } else if (parent >= 0) {
        state = states.get(parent).child(stages.get(parent).label());
        BaseImage inherited = bases.get(parent);
        List<String> chain = new ArrayList<>();
        chain.add(stage.label());
        chain.addAll(inherited.stages());
        base =
            new BaseImage(
                inherited.kind(),
                inherited.reference(),
                inherited.line(),
                chain,
                inherited.reason());
      } else {
        state = new StageState();
        base = externalBase(reference, stage);
      }
      for (Instruction instruction : stage.body()) {
        apply(instruction, stage, state);
      }
      states.add(state);
      bases.add(base);
    }

    private BaseImage externalBase(String reference, Stage stage) {
      int line = stage.from().line();
      List<String> chain = List.of(stage.label());
      if (reference.equalsIgnoreCase("scratch")) {
        return new BaseImage(BaseImage.Kind.SCRATCH, "scratch", line, chain, Optional.empty());
      }
      String withoutLatest =
          reference.endsWith(":latest")
              ? reference.substring(0, reference.length() - 7)
              : reference;
      if (projectImages.contains(reference) || projectImages.contains(withoutLatest)) {
        String reason =
            "FROM "
                + reference
                + ": an image another service of the project builds, not an external base";
        note(line, reason);
        return new BaseImage(
            BaseImage.Kind.PROJECT_IMAGE, reference, line, chain, Optional.of(reason));
      }
      return new BaseImage(BaseImage.Kind.EXTERNAL, reference, line, chain, Optional.empty());
    }

    private int stageNamed(String reference, int before) {
      String wanted = reference.toLowerCase(Locale.ROOT);
      for (int j = 0; j < before; j++) {
        if (stages.get(j).name().filter(wanted::equals).isPresent()) {
          return j;
        }
      }
      return -1;
    }

    private void apply(Instruction instruction, Stage stage, StageState state) {
      int line = instruction.line();
      switch (instruction.keyword()) {
        case "ARG" -> {
          for (String[] arg : argDeclarations(instruction.arguments())) {
            Optional<String> value =
                Optional.ofNullable(buildArgs.get(arg[0]))
                    .or(() -> Optional.ofNullable(arg[1]).map(d -> substitute(d, state).text()))
                    .or(() -> globals.getOrDefault(arg[0], Optional.empty()));
            if (value.isPresent()) {
              state.args.put(arg[0], value.get());
            } else {
              state.args.remove(arg[0]);
            }
          }
        }
        case "ENV" -> env(instruction, state);
        case "RUN" -> run(instruction, state);
        case "CMD" ->
            state.cmd =
                Optional.of(
                    command(instruction, instruction.arguments(), instruction.execForm(), state));
        case "ENTRYPOINT" -> {
          if (state.cmd.flatMap(CommandForm::inheritedFrom).isPresent()) {
            // Docker resets a CMD inherited from the parent image when ENTRYPOINT is set.
            state.cmd = Optional.empty();
          }
          state.entrypoint =
              Optional.of(
                  command(instruction, instruction.arguments(), instruction.execForm(), state));
        }
        case "HEALTHCHECK" -> healthcheck(instruction, state);
        case "EXPOSE" -> expose(instruction, state);
        case "USER" ->
            state.user =
                Optional.of(
                    new Located<>(substitute(instruction.arguments().trim(), state).text(), line));
        case "WORKDIR" -> {
          String dir = substitute(instruction.arguments().trim(), state).text();
          state.workdir = Optional.of(new Located<>(absolute(state.workdirOrRoot(), dir), line));
        }
        case "COPY", "ADD" -> copy(instruction, stage, state);
        case "SHELL" ->
            instruction
                .execForm()
                .filter(s -> !s.isEmpty())
                .ifPresentOrElse(
                    s -> state.shell = s, () -> note(line, "SHELL is not a JSON array"));
        default -> {}
      }
    }

    private void env(Instruction instruction, StageState state) {
      List<String> words = words(instruction.arguments());
      int line = instruction.line();
      if (words.isEmpty()) {
        note(line, "ENV without a variable");
        return;
      }
      Map<String, String> assigned = new LinkedHashMap<>();
      if (!words.get(0).contains("=")) {
        // The legacy form, ENV NAME value with spaces: the value is the rest of the line.
        String text = instruction.arguments().trim();
        int space = text.indexOf(' ') < 0 ? text.indexOf('\t') : text.indexOf(' ');
        String value = space < 0 ? "" : unquote(text.substring(space).trim());
        assigned.put(words.get(0), substitute(value, state).text());
      } else {
        for (String word : words) {
          int equals = word.indexOf('=');
          if (equals <= 0) {
            note(line, "ENV word '" + word + "' is not NAME=value");
            continue;
          }
          assigned.put(
              word.substring(0, equals), substitute(word.substring(equals + 1), state).text());
        }
      }
      assigned.forEach((k, v) -> state.env.put(k, new Located<>(v, line)));
    }

    private void run(Instruction instruction, StageState state) {
      List<List<String>> calls = new ArrayList<>();
      if (instruction.execForm().isPresent()) {
        List<String> argv = instruction.execForm().get();
        int script = ShellScript.scriptIndex(argv);
        if (script > 0) {
          calls.addAll(RunCalls.of(argv.get(script)));
        } else if (!argv.isEmpty()) {
          calls.add(argv);
        }
      } else if (!instruction.heredocs().isEmpty()
          && runsHeredocAsScript(instruction.arguments())) {
        instruction.heredocs().forEach(h -> calls.addAll(RunCalls.of(h.body())));
      } else {
        calls.addAll(RunCalls.of(instruction.arguments()));
      }
      for (List<String> call : calls) {
        List<String> words = new ArrayList<>();
        for (String word : call) {
          Variables.Result value = substitute(word, state);
          // A word that needs a variable the build does not set is left out rather than guessed.
          if (value.complete() && word.contains("$") && value.text().strip().contains(" ")) {
            // An unquoted expansion splits into words, as ARG PACKAGES="curl wget" does.
            words.addAll(List.of(value.text().strip().split("\\s+")));
          } else if (value.complete()) {
            words.add(value.text());
          } else if (words.isEmpty()) {
            break;
          }
        }
        if (!words.isEmpty()) {
          Installs.apply(words, instruction.line(), state);
        }
      }
    }

    /** {@code RUN <<EOF} or {@code RUN bash <<EOF}: the shell runs the body. */
    private static boolean runsHeredocAsScript(String arguments) {
      String rest = HEREDOC_MARKER.matcher(arguments).replaceAll(" ").trim();
      if (rest.isEmpty()) {
        return true;
      }
      String[] words = rest.split("\\s+");
      if (!ShellScript.isShell(words[0])) {
        return false;
      }
      for (int k = 1; k < words.length; k++) {
        if (!words[k].matches("-[a-z]+")) {
          return false;
        }
      }
      return true;
    }

    private CommandForm command(
        Instruction instruction, String text, Optional<List<String>> exec, StageState state) {
      if (exec.isPresent()) {
        List<String> argv = exec.get();
        return new CommandForm(
            false,
            argv,
            String.join(" ", argv),
            Optional.of(argv),
            instruction.line(),
            Optional.empty());
      }
      List<String> argv = new ArrayList<>(state.shell);
      argv.add(text);
      Optional<List<String>> words = CommandChains.parse(text).flatMap(CommandChains::simpleWords);
      return new CommandForm(true, argv, text, words, instruction.line(), Optional.empty());
    }

    private void healthcheck(Instruction instruction, StageState state) {
      String text = instruction.arguments().trim();
      Map<String, String> options = new LinkedHashMap<>();
      for (String flag : instruction.flags()) {
        int equals = flag.indexOf('=');
        if (equals > 2) {
          options.put(flag.substring(2, equals), flag.substring(equals + 1));
        } else {
          note(instruction.line(), "HEALTHCHECK option '" + flag + "' has no value");
        }
      }
      String[] parts = text.split("\\s+", 2);
      String kind = parts[0].toUpperCase(Locale.ROOT);
      if (kind.equals("NONE")) {
        state.healthcheck =
            Optional.of(
                new HealthcheckFact(
                    true, List.of("NONE"), options, instruction.line(), Optional.empty()));
      } else if (kind.equals("CMD") && parts.length == 2) {
        List<String> test = new ArrayList<>();
        Optional<List<String>> exec = JsonArrays.parse(parts[1]);
        if (exec.isPresent()) {
          test.add("CMD");
          test.addAll(exec.get());
        } else {
          test.add("CMD-SHELL");
          test.add(parts[1].trim());
        }
        state.healthcheck =
            Optional.of(
                new HealthcheckFact(false, test, options, instruction.line(), Optional.empty()));
      } else {
        note(instruction.line(), "HEALTHCHECK is neither NONE nor CMD");
      }
    }

    private void expose(Instruction instruction, StageState state) {
      Variables.Result text = substitute(instruction.arguments(), state);
      if (!text.complete()) {
        note(
            instruction.line(),
            "EXPOSE "
                + instruction.arguments().trim()
                + ": "
                + String.join(", ", text.unset())
                + " has no value");
      }
      for (String word : text.text().trim().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        Matcher m = PORT.matcher(word);
        int first = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        int last = m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : first;
        if (first < 1 || first > 65535 || last < first || last > 65535) {
          note(instruction.line(), "EXPOSE '" + word + "' is not a port");
          continue;
        }
        String protocol = m.group(3) == null ? "tcp" : m.group(3).toLowerCase(Locale.ROOT);
        state.exposed.add(new ExposedPort(first, last, protocol, instruction.line()));
      }
    }

    private void copy(Instruction instruction, Stage stage, StageState state) {
      List<String> words =
          instruction
              .execForm()
              .orElseGet(() -> List.of(instruction.arguments().trim().split("\\s+")));
      if (words.size() < 2) {
        note(instruction.line(), instruction.keyword() + " needs a source and a destination");
        return;
      }
      String destination =
          absolute(state.workdirOrRoot(), substitute(words.get(words.size() - 1), state).text());
      List<String> sources = new ArrayList<>();
      for (String word : words.subList(0, words.size() - 1)) {
        if (word.startsWith("<<")) {
          continue;
        }
        String source = substitute(word, state).text();
        boolean remote = source.contains("://") || source.startsWith("git@");
        if (!(instruction.keyword().equals("ADD") && remote) && !source.isEmpty()) {
          sources.add(source);
        }
      }
      Optional<String> from = instruction.flag("from").map(f -> substitute(f, state).text());
      if (from.isPresent()) {
        int j = indexOf(from.get(), stage.index());
        if (j >= 0) {
          state.copiedStages.add(j);
          from = Optional.of(stages.get(j).label());
        }
        binaries(from.get(), sources, destination, instruction.line(), state);
      }
      if (!sources.isEmpty()) {
        state.copies.add(
            new CopyFact(
                instruction.keyword(),
                sources,
                destination,
                from,
                stage.label(),
                instruction.line()));
      }
    }

    /** {@code COPY --from=x /app/bin/tool /usr/local/bin/}: programs copied in from elsewhere. */
    private static void binaries(
        String from, List<String> sources, String destination, int line, StageState state) {
      boolean intoDirectory = destination.endsWith("/") || sources.size() > 1;
      for (String source : sources) {
        if (source.matches(".*[*?\\[].*")) {
          continue;
        }
        String trimmed = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
        String name = intoDirectory ? baseName(trimmed) : baseName(destination);
        String targetDir = intoDirectory ? trimEnd(destination) : parent(destination);
        boolean fromBin = parent(trimmed).endsWith("/bin") || parent(trimmed).endsWith("/sbin");
        if ((BIN_DIRS.contains(targetDir) || fromBin) && !name.isEmpty() && !name.equals("bin")) {
          state.addProgram(new Program(name, "COPY --from=" + from + " " + source, line));
        }
      }
    }

    private Variables.Result substitute(String text, StageState state) {
      return Variables.substitute(
          text,
          name -> {
            Located<String> env = state.env.get(name);
            return env != null
                ? Optional.of(env.value())
                : Optional.ofNullable(state.args.get(name));
          },
          dockerfile.escape());
    }

    private Variables.Result substitute(String text, Map<String, Optional<String>> args) {
      return Variables.substitute(
          text, name -> args.getOrDefault(name, Optional.empty()), dockerfile.escape());
    }

    private void note(int line, String message) {
      notes.add(new ReadNote(dockerfile.name(), line, message));
    }

    private StageFacts facts(int index) {
      StageState state = states.get(index);
      List<CopyFact> copies = new ArrayList<>(state.copies);
      Set<Integer> seen = new LinkedHashSet<>();
      List<Integer> pending = new ArrayList<>(state.copiedStages);
      while (!pending.isEmpty()) {
        int j = pending.remove(pending.size() - 1);
        if (seen.add(j)) {
          copies.addAll(states.get(j).copies);
          pending.addAll(states.get(j).copiedStages);
        }
      }
      List<CopyFact> distinct = new ArrayList<>(new LinkedHashSet<>(copies));
      distinct.sort(java.util.Comparator.comparingInt(CopyFact::line));
      return new StageFacts(
          stages.get(index).label(),
          bases.get(index),
          List.copyOf(state.packages.values()),
          state.removed,
          List.copyOf(state.programs.values()),
          state.user,
          state.workdir,
          state.env,
          state.exposed,
          state.healthcheck,
          state.cmd,
          state.entrypoint,
          distinct);
    }
  }

  /** {@code ARG A=1 B}: each name with its default, or null. */
  private static List<String[]> argDeclarations(String arguments) {
    List<String[]> declared = new ArrayList<>();
    for (String word : words(arguments)) {
      int equals = word.indexOf('=');
      declared.add(
          equals < 0
              ? new String[] {word, null}
              : new String[] {word.substring(0, equals), word.substring(equals + 1)});
    }
    return declared;
  }

  /**
   * Words as the shell would split them, quotes removed; whitespace-split when it cannot read them.
   */
  static List<String> words(String text) {
    ShellScript script = ShellScript.read(text);
    if (script.problem().isPresent()) {
      List<String> split = new ArrayList<>();
      for (String word : text.trim().split("\\s+")) {
        if (!word.isEmpty()) {
          split.add(unquote(word));
        }
      }
      return split;
    }
    List<String> words = new ArrayList<>();
    for (ShellToken token : script.tokens()) {
      if (token.isWord()) {
        words.add(token.requireWord().text());
      }
    }
    return words;
  }

  private static String unquote(String text) {
    if (text.length() >= 2
        && (text.startsWith("\"") && text.endsWith("\"")
            || text.startsWith("'") && text.endsWith("'"))) {
      return text.substring(1, text.length() - 1);
    }
    return text;
  }

  static String absolute(String workdir, String path) {
    if (path.startsWith("/")) {
      return path;
    }
    String base = workdir.endsWith("/") ? workdir : workdir + "/";
    if (path.equals(".") || path.equals("./")) {
      return base;
    }
    return base + (path.startsWith("./") ? path.substring(2) : path);
  }

  private static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String parent(String path) {
    String trimmed = trimEnd(path);
    int slash = trimmed.lastIndexOf('/');
    return slash <= 0 ? "/" : trimmed.substring(0, slash);
  }

  private static String trimEnd(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
