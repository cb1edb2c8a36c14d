package dev.composefix.cli;

import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The subcommands of {@code compose-fix}, in the order help lists them: the names that tell a
 * command line needs them, and how each is built for a run that does.
 */
enum Subcommand {
  RULES("rules"),
  RULE("rule"),
  STATS("stats"),
  IMAGE("image"),
  IMAGES("images"),
  VERIFY_HEALTHCHECKS("verify-healthchecks"),
  GENERATE_COMPLETION("generate-completion");

  private final String commandName;

  Subcommand(String commandName) {
    this.commandName = commandName;
  }

  /** The word that selects it on the command line. */
  String commandName() {
    return commandName;
  }

  static boolean isNamed(String arg) {
    for (Subcommand subcommand : values()) {
      if (subcommand.commandName.equals(arg)) {
        return true;
      }
    }
    return false;
  }

  /** Its picocli command, for a run of {@code main}. */
  Object build(ComposeFixCommand main) {
    return switch (this) {
      case RULES -> new RulesCommand();
      case RULE -> new RuleCommand();
      case STATS -> withLimits(new CommandLine(new StatsCommand()));
      case IMAGE -> new ImageCommand();
      case IMAGES ->
          new CommandLine(new ImagesCommand())
              .addSubcommand(new ImagesVerifyCommand(main.workingDirectory(), main.environment()));
      case VERIFY_HEALTHCHECKS ->
          withLimits(
              new CommandLine(
                  new VerifyHealthchecksCommand(main.workingDirectory(), main.environment())));
      case GENERATE_COMPLETION -> new AutoComplete.GenerateCompletion();
    };
  }

  private static CommandLine withLimits(CommandLine command) {
    MainCommandSpec.addLimits(command.getCommandSpec());
    return command;
  }
}
