package dev.medlint.cli;

import picocli.CommandLine.Command;

/** The top-level command: subcommands do the work. */
@Command(name = "medlint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Rule-based compliance linter for consumer medical content.",
        subcommands = {CheckCommand.class, RulesCommand.class, ExplainCommand.class, ConfigCommand.class, AccuracyCommand.class},
        footer = {"", "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, config, rule or input error."})
public final class MedlintCommand implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("medlint: a command is required (check, rules, explain, config, accuracy)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.ERROR;
    }
}
