package dev.composefix.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What {@code --version} says about the Java that runs compose-fix, so that a bug report carries
 * it: the bundled jlink runtime of a release (npm, .deb, image, dist bundle) or a system Java, its
 * version and vendor, and the class-data archive the JVM was given and whether it shares classes.
 *
 * @param javaHome the running Java's home
 * @param bundled whether that home is a release's jlink runtime
 * @param version the Java runtime version, e.g. {@code 25.0.3+9-LTS}
 * @param vendor the Java vendor
 * @param vmInfo the JVM's own summary, which names {@code sharing} when class data is mapped
 * @param jvmArguments the options the JVM was started with, before the main class or jar
 */
record RuntimeDescription(
    String javaHome,
    boolean bundled,
    String version,
    String vendor,
    String vmInfo,
    List<String> jvmArguments) {

  /**
   * The file a release's build writes into its runtime (the JVM options every launcher passes),
   * which no JDK or JRE has.
   */
  static final String BUNDLED_MARKER = "lib/compose-fix.options";

  private static final String AOT_CACHE = "-XX:AOTCache=";
  private static final String ARCHIVE = "-XX:SharedArchiveFile=";
  private static final List<String> CLASS_PATH_OPTIONS =
      List.of("-cp", "-classpath", "--class-path", "-p", "--module-path");

  /** This process's runtime. */
  static RuntimeDescription current() {
    String home = System.getProperty("java.home", "");
    // The process's command line, as the operating system gives it; empty where it does not.
    List<String> arguments =
        ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
    return new RuntimeDescription(
        home,
        !home.isEmpty() && Files.isRegularFile(Path.of(home).resolve(BUNDLED_MARKER)),
        System.getProperty("java.runtime.version", "unknown"),
        System.getProperty("java.vendor", "unknown"),
        System.getProperty("java.vm.info", ""),
        jvmOptions(arguments));
  }

  /** The lines after {@code compose-fix VERSION}. */
  List<String> lines() {
    String kind = bundled ? "bundled jlink runtime" : "system Java";
    return List.of(
        "runtime: " + kind + ", Java " + version + " (" + vendor + "), " + javaHome,
        "class data: " + archive() + (sharing() ? ", sharing on" : ", sharing off"));
  }

  private boolean sharing() {
    return vmInfo.contains("sharing");
  }

  /** The archive named last on the command line wins, as it does for the JVM. */
  private String archive() {
    String archive = "the JDK's default archive";
    for (String argument : jvmArguments) {
      if (argument.startsWith(AOT_CACHE)) {
        archive = "AOT cache " + argument.substring(AOT_CACHE.length());
      } else if (argument.startsWith(ARCHIVE)) {
        archive = "archive " + argument.substring(ARCHIVE.length());
      } else if (argument.equals("-Xshare:off")) {
        archive = "none";
      }
    }
    return archive;
  }

  /**
   * The options before the main class or {@code -jar}: what follows is compose-fix's own arguments,
   * where a path may look like an option. Each {@code @file} among them is replaced by the words in
   * it, as the java launcher reads them (the release launchers pass their options that way, and the
   * image its whole command); a file this process cannot read stays a word.
   */
  static List<String> jvmOptions(List<String> arguments) {
    Deque<String> words = new ArrayDeque<>(arguments);
    List<String> options = new ArrayList<>();
    while (!words.isEmpty()) {
      String word = words.removeFirst();
      if (word.startsWith("@") && readArgumentFile(word.substring(1), words)) {
        continue;
      }
      if (word.equals("-jar") || !(word.startsWith("-") || word.startsWith("@"))) {
        break;
      }
      options.add(word);
      // -cp and friends take the next word.
      if (CLASS_PATH_OPTIONS.contains(word) && !words.isEmpty()) {
        options.add(words.removeFirst());
      }
    }
    return options;
  }

  /** Puts the words of an argument file in front of the others; false when it cannot be read. */
  private static boolean readArgumentFile(String file, Deque<String> words) {
    List<String> read = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(Path.of(file))) {
        addWordsBeforeComment(line, read);
      }
    } catch (IOException | InvalidPathException e) {
      // Not a file this process can read, or no path at all: the word stays as it is.
      return false;
    }
    for (int i = read.size() - 1; i >= 0; i--) {
      words.addFirst(read.get(i));
    }
    return true;
  }

  /**
   * The words of one line of an argument file, up to a word that starts with {@code #}: the java
   * launcher reads the rest of that line as a comment (bin/jvm.options gives its reasons so).
   */
  private static void addWordsBeforeComment(String line, List<String> words) {
    for (String word : line.trim().split("\\s+")) {
      if (word.startsWith("#")) {
        return;
      }
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
  }
}
