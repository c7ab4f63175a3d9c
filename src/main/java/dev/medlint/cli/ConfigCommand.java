package dev.medlint.cli;

import dev.medlint.config.Config;
import dev.medlint.config.ConfigException;
import dev.medlint.config.ConfigResolver;
import dev.medlint.config.FailOn;
import dev.medlint.config.RuleLevel;
import dev.medlint.config.RuleLevels;
import dev.medlint.engine.RuleEngineException;
import dev.medlint.engine.RuleMeta;
import dev.medlint.lint.Linter;
import dev.medlint.pack.PackException;
import dev.medlint.suppress.SuppressionRules;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code medlint config --print PATH}: the settings {@code check} would use for one page, as YAML
 * with comments: the config file (or none), the pack, fail-on, and every rule's level.
 */
@Command(name = "config", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show the configuration that applies to a page: config file, pack, fail-on and each rule's severity.")
public final class ConfigCommand implements Callable<Integer> {
    @Option(names = "--print", paramLabel = "PATH", required = true,
            description = "The page (it need not exist yet) whose effective configuration to print.")
    Path printPath;

    @Option(names = "--config", paramLabel = "FILE",
            description = "As for check: use this config file instead of the nearest " + ConfigResolver.FILE_NAME + ".")
    Path configFile;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "As for check: show the effect of --fail-on.", converter = FailOnConverter.class)
    FailOn failOn;

    @Mixin
    PackOption pack;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<FailOn> cliFailOn = Optional.ofNullable(failOn);
        Path cwd = Path.of("").toAbsolutePath();
        Path file = cwd.resolve(printPath).normalize();
        if (Files.isDirectory(file)) {
            err.println("medlint: " + printPath + ": is a folder; give a page's path (it need not exist)");
            return ExitCodes.ERROR;
        }
        ConfigResolver resolver = new ConfigResolver(cwd, Optional.ofNullable(configFile));
        Linters linters = new Linters(pack, resolver::shown);
        Config config;
        Linter linter;
        try {
            config = resolver.forFile(file);
            linter = linters.forConfig(config);
            linter.awaitReady();
        } catch (ConfigException | PackException | RuleEngineException e) {
            err.println("medlint: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        RuleLevels levels = config.levelsFor(file);
        String failOnSource = cliFailOn.isPresent() ? "from --fail-on" : config.failOn().isPresent() ? "from " + config.shown() : "default";
        FailOn effective = cliFailOn.or(config::failOn).orElse(FailOn.DEFAULT);

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"file: " + resolver.shown(file), ""});
        rows.add(new String[] {"config: " + quote(config.shown()), ""});
        rows.add(new String[] {"pack: " + linter.pack().displayDir(), linters.packSource(config)});
        rows.add(new String[] {"fail-on: " + effective.id(), failOnSource});
        rows.add(new String[] {"rules:", ""});
        Map<String, RuleMeta> rules = new TreeMap<>(linter.engine().rules());
        for (Map.Entry<String, RuleMeta> e : rules.entrySet()) rows.add(rule(e.getValue(), levels, "pack default"));
        for (RuleMeta m : SuppressionRules.META.values()) rows.add(rule(m, levels, "built in"));
        int width = rows.stream().filter(r -> !r[1].isEmpty()).mapToInt(r -> r[0].length()).max().orElse(0);
        for (String[] r : rows) {
            out.println(r[1].isEmpty() ? r[0] : String.format("%-" + width + "s  # %s", r[0], r[1]));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String[] rule(RuleMeta m, RuleLevels levels, String origin) {
        RuleLevel level = levels.level(m.id());
        String shown = level.apply(m.severity()).map(s -> s.id()).orElse("off");
        String note = level == RuleLevel.ON ? "" : origin + ": " + m.severity().id();
        return new String[] {"  " + m.id() + ": " + shown, note};
    }

    /** "none: defaults" has a colon, so YAML needs it quoted. */
    private static String quote(String s) {
        return s.contains(": ") ? "\"" + s + "\"" : s;
    }
}
