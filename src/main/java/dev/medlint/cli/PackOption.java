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

    public Pack load() throws PackException {
        if (rulesDir == null) return BundledPack.load();
        String shown = rulesDir.toString().replace('\\', '/');
        return Pack.load(rulesDir.toAbsolutePath().normalize(), shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown);
    }
}
