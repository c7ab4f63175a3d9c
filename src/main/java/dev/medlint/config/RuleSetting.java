package dev.medlint.config;

/**
 * One {@code rule-id: level} entry of a config file.
 *
 * @param line the 1-based line it is on, for messages
 */
public record RuleSetting(String ruleId, RuleLevel level, int line) {
}
