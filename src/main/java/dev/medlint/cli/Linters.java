package dev.medlint.cli;

import dev.medlint.config.Config;
import dev.medlint.config.ConfigException;
import dev.medlint.config.PackRef;
import dev.medlint.engine.RuleEngineException;
import dev.medlint.lint.Linter;
import dev.medlint.pack.Pack;
import dev.medlint.pack.PackException;
import dev.medlint.suppress.SuppressionRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One {@link Linter} per rule pack in a run, built on first use (building one compiles the pack's
 * rules, which takes a second or two). The pack for a config is {@code --rules} when given, else
 * the config's {@code pack}, else the bundled one. Each config's rule ids are checked against its
 * pack once. One per run, used from one thread.
 */
final class Linters {
    private static final String BUNDLED = "\u0000bundled";

    private final PackOption cliPack;
    private final Function<Path, String> shown;
    private final Map<String, Linter> byPack = new LinkedHashMap<>();
    private final Set<Config> checked = new HashSet<>();

    /**
     * @param shown how messages show a path
     */
    Linters(PackOption cliPack, Function<Path, String> shown) {
        this.cliPack = cliPack;
        this.shown = shown;
    }

    /** The pack's rule ids plus the tool's own rules: what a config file may name. */
    static Set<String> configurableIds(Linter linter) throws RuleEngineException {
        Set<String> ids = new HashSet<>(linter.awaitEngine().rules().keySet());
        ids.addAll(SuppressionRules.META.keySet());
        return ids;
    }

    /** Where the pack for a config comes from, as {@code config --print} shows it. */
    String packSource(Config c) {
        if (cliPack.rulesDir != null) return "from --rules";
        return c.pack().isPresent() ? "from " + c.shown() : "bundled";
    }

    /** The linter for the files a config applies to; also checks the config's rule ids. */
    Linter forConfig(Config c) throws ConfigException, PackException, RuleEngineException {
        Linter linter;
        if (cliPack.rulesDir != null) {
            linter = get(cliPack.rulesDir.toAbsolutePath().normalize().toString(), cliPack::load, false);
        } else if (c.pack().isPresent()) {
            PackRef ref = c.pack().get();
            try {
                linter = get(ref.dir().toString(), () -> Pack.load(ref.dir(), shown.apply(ref.dir())), false);
            } catch (PackException e) {
                throw new ConfigException(c.shown() + ":" + ref.line() + ": pack '" + ref.written() + "': " + e.getMessage(), e);
            }
        } else {
            linter = get(BUNDLED, dev.medlint.pack.BundledPack::load, true);
        }
        if (checked.add(c)) c.checkRuleIds(configurableIds(linter), linter.pack().displayDir());
        return linter;
    }

    /** The linter for files with no config: {@code --rules} or the bundled pack. */
    Linter fallback() throws PackException, RuleEngineException {
        if (cliPack.rulesDir != null) return get(cliPack.rulesDir.toAbsolutePath().normalize().toString(), cliPack::load, false);
        return get(BUNDLED, dev.medlint.pack.BundledPack::load, true);
    }

    /** Every linter built so far, in the order first used. */
    List<Linter> all() {
        return new ArrayList<>(byPack.values());
    }

    /** The linter of a pack, started on first use: its rule base builds while pages are read and annotated. */
    private Linter get(String key, Linter.PackLoader loader, boolean bundled) throws PackException, RuleEngineException {
        Linter l = byPack.get(key);
        if (l == null) {
            l = Linter.start(loader, bundled);
            byPack.put(key, l);
        }
        return l;
    }
}
