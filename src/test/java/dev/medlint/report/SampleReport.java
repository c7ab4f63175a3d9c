package dev.medlint.report;

import dev.medlint.engine.Finding;
import dev.medlint.engine.RelatedLocation;
import dev.medlint.engine.RuleMeta;
import dev.medlint.engine.Severity;
import dev.medlint.engine.Suppression;
import dev.medlint.page.Span;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A synthetic report that exercises every corner the formats must handle: a zero-width finding at
 * 1:1, a finding with a related location, a multi-line span, a suppressed finding, a path with a
 * space, a path with non-ASCII letters, a message with characters that need escaping, an
 * unreadable file, and a rule of the pack that has no finding. Findings are given out of order.
 */
final class SampleReport {
    static final String SPACE_PATH = "pages/a b.md";
    static final String ACCENT_PATH = "pages/café ü.md";
    static final String MISSING_PATH = "missing.md";
    static final Path CWD = Path.of("/work/site");

    private SampleReport() {
    }

    static Map<String, RuleMeta> rules() {
        Map<String, RuleMeta> rules = new LinkedHashMap<>();
        // Deliberately not in id order: reporters must sort.
        rules.put("readability-grade", new RuleMeta("readability-grade", Severity.INFO, "readability",
                "Reading level above grade 8", "The page reads above US grade 8.", "Use shorter sentences.",
                "grade > 8", "grade <= 8", "", List.of("readability", "style"), "rules/readability.drl"));
        rules.put("disclaimer-missing", new RuleMeta("disclaimer-missing", Severity.ERROR, "required",
                "No medical disclaimer", "The page has no medical disclaimer section or paragraph.",
                "Add a Medical Disclaimer section.", "no disclaimer", "a '## Medical Disclaimer' heading",
                "", List.of("required"), "rules/required.drl"));
        rules.put("approval-contradiction", new RuleMeta("approval-contradiction", Severity.WARNING, "consistency",
                "Approval claim contradicts evidence", "The page claims approval but says no trial confirmed efficacy.",
                "", "", "", "\"FDA-approved\" and \"no randomized trial\"", List.of("consistency"), "rules/consistency.drl"));
        rules.put("dosing-advice", new RuleMeta("dosing-advice", Severity.ERROR, "prohibited", "Gives dosing",
                "", "", "", "", "", List.of(), "rules/prohibited.drl"));
        return rules;
    }

    static Finding finding(String rule, Severity sev, String message, String path, Span span) {
        return new Finding(rule, sev, message, path, span, "", List.of(), "", Optional.empty());
    }

    static List<FileResult> files() {
        Finding readability = new Finding("readability-grade", Severity.INFO, "Reading level is grade 12; aim for 8 or lower.",
                SPACE_PATH, new Span(7, 1, 8, 4), "Overview", List.of(), "fp-read", Optional.empty());
        Finding contradiction = new Finding("approval-contradiction", Severity.WARNING,
                "Says \"FDA-approved\" but also that no randomized trial confirmed efficacy.", SPACE_PATH,
                new Span(5, 3, 5, 20), "Clinical and Regulatory Status",
                List.of(new RelatedLocation(new Span(2, 1, 2, 15), "no randomized trial")), "fp-contra", Optional.empty());
        Finding missing = new Finding("disclaimer-missing", Severity.ERROR, "The page has no medical disclaimer.",
                SPACE_PATH, Span.PAGE_START, "", List.of(), "fp-disc", Optional.empty());
        Finding suppressed = new Finding("dosing-advice", Severity.ERROR, "Gives a dose: 5 mg.", SPACE_PATH,
                new Span(9, 1, 9, 10), "What Patients and Caregivers Should Know", List.of(), "fp-dose",
                Optional.of(new Suppression("inSource", "reviewed by compliance")));
        Finding escaped = new Finding("dosing-advice", Severity.ERROR, "Gives a dose: 100% of 5 mg, twice\ndaily.",
                ACCENT_PATH, new Span(3, 5, 3, 9), "Overview", List.of(), "", Optional.empty());
        return List.of(
                FileResult.checked(SPACE_PATH, List.of(readability, suppressed, contradiction, missing)),
                FileResult.checked(ACCENT_PATH, List.of(escaped)),
                FileResult.unreadable(MISSING_PATH, "cannot read: No such file or directory"));
    }

    static Report report() {
        return Report.of("0.1.0", "https://github.com/medlint/medlint", rules(), files(), CWD);
    }
}
