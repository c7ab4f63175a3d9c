package dev.medlint.report;

import static dev.medlint.report.ReportTesting.render;
import static dev.medlint.report.SampleReport.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.engine.Finding;
import dev.medlint.engine.RelatedLocation;
import dev.medlint.engine.Severity;
import dev.medlint.page.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextReporterTest {
    private final TextReporter text = new TextReporter();

    @Test
    void listsUnsuppressedFindingsInOrderThenSummary() {
        assertThat(render(text, SampleReport.report())).isEqualTo("""
                pages/a b.md:1:1: error disclaimer-missing The page has no medical disclaimer.
                pages/a b.md:5:3: warning approval-contradiction Says "FDA-approved" but also that no randomized trial confirmed efficacy. (see line 2)
                pages/a b.md:7:1: info readability-grade Reading level is grade 12; aim for 8 or lower.
                pages/café ü.md:3:5: error dosing-advice Gives a dose: 100% of 5 mg, twice daily.
                4 problems (2 errors, 1 warning, 1 info) in 3 files, 1 file could not be read
                """);
    }

    @Test
    void showsSuppressedFindingsMarkedWhenAsked() {
        String out = render(text, SampleReport.report().withShowSuppressed(true));
        assertThat(out.lines().toList()).containsSubsequence(
                "pages/a b.md:7:1: info readability-grade Reading level is grade 12; aim for 8 or lower.",
                "pages/a b.md:9:1: error dosing-advice Gives a dose: 5 mg. [suppressed: reviewed by compliance]",
                "pages/café ü.md:3:5: error dosing-advice Gives a dose: 100% of 5 mg, twice daily.");
        // A suppressed finding is shown but is not a problem.
        assertThat(out).endsWith("4 problems (2 errors, 1 warning, 1 info) in 3 files, 1 file could not be read\n");
    }

    @Test
    void severalRelatedLocationsAreListedOnceInLineOrder() {
        Finding f = new Finding("approval-contradiction", Severity.WARNING, "Contradiction.", "p.md", new Span(4, 2, 4, 9),
                "", List.of(new RelatedLocation(new Span(9, 1, 9, 3), "b"), new RelatedLocation(new Span(3, 1, 3, 3), "a"),
                new RelatedLocation(new Span(9, 5, 9, 7), "c")), "", Optional.empty());
        Report report = Report.of("0.1.0", "https://x.test", SampleReport.rules(),
                List.of(FileResult.checked("p.md", List.of(f))), SampleReport.CWD);
        assertThat(render(text, report)).isEqualTo("""
                p.md:4:2: warning approval-contradiction Contradiction. (see lines 3, 9)
                1 problem (1 warning) in 1 file
                """);
    }

    @Test
    void sortsByLineColumnThenRuleId() {
        List<Finding> findings = List.of(
                finding("readability-grade", Severity.INFO, "c", "p.md", new Span(2, 1, 2, 2)),
                finding("dosing-advice", Severity.ERROR, "b", "p.md", new Span(1, 5, 1, 6)),
                finding("approval-contradiction", Severity.WARNING, "a", "p.md", new Span(1, 5, 1, 9)),
                finding("disclaimer-missing", Severity.ERROR, "d", "p.md", new Span(1, 2, 1, 2)));
        Report report = Report.of("0.1.0", "https://x.test", SampleReport.rules(),
                List.of(FileResult.checked("p.md", findings)), SampleReport.CWD);
        assertThat(render(text, report)).isEqualTo("""
                p.md:1:2: error disclaimer-missing d
                p.md:1:5: warning approval-contradiction a
                p.md:1:5: error dosing-advice b
                p.md:2:1: info readability-grade c
                4 problems (2 errors, 1 warning, 1 info) in 1 file
                """);
    }

    @Test
    void cleanRunSaysNoProblems() {
        Report one = Report.of("0.1.0", "https://x.test", SampleReport.rules(),
                List.of(FileResult.checked("a.md", List.of())), SampleReport.CWD);
        assertThat(render(text, one)).isEqualTo("No problems in 1 file\n");
        Report unreadable = Report.of("0.1.0", "https://x.test", SampleReport.rules(), List.of(
                FileResult.checked("a.md", List.of()), FileResult.unreadable("b.md", "not UTF-8"),
                FileResult.unreadable("c.md", "no such file")), SampleReport.CWD);
        assertThat(render(text, unreadable)).isEqualTo("No problems in 3 files, 2 files could not be read\n");
    }

    @Test
    void suppressionWithoutJustificationShowsItsKind() {
        Finding f = finding("dosing-advice", Severity.ERROR, "Dose.", "p.md", new Span(1, 1, 1, 5))
                .suppressed(new dev.medlint.engine.Suppression("external", ""));
        Report report = Report.of("0.1.0", "https://x.test", SampleReport.rules(),
                List.of(FileResult.checked("p.md", List.of(f))), SampleReport.CWD).withShowSuppressed(true);
        assertThat(render(text, report)).isEqualTo("""
                p.md:1:1: error dosing-advice Dose. [suppressed: external]
                No problems in 1 file
                """);
    }
}
