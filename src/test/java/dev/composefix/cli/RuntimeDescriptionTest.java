package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What --version says of the runtime and its class data, from the facts the JVM gives. */
class RuntimeDescriptionTest {

  @Test
  void aBundledRuntimeWithItsAotCache() {
    RuntimeDescription bundled =
        new RuntimeDescription(
            "/opt/compose-fix/runtime/linux-x64",
            true,
            "25.0.3+9-LTS",
            "Eclipse Adoptium",
            "mixed mode, sharing",
            List.of(
                "@/opt/compose-fix/runtime/linux-x64/lib/compose-fix.options",
                "-XX:AOTCache=/opt/compose-fix/runtime/linux-x64/lib/compose-fix.aot"));
    assertEquals(
        List.of(
            "runtime: bundled jlink runtime, Java 25.0.3+9-LTS (Eclipse Adoptium),"
                + " /opt/compose-fix/runtime/linux-x64",
            "class data: AOT cache /opt/compose-fix/runtime/linux-x64/lib/compose-fix.aot,"
                + " sharing on"),
        bundled.lines());
  }

  @Test
  void aSystemJavaWhoseArchiveDidNotMap() {
    RuntimeDescription system =
        new RuntimeDescription(
            "/usr/lib/jvm/java-17-openjdk-amd64",
            false,
            "17.0.15+6",
            "Debian",
            "mixed mode",
            List.of("-Xshare:auto", "-XX:SharedArchiveFile=/p/target/cds/1-2-3.jsa"));
    assertEquals(
        List.of(
            "runtime: system Java, Java 17.0.15+6 (Debian), /usr/lib/jvm/java-17-openjdk-amd64",
            "class data: archive /p/target/cds/1-2-3.jsa, sharing off"),
        system.lines());
  }

  @Test
  void theDefaultArchiveOrNone() {
    assertEquals(
        "class data: the JDK's default archive, sharing on",
        new RuntimeDescription("/j", false, "17", "V", "mixed mode, sharing", List.of())
            .lines()
            .get(1));
    assertEquals(
        "class data: none, sharing off",
        new RuntimeDescription("/j", false, "17", "V", "mixed mode", List.of("-Xshare:off"))
            .lines()
            .get(1));
  }

  /** The image passes its whole java command line in an argument file. */
  @Test
  void argumentFilesAreReadAsTheJavaLauncherReadsThem(@TempDir Path dir) throws Exception {
    Path options = dir.resolve("image.args");
    Files.writeString(
        options,
        "-XX:+UseSerialGC -Xlog:all=off\n-XX:AOTCache=/usr/lib/c.aot\n-jar /usr/lib/c.jar\n");
    assertEquals(
        List.of("-XX:+UseSerialGC", "-Xlog:all=off", "-XX:AOTCache=/usr/lib/c.aot"),
        RuntimeDescription.jvmOptions(List.of("@" + options, "--check", "@" + options)));
    assertEquals(
        List.of("@" + dir.resolve("missing"), "-Xshare:auto"),
        RuntimeDescription.jvmOptions(
            List.of("@" + dir.resolve("missing"), "-Xshare:auto", "Main", "-Xshare:off")));
  }

  /** bin/jvm.options, which every runtime carries, gives the reason for each option in comments. */
  @Test
  void aCommentInAnArgumentFileRunsToTheEndOfItsLine(@TempDir Path dir) throws Exception {
    Path options = dir.resolve("compose-fix.options");
    Files.writeString(
        options,
        "# The options: -Xshare:off is not one\n"
            + "\n"
            + "-XX:+UseSerialGC   # C1 alone, -XX:AOTCache=/not/this\n"
            + "  -Xmn32m\n"
            + "#-Xmn64m\n"
            + "-XX:AOTCache=/usr/lib/c.aot\n");
    List<String> expected = List.of("-XX:+UseSerialGC", "-Xmn32m", "-XX:AOTCache=/usr/lib/c.aot");
    assertEquals(
        expected, RuntimeDescription.jvmOptions(List.of("@" + options, "-jar", "c.jar", "-V")));
    assertEquals(
        "class data: AOT cache /usr/lib/c.aot, sharing on",
        new RuntimeDescription("/j", true, "25", "V", "mixed mode, sharing", expected)
            .lines()
            .get(1));
  }

  @Test
  void onlyTheJvmsOptionsCountNotComposeFixsArguments() {
    assertEquals(
        List.of("@opts", "-cp", "a.jar", "-Xshare:auto"),
        RuntimeDescription.jvmOptions(
            List.of(
                "@opts",
                "-cp",
                "a.jar",
                "-Xshare:auto",
                "dev.composefix.cli.Main",
                "-XX:AOTCache=x")));
    assertEquals(
        List.of("-Xshare:off"),
        RuntimeDescription.jvmOptions(List.of("-Xshare:off", "-jar", "c.jar", "-Xshare:on")));
    assertEquals(
        "class data: none, sharing off",
        new RuntimeDescription(
                "/j",
                false,
                "17",
                "V",
                "mixed mode",
                RuntimeDescription.jvmOptions(
                    List.of("-Xshare:off", "-jar", "c.jar", "-XX:AOTCache=x.aot")))
            .lines()
            .get(1));
  }
}
