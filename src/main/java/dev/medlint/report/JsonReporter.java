package dev.medlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.medlint.engine.Finding;
import dev.medlint.engine.RelatedLocation;
import dev.medlint.page.Span;
import java.io.IOException;
import java.io.Writer;

/**
 * One pretty-printed JSON document: {@code tool}, {@code files} (each with its findings, suppressed
 * ones included and marked, and {@code error} for a file that could not be read) and {@code summary}.
 * Columns are UTF-16 code units, 1-based; {@code endColumn} is exclusive.
 */
public final class JsonReporter implements Reporter {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        ObjectNode root = Json.object();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", report.toolName());
        tool.put("version", report.toolVersion());
        ArrayNode files = root.putArray("files");
        for (FileResult file : report.files()) {
            ObjectNode f = files.addObject();
            f.put("path", file.path());
            file.error().ifPresent(e -> f.put("error", e));
            ArrayNode findings = f.putArray("findings");
            for (Finding finding : Summary.sorted(file.findings())) {
                findings.add(finding(file.path(), finding));
            }
        }
        Summary s = Summary.of(report);
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", s.errors());
        summary.put("warnings", s.warnings());
        summary.put("infos", s.infos());
        summary.put("files", s.files());
        summary.put("filesWithErrors", s.unreadable());
        summary.put("suppressed", s.suppressed());
        Json.write(root, out);
    }

    private static ObjectNode finding(String path, Finding finding) {
        ObjectNode o = Json.object();
        o.put("ruleId", finding.ruleId());
        o.put("severity", Json.severity(finding.severity()));
        o.put("message", finding.message());
        o.put("path", path);
        span(o, finding.span());
        o.put("section", finding.section());
        o.put("fingerprint", finding.fingerprint());
        ArrayNode related = o.putArray("related");
        for (RelatedLocation r : finding.related()) {
            ObjectNode ro = related.addObject();
            span(ro, r.span());
            ro.put("message", r.message());
        }
        finding.suppression().ifPresent(sup -> {
            ObjectNode so = o.putObject("suppressed");
            so.put("kind", sup.kind());
            so.put("justification", sup.justification());
        });
        return o;
    }

    private static void span(ObjectNode o, Span span) {
        o.put("startLine", span.startLine());
        o.put("startColumn", span.startColumn());
        o.put("endLine", span.endLine());
        o.put("endColumn", span.endColumn());
    }
}
