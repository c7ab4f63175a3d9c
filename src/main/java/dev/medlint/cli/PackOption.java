package dev.medlint.cli;

import dev.medlint.pack.BundledPack;
import dev.medlint.pack.Pack;
import dev.medlint.pack.PackException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: the rule pack to use instead of the bundled one. */
public final class PackOption {
    @Option(names = "--rules", paramLabel = "DIR", description = "Rule pack folder (pack.yml + *.drl) to use instead of the bundled medical-summary pack.")
    Path rulesDir;

    /** The pack's compiled rules, or empty after printing the one-line reason on {@code err}. */
    public java.util.Optional<dev.medlint.engine.RuleEngine> compile(java.io.PrintWriter err) {
        try {
            return java.util.Optional.of(dev.medlint.engine.RuleEngine.compile(load()));
        } catch (PackException | dev.medlint.engine.RuleEngineException e) {
            err.println("medlint: " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    public Pack load() throws PackException {
        if (rulesDir == null) return BundledPack.load();
        String shown = rulesDir.toString().replace('\\', '/');
        return Pack.load(rulesDir.toAbsolutePath().normalize(), shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown);
    }
}
