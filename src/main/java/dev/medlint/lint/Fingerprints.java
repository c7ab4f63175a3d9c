package dev.medlint.lint;

import dev.medlint.engine.Finding;
import dev.medlint.page.Page;
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
 * Stable finding fingerprints: a hash of the rule id, the path and the normalised text the finding
 * points at (for a point span, the message), plus an occurrence counter for identical keys. Line
 * numbers are not part of it, so inserting lines above a finding keeps its fingerprint.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static List<Finding> assign(Page page, List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String anchor = f.span().startLine() == f.span().endLine() && f.span().startColumn() == f.span().endColumn()
                    ? f.message()
                    : normalise(textOf(page, f.span()));
            String key = f.ruleId() + "\u0000" + f.path() + "\u0000" + anchor;
            int n = seen.merge(key, 1, Integer::sum);
            out.add(f.withFingerprint(sha256(key + "\u0000" + n)));
        }
        return out;
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
