package dev.medlint.report;

import dev.medlint.engine.Finding;
import dev.medlint.page.Span;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: one {@code ::error}/{@code ::warning}/{@code ::notice} line per
 * unsuppressed finding, and {@code ::error file=PATH::reason} for a file that could not be read.
 * Columns are given only when the span is on one line (the runner drops them otherwise).
 *
 * <p>No summary line: GitHub shows the annotations themselves, and a {@code ::notice::} summary
 * would take one of the few notice annotations GitHub displays per step and appear in the
 * annotation list beside the real findings. The CLI's exit code tells the job's outcome.
 */
public final class GithubReporter implements Reporter {

    @Override
    public String name() {
        return "github";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (FileResult file : report.files()) {
            if (file.error().isPresent()) {
                out.write("::error file=" + property(file.path()) + "::" + data(file.error().get()) + "\n");
                continue;
            }
            for (Finding f : Summary.sorted(file.findings())) {
                if (f.isSuppressed()) continue;
                out.write(command(file.path(), f));
                out.write('\n');
            }
        }
    }

    private static String command(String path, Finding f) {
        String kind = switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        Span s = f.span();
        StringBuilder b = new StringBuilder("::").append(kind)
                .append(" file=").append(property(path))
                .append(",line=").append(s.startLine())
                .append(",endLine=").append(s.endLine());
        if (s.startLine() == s.endLine()) {
            b.append(",col=").append(s.startColumn()).append(",endColumn=").append(s.endColumn());
        }
        b.append(",title=").append(property(f.ruleId()));
        b.append("::").append(data(f.message()));
        return b.toString();
    }

    /** Escapes a command's message the way the Actions runner unescapes it. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a command property value: as data, plus ":" and ",". */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
