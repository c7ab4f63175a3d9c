package dev.medlint.lint;

import dev.medlint.engine.Finding;
import dev.medlint.page.Page;
import dev.medlint.page.Section;
import dev.medlint.page.Span;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stable finding fingerprints: a hash of the rule id, the path and an anchor, plus an occurrence
 * counter for identical keys. Line numbers are never part of it, so inserting lines above a finding
 * keeps its fingerprint. The anchor is:
 * <ul>
 *   <li>for a point span (something absent from the page), the message;</li>
 *   <li>for a span on one line, the normalised text it covers;</li>
 *   <li>for a span over several lines inside one section (a sentence wrapped over lines), the
 *       normalised text of its first line only, so edits further down do not change it;</li>
 *   <li>for a span that crosses a section heading (a page-wide finding such as the reading level),
 *       nothing: the finding is about the page, and any edit to the page would change its text.</li>
 * </ul>
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static List<Finding> assign(Page page, List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String key = f.ruleId() + "\u0000" + f.path() + "\u0000" + anchor(page, f);
            int n = seen.merge(key, 1, Integer::sum);
            out.add(f.withFingerprint(sha256(key + "\u0000" + n)));
        }
        return out;
    }

    /** What a finding's fingerprint hashes besides its rule id, path and occurrence (see the class comment). */
    static String anchor(Page page, Finding f) {
        Span s = f.span();
        if (s.startLine() == s.endLine() && s.startColumn() == s.endColumn()) return f.message();
        if (s.startLine() == s.endLine()) return normalise(textOf(page, s));
        if (crossesSection(page, s)) return "";
        return normalise(firstLineOf(page, s));
    }

    private static boolean crossesSection(Page page, Span s) {
        for (Section sec : page.sections()) {
            int heading = sec.headingSpan().startLine();
            if (heading > s.startLine() && heading <= s.endLine()) return true;
        }
        return false;
    }

    static String firstLineOf(Page page, Span span) {
        int lines = page.lines().lineCount();
        if (span.startLine() > lines) return "";
        int lineEnd = span.startLine() < lines ? page.lines().lineStart(span.startLine() + 1) : page.text().length();
        int endColumn = lineEnd - page.lines().lineStart(span.startLine()) + 1;
        return textOf(page, new Span(span.startLine(), span.startColumn(), span.startLine(),
                Math.max(span.startColumn(), endColumn)));
    }

    static String textOf(Page page, Span span) {
        int lines = page.lines().lineCount();
        if (span.startLine() > lines || span.endLine() > lines) return "";
        int start = page.lines().lineStart(span.startLine()) + span.startColumn() - 1;
        int end = page.lines().lineStart(span.endLine()) + span.endColumn() - 1;
        start = Math.max(0, Math.min(start, page.text().length()));
        end = Math.max(start, Math.min(end, page.text().length()));
        return page.text().substring(start, end);
    }

    static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
