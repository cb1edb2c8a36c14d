package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The subcommand table and the commands it builds agree. */
class SubcommandTest {

  private final ComposeFixCommand main =
      new ComposeFixCommand(Path.of("."), Terminal.NONE, Map.of());

  @Test
  void eachNameIsTheNameItsCommandDeclares() {
    for (Subcommand subcommand : Subcommand.values()) {
      Object built = subcommand.build(main);
      CommandLine command = built instanceof CommandLine line ? line : new CommandLine(built);
      assertEquals(subcommand.commandName(), command.getCommandName(), subcommand.name());
    }
  }

  @Test
  void everySubcommandTakesHelpAndVersion() {
    for (Subcommand subcommand : Subcommand.values()) {
      Object built = subcommand.build(main);
      CommandLine command = built instanceof CommandLine line ? line : new CommandLine(built);
      List<CommandLine> commands = new ArrayList<>(List.of(command));
      commands.addAll(command.getSubcommands().values());
      for (CommandLine each : commands) {
        List<String> names =
            each.getCommandSpec().options().stream()
                .flatMap(option -> Arrays.stream(option.names()))
                .toList();
        assertTrue(
            names.containsAll(List.of("-h", "--help", "-V", "--version")),
            each.getCommandName() + ": " + names);
      }
    }
  }

  @Test
  void aSubcommandsNameAloneMakesTheRunNeedThem() {
    for (Subcommand subcommand : Subcommand.values()) {
      assertTrue(Main.needsSubcommands(new String[] {subcommand.commandName()}));
    }
    assertFalse(Main.needsSubcommands(new String[] {"--", "rules"}));
    assertFalse(Main.needsSubcommands(new String[] {"compose.yaml"}));
  }
}
