package dev.medlint.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code .medlint.yml} (or the defaults when there is none). See docs/configuration.md.
 *
 * @param file      the config file (absolute), empty for the defaults
 * @param shown     the config file as messages show it, or "none: defaults"
 * @param directory the folder globs and the pack are relative to (absolute)
 * @param pack      the {@code pack} key; empty means the bundled pack
 * @param failOn    the {@code fail-on} key; empty means the command line's or the default
 * @param rules     the {@code rules} map, in file order
 * @param overrides the {@code overrides} list, in file order
 */
public record Config(Optional<Path> file, String shown, Path directory, Optional<PackRef> pack,
                     Optional<FailOn> failOn, List<RuleSetting> rules, List<ConfigOverride> overrides) {
    public static final String NONE = "none: defaults";

    public Config {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(failOn, "failOn");
        rules = List.copyOf(rules);
        overrides = List.copyOf(overrides);
    }

    /** No config file: the bundled pack, the default fail-on, every rule at its own severity. */
    public static Config defaults(Path directory) {
        return new Config(Optional.empty(), NONE, directory.toAbsolutePath().normalize(), Optional.empty(),
                Optional.empty(), List.of(), List.of());
    }

    /** The rule settings for one file (absolute or relative to the working directory). */
    public RuleLevels levelsFor(Path path) {
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        for (RuleSetting s : rules) levels.put(s.ruleId(), s.level());
        for (ConfigOverride o : overrides) {
            if (o.matches(directory, path)) {
                for (RuleSetting s : o.rules()) levels.put(s.ruleId(), s.level());
            }
        }
        return new RuleLevels(levels);
    }

    /** Every rule id the file names must be one of {@code known}; the first that is not is the error. */
    public void checkRuleIds(Set<String> known, String packShown) throws ConfigException {
        for (RuleSetting s : rules) check(s, known, packShown);
        for (ConfigOverride o : overrides) {
            for (RuleSetting s : o.rules()) check(s, known, packShown);
        }
    }

    private void check(RuleSetting s, Set<String> known, String packShown) throws ConfigException {
        if (!known.contains(s.ruleId())) {
            throw new ConfigException(shown + ":" + s.line() + ": unknown rule '" + s.ruleId() + "': the pack "
                    + packShown + " has no such rule (see 'medlint rules')");
        }
    }
}
