package dev.medlint.report;

import java.util.List;
import java.util.Optional;

/** The output formats by name: text, json, sarif, github. */
public final class Reporters {
    private static final List<Reporter> ALL = List.of(new TextReporter(), new JsonReporter(), new SarifReporter(),
            new GithubReporter());

    private Reporters() {
    }

    /** The reporter for a format name (case-sensitive), or empty when there is none. */
    public static Optional<Reporter> forName(String name) {
        return ALL.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** All format names, in the order help texts list them. */
    public static List<String> names() {
        return ALL.stream().map(Reporter::name).toList();
    }
}
