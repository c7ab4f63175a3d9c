package dev.medlint.engine;

import java.util.List;

/**
 * What a rule is, written once beside the rule in its DRL file ({@code @id}, {@code @severity},
 * {@code @category}, {@code @summary}, {@code @description}, {@code @help}, {@code @fires}, {@code @quiet},
 * {@code @example}); every output (rules list, explain, SARIF driver rules) reads it from here.
 *
 * @param file the DRL file as messages show it
 */
public record RuleMeta(String id, Severity severity, String category, String shortDescription,
                       String fullDescription, String help, String fires, String quiet, String example,
                       List<String> tags, String file) {
    public RuleMeta {
        tags = List.copyOf(tags);
    }
}
