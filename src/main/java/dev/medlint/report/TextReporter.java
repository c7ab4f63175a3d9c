package dev.medlint.report;

import dev.medlint.engine.Finding;
import dev.medlint.engine.RelatedLocation;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Compiler-style text, one finding a line ({@code path:line:col: severity rule-id message}, with
 * {@code (see line N)} for related locations), then one summary line. Files that could not be read
 * are not listed here (the CLI prints them on stderr) but the summary counts them. Suppressed
 * findings appear, marked, only when the report asks for them; they never count as problems.
 */
public final class TextReporter implements Reporter {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (FileResult file : report.files()) {
            for (Finding f : Summary.sorted(file.findings())) {
                if (f.isSuppressed() && !report.showSuppressed()) continue;
                out.write(line(file.path(), f));
                out.write('\n');
            }
        }
        out.write(summaryLine(Summary.of(report)));
        out.write('\n');
    }

    private static String line(String path, Finding f) {
        StringBuilder b = new StringBuilder();
        b.append(path).append(':').append(f.span().startLine()).append(':').append(f.span().startColumn())
                .append(": ").append(f.severity().id()).append(' ').append(f.ruleId()).append(' ')
                .append(oneLine(f.message()));
        TreeSet<Integer> lines = new TreeSet<>();
        for (RelatedLocation r : f.related()) lines.add(r.span().startLine());
        if (lines.size() == 1) {
            b.append(" (see line ").append(lines.first()).append(')');
        } else if (lines.size() > 1) {
            List<String> shown = lines.stream().map(String::valueOf).toList();
            b.append(" (see lines ").append(String.join(", ", shown)).append(')');
        }
        f.suppression().ifPresent(s -> {
            String reason = s.justification().isBlank() ? s.kind() : oneLine(s.justification());
            b.append(" [suppressed: ").append(reason).append(']');
        });
        return b.toString();
    }

    /** A message is one line; stray line breaks would break the one-finding-a-line contract. */
    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    static String summaryLine(Summary s) {
        StringBuilder b = new StringBuilder();
        if (s.problems() == 0) {
            b.append("No problems");
        } else {
            b.append(count(s.problems(), "problem", "problems"));
            List<String> parts = new ArrayList<>();
            if (s.errors() > 0) parts.add(count(s.errors(), "error", "errors"));
            if (s.warnings() > 0) parts.add(count(s.warnings(), "warning", "warnings"));
            if (s.infos() > 0) parts.add(count(s.infos(), "info", "info"));
            b.append(" (").append(String.join(", ", parts)).append(')');
        }
        b.append(" in ").append(count(s.files(), "file", "files"));
        if (s.unreadable() > 0) {
            b.append(", ").append(count(s.unreadable(), "file", "files")).append(" could not be read");
        }
        return b.toString();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
