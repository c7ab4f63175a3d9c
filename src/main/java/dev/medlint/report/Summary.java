package dev.medlint.report;

import dev.medlint.engine.Finding;
import java.util.Comparator;
import java.util.List;

/**
 * Counts over a report, shared by the formats that print a summary: unsuppressed findings by
 * severity, suppressed findings, files given and files that could not be read.
 */
record Summary(int errors, int warnings, int infos, int suppressed, int files, int unreadable) {

    /** The order every format lists a file's findings in: line, column, rule id, then the rest. */
    static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> f.span().startLine())
            .thenComparingInt(f -> f.span().startColumn())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::span)
            .thenComparing(Finding::message);

    static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(ORDER).toList();
    }

    static Summary of(Report report) {
        int errors = 0, warnings = 0, infos = 0, suppressed = 0, unreadable = 0;
        for (FileResult file : report.files()) {
            if (file.isUnreadable()) unreadable++;
            for (Finding f : file.findings()) {
                if (f.isSuppressed()) {
                    suppressed++;
                    continue;
                }
                switch (f.severity()) {
                    case ERROR -> errors++;
                    case WARNING -> warnings++;
                    case INFO -> infos++;
                }
            }
        }
        return new Summary(errors, warnings, infos, suppressed, report.files().size(), unreadable);
    }

    int problems() {
        return errors + warnings + infos;
    }
}
