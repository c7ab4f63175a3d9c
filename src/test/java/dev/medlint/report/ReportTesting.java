package dev.medlint.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Runs a reporter into a string. */
final class ReportTesting {
    private ReportTesting() {
    }

    static String render(Reporter reporter, Report report) {
        StringWriter out = new StringWriter();
        try {
            reporter.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
