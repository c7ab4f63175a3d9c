package dev.medlint.config;

import dev.medlint.engine.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rule settings in force for one file: the config's {@code rules}, then every matching override
 * in file order (a later one wins). Rules it does not name keep their own severity.
 */
public record RuleLevels(Map<String, RuleLevel> levels) {
    /** No settings: every rule at its own severity. */
    public static final RuleLevels DEFAULTS = new RuleLevels(Map.of());

    public RuleLevels {
        levels = java.util.Collections.unmodifiableMap(new TreeMap<>(levels));
    }

    public RuleLevel level(String ruleId) {
        return levels.getOrDefault(ruleId, RuleLevel.ON);
    }

    /** The severity a rule has for this file; empty when it is off. */
    public Optional<Severity> severity(String ruleId, Severity ruleDefault) {
        return level(ruleId).apply(ruleDefault);
    }

    public boolean isOff(String ruleId) {
        return level(ruleId) == RuleLevel.OFF;
    }
}
