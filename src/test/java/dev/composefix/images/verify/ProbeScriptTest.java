package dev.composefix.images.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.composefix.support.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe script, run by the shells images have, over a folder laid out as busybox images and
 * others lay out their programs: applets as symlinks and as hard links, a program of its own, a
 * file that cannot be run.
 */
class ProbeScriptTest {

  @TempDir Path dir;

  @Test
  void everyShellAnswersTheSame() throws IOException {
    Path bin = Files.createDirectory(dir.resolve("bin"));
    Path busybox = Files.copy(Path.of("/bin/true"), bin.resolve("busybox"));
    Files.createSymbolicLink(bin.resolve("wget"), busybox.getFileName());
    Files.createLink(bin.resolve("nc"), busybox);
    Files.copy(Path.of("/bin/true"), bin.resolve("curl"));
    Files.writeString(bin.resolve("notes"), "not a program");
    Files.setPosixFilePermissions(
        bin.resolve("notes"), PosixFilePermissions.fromString("rw-r--r--"));
    List<String> shells = new ArrayList<>();
    for (String shell : List.of("/bin/sh", "/bin/dash", "/bin/bash", "/bin/busybox")) {
      if (Files.isExecutable(Path.of(shell))) {
        shells.add(shell);
      }
    }
    assertFalse(shells.isEmpty(), "some shell to run the script with");
    for (String shell : shells) {
      List<String> command = new ArrayList<>(List.of(shell));
      if (shell.endsWith("busybox")) {
        command.add("sh");
      }
      command.addAll(
          List.of(
              "-c",
              ProbeScript.TEXT,
              "sh",
              "wget",
              "nc",
              "curl",
              "notes",
              "exit",
              "[",
              bin.resolve("curl").toString(),
              "pg_isready",
              "a b"));
      Processes.Result result = Processes.run(dir, Map.of("PATH", bin.toString()), 30, command);
      assertEquals(
          "applet wget\n"
              + "applet nc\n"
              + "found curl\n"
              + "missing notes\n"
              + "builtin exit\n"
              + "builtin [\n"
              + "found "
              + bin.resolve("curl")
              + "\n"
              + "missing pg_isready\n"
              + "missing a b\n",
          result.out(),
          shell);
      assertEquals("", result.err(), shell);
      assertEquals(0, result.exitCode(), shell);
    }
  }

  @Test
  void readsTheAnswerInTheOrderAsked() {
    assertEquals(
        Optional.of(
            Map.of(
                "curl", ProgramState.MISSING,
                "wget", ProgramState.BUSYBOX_APPLET,
                "exit", ProgramState.SHELL_BUILTIN,
                "a b", ProgramState.OWN_FILE)),
        ProbeScript.read(
            "missing curl\napplet wget\nsome noise\nbuiltin exit\nfound a b\n",
            List.of("curl", "wget", "exit", "a b")));
    assertEquals(
        List.of("wget", "curl"),
        List.copyOf(
            ProbeScript.read("missing curl\nfound wget\n", List.of("wget", "curl"))
                .orElseThrow()
                .keySet()));
  }

  @Test
  void anAnswerWithoutEveryProgramIsNoAnswer() {
    assertEquals(Optional.empty(), ProbeScript.read("found curl\n", List.of("curl", "wget")));
    assertEquals(Optional.empty(), ProbeScript.read("", List.of("curl")));
  }
}
