package dev.composefix.rules.healthcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a sibling's healthcheck fits a service: both run the same image, the sibling's check is
 * on and probes something, and everything the check depends on holds for the service too.
 *
 * <p>Same image, entrypoint, command, environment, env files, volumes and container ports is the
 * same process, so the check fits. Same command alone is not: an entrypoint may run another program
 * by a variable (dify's {@code MODE=beat}), and a mounted config may move a listener. Otherwise the
 * check fits only when it probes a health file that both commands name with the same health flag or
 * variable ({@code --health-check-file /tmp/health.txt}): the image's program writes it whatever it
 * is asked to do. A check that only shares a config file ({@code symbolicator healthcheck -c
 * config.yml}) may ask a server that the other command does not run, so it does not fit.
 *
 * <p>What the check names, and the sibling's configuration names too, must be named the same way
 * here: an absolute path or a port in the command (with the flag before it), in a variable, or as a
 * mount (a path under a volume's target needs the same volume). A check that connects somewhere
 * needs the same process, unless each port it connects to is given with the same flag in both
 * commands. Variables of the container it reads must have the same value in both (values are never
 * printed).
 */
final class SiblingFit {

  /** Flags and variables that name a health or heartbeat file. */
  private static final Pattern HEALTH_NAME =
      Pattern.compile("(?i).*(health|heartbeat|liveness|alive|readiness|ready).*");

  private SiblingFit() {}

  /**
   * What came of the comparison.
   *
   * @param fits whether the sibling's check fits the service
   * @param why why it fits (same image, the same health file, ...), or the one reason it does not
   */
  record Verdict(boolean fits, List<String> why) {

    static Verdict no(String reason) {
      return new Verdict(false, List.of(reason));
    }
  }

  /**
   * What a sibling's healthcheck test is, read once per sibling, each part when first asked: every
   * service of its image that lacks a check is compared with it, and the reading (regular
   * expressions and a shell lexer over the test) was done again for each.
   */
  static final class TestReading {
    private final List<String> test;
    private Optional<HealthcheckWeakRule.Weakness> weakness;
    private Optional<String> secret;
    private ProbeDependencies needs;

    TestReading(List<String> test) {
      this.test = test;
    }

    Optional<HealthcheckWeakRule.Weakness> weakness() {
      if (weakness == null) {
        weakness = HealthcheckWeakRule.weakness(test);
      }
      return weakness;
    }

    Optional<String> secret() {
      if (secret == null) {
        secret = writtenSecret(test);
      }
      return secret;
    }

    ProbeDependencies needs() {
      if (needs == null) {
        needs = ProbeDependencies.of(test);
      }
      return needs;
    }
  }

  /**
   * Whether the sibling's check fits the service.
   *
   * @param reading the sibling's test, read once for all the services compared with it
   */
  static Verdict of(SiblingSettings service, SiblingSettings sibling, TestReading reading) {
    if (service.image().isEmpty() || !service.image().equals(sibling.image())) {
      return Verdict.no("it runs another image");
    }
    if (sibling.healthcheck().isEmpty()) {
      return Verdict.no("it has no healthcheck");
    }
    SiblingSettings.Check check = sibling.healthcheck().get();
    if (check.off()) {
      return Verdict.no("its healthcheck is turned off");
    }
    if (reading.weakness().isPresent()) {
      return Verdict.no("its healthcheck verifies nothing");
    }
    Optional<String> secret = reading.secret();
    if (secret.isPresent()) {
      return Verdict.no(
          "its healthcheck holds a password written out ("
              + secret.get()
              + "), which compose-fix does not copy");
    }
    ProbeDependencies needs = reading.needs();
    List<String> why = new ArrayList<>();
    why.add("service '" + sibling.name() + "', which runs the same image with this healthcheck");
    Optional<String> otherRun = otherRun(service, sibling);
    boolean sameRun = otherRun.isEmpty();
    Optional<String> healthFile = sharedHealthFile(service, sibling, needs);
    if (sameRun) {
      why.add("with the same entrypoint, command, environment, volumes and ports");
    } else if (healthFile.isPresent()) {
      why.add(healthFile.get());
    } else {
      return Verdict.no(
          otherRun.get()
              + ", and its healthcheck probes no health file that both commands name with the"
              + " same flag or variable");
    }
    for (String path : needs.paths()) {
      Optional<String> missing = namedDifferently(service, sibling, path, true);
      if (missing.isPresent()) {
        return Verdict.no(missing.get());
      }
    }
    for (String port : needs.ports()) {
      Optional<String> missing = namedDifferently(service, sibling, port, false);
      if (missing.isPresent()) {
        return Verdict.no(missing.get());
      }
      if (!sameRun && !commandNaming(sibling.commandWords(), port).isPresent()) {
        return Verdict.no(
            "its healthcheck connects to port "
                + port
                + ", which its command does not set, and "
                + otherRun.get());
      }
    }
    if (needs.network() && needs.ports().isEmpty() && !sameRun) {
      return Verdict.no("its healthcheck connects to a server, and " + otherRun.get());
    }
    for (String variable : needs.variables()) {
      if (!Objects.equals(
          service.environment().get(variable), sibling.environment().get(variable))) {
        return Verdict.no(
            "its healthcheck reads the variable "
                + variable
                + ", which this service sets differently");
      }
    }
    if (!needs.variables().isEmpty() && !service.envFiles().equals(sibling.envFiles())) {
      return Verdict.no(
          "its healthcheck reads variables of the container, and this service reads other env"
              + " files");
    }
    return new Verdict(true, why);
  }

  /** Options whose next word, or text after {@code =}, is a password. */
  private static final java.util.Set<String> PASSWORD_OPTIONS =
      java.util.Set.of("--pass", "--password", "--requirepass", "--masterauth");

  /**
   * A redis-cli (or a fork's), whose {@code -a} takes a password; compiled once, as every word of a
   * sibling's test is tried, for every service without a check.
   */
  private static final Pattern REDIS_CLIENT = Pattern.compile(".*(redis|valkey|keydb)-cli");

  /** A MySQL or MariaDB client, whose {@code -pPASSWORD} holds the password in the flag. */
  private static final Pattern MYSQL_CLIENT = Pattern.compile(".*(mysql|mariadb).*");

  private static final Pattern MYSQL_PASSWORD_FLAG = Pattern.compile("-p[^$\\s]+");

  /** A {@code user:password} after curl's {@code -u}. */
  private static final Pattern USER_PASSWORD = Pattern.compile("[^:$\\s]+:[^$\\s]+");

  /** A {@code user:password@} in a URL. */
  private static final Pattern URL_PASSWORD = Pattern.compile("://[^/\\s:@]+:[^/@\\s$]+@");

  /** An assignment to a secret name: {@code PGPASSWORD=x}, {@code API_TOKEN=x}. */
  private static final Pattern SECRET_ASSIGNMENT =
      Pattern.compile("(?i)[a-z_]*(pass|pwd|secret|token|key)[a-z_]*=[^$\\s]+");

  /**
   * Where the test holds a secret written out, a value without a variable: after a password option
   * ({@code redis-cli -a x}, {@code --password x}), attached to {@code -p} ({@code mysql -px}), as
   * {@code user:password}, or assigned to a secret name. Copying it would spread it; the value is
   * never returned, only where it is.
   */
  static Optional<String> writtenSecret(List<String> test) {
    List<String> words = new ArrayList<>();
    for (String item : test.subList(1, test.size())) {
      words.addAll(dev.composefix.shell.ShellScript.words(item));
    }
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      boolean redis =
          word.equals("-a")
              && words.subList(0, i).stream().anyMatch(w -> REDIS_CLIENT.matcher(w).matches());
      if ((redis || PASSWORD_OPTIONS.contains(word)) && !next.isEmpty() && !next.contains("$")) {
        return Optional.of("after " + word);
      }
      int equals = word.indexOf('=');
      if (equals > 0
          && PASSWORD_OPTIONS.contains(word.substring(0, equals))
          && !word.contains("$")) {
        return Optional.of("after " + word.substring(0, equals));
      }
      if (MYSQL_PASSWORD_FLAG.matcher(word).matches()
          && words.subList(0, i).stream().anyMatch(w -> MYSQL_CLIENT.matcher(w).matches())) {
        return Optional.of("after -p");
      }
      if ((word.equals("-u") || word.equals("--user")) && USER_PASSWORD.matcher(next).matches()) {
        return Optional.of("after " + word);
      }
      if (URL_PASSWORD.matcher(word).find()) {
        return Optional.of("in a URL");
      }
      if (SECRET_ASSIGNMENT.matcher(word).matches()) {
        return Optional.of("in " + word.substring(0, equals));
      }
    }
    return Optional.empty();
  }

  /**
   * How the service runs otherwise than the sibling, if it does: another entrypoint or command, or
   * other variables (an entrypoint may run another program by a variable, as dify's {@code MODE}
   * does), env files or volumes (a mounted config may move a listener), or other container ports
   * (an nginx that publishes 3100 likely listens there). Values are not printed.
   */
  private static Optional<String> otherRun(SiblingSettings service, SiblingSettings sibling) {
    if (!service.runsTheSameCommandAs(sibling)) {
      return Optional.of("this service runs another command");
    }
    if (!service.environment().equals(sibling.environment())
        || !service.envFiles().equals(sibling.envFiles())) {
      return Optional.of(
          "this service sets other variables, with which its entrypoint may run something else");
    }
    if (!new java.util.HashSet<>(service.volumes())
        .equals(new java.util.HashSet<>(sibling.volumes()))) {
      return Optional.of("this service mounts other volumes, which may configure it otherwise");
    }
    if (!service.containerPorts().equals(sibling.containerPorts())) {
      return Optional.of(
          "this service publishes or exposes other container ports, which its configuration may"
              + " serve instead");
    }
    return Optional.empty();
  }

  /**
   * A path the check probes that both commands name with the same health flag, or both environments
   * set in the same health variable: "both commands name the health file /tmp/health.txt with
   * --health-check-file".
   */
  private static Optional<String> sharedHealthFile(
      SiblingSettings service, SiblingSettings sibling, ProbeDependencies needs) {
    for (String path : needs.paths()) {
      Optional<List<String>> naming = commandNaming(sibling.commandWords(), path);
      if (naming.isPresent()
          && naming.get().size() == 2
          && HEALTH_NAME.matcher(naming.get().get(0)).matches()
          && names(service.commandWords(), naming.get())) {
        return Optional.of(
            "both commands name the health file " + path + " with " + naming.get().get(0));
      }
      if (naming.isPresent()
          && naming.get().size() == 1
          && naming.get().get(0).contains("=")
          && HEALTH_NAME.matcher(naming.get().get(0).split("=", 2)[0]).matches()
          && names(service.commandWords(), naming.get())) {
        return Optional.of(
            "both commands name the health file "
                + path
                + " with "
                + naming.get().get(0).split("=", 2)[0]);
      }
      for (var variable : sibling.environment().entrySet()) {
        if (variable.getValue().filter(path::equals).isPresent()
            && HEALTH_NAME.matcher(variable.getKey()).matches()
            && variable.getValue().equals(service.environment().get(variable.getKey()))) {
          return Optional.of(
              "both set the health file " + path + " in the variable " + variable.getKey());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Why something the check names is named differently here: the sibling's command names it (with
   * the flag before it) and this one's does not the same way, a variable of the sibling holds it
   * and this service's does not hold the same, or (for a path) a volume of the sibling mounts it
   * and this service lacks that volume.
   */
  private static Optional<String> namedDifferently(
      SiblingSettings service, SiblingSettings sibling, String value, boolean path) {
    String what = (path ? "the path " : "the port ") + value;
    Optional<List<String>> naming = commandNaming(sibling.commandWords(), value);
    if (naming.isPresent() && !names(service.commandWords(), naming.get())) {
      return Optional.of(
          "its healthcheck needs " + what + ", which its command names and this one's does not");
    }
    for (var variable : sibling.environment().entrySet()) {
      if (variable.getValue().filter(v -> v.contains(value)).isPresent()
          && !variable.getValue().equals(service.environment().get(variable.getKey()))) {
        return Optional.of(
            "its healthcheck needs "
                + what
                + ", which its variable "
                + variable.getKey()
                + " names and this service sets differently");
      }
    }
    if (path) {
      for (SiblingSettings.Volume volume : sibling.volumes()) {
        String target = volume.target();
        if ((value.equals(target) || value.startsWith(target.endsWith("/") ? target : target + "/"))
            && !service.volumes().contains(volume)) {
          return Optional.of(
              "its healthcheck needs "
                  + what
                  + ", which it mounts at "
                  + target
                  + " and this service does not mount the same way");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * How a command names a value: the word holding it and the flag before it ({@code
   * --health-check-file}, {@code /tmp/health.txt}), or the word alone ({@code --port=8080}, {@code
   * 0.0.0.0:8080}); empty when no word holds it.
   */
  private static Optional<List<String>> commandNaming(List<String> words, String value) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (!holds(word, value)) {
        continue;
      }
      if (word.equals(value) && i > 0 && words.get(i - 1).startsWith("-")) {
        return Optional.of(List.of(words.get(i - 1), word));
      }
      return Optional.of(List.of(word));
    }
    return Optional.empty();
  }

  /** A word holds a value alone, after {@code =} or {@code :}, or as a path under it. */
  private static boolean holds(String word, String value) {
    if (word.equals(value) || word.endsWith("=" + value) || word.endsWith(":" + value)) {
      return true;
    }
    return value.startsWith("/") && word.contains(value);
  }

  /** Whether the words hold this naming: the same flag and word next to each other, or the word. */
  private static boolean names(List<String> words, List<String> naming) {
    if (naming.size() == 1) {
      return words.contains(naming.get(0));
    }
    for (int i = 0; i + 1 < words.size(); i++) {
      if (words.get(i).equals(naming.get(0)) && words.get(i + 1).equals(naming.get(1))) {
        return true;
      }
    }
    return false;
  }
}
