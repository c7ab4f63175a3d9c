package dev.medlint.report;

import static dev.medlint.report.ReportTesting.render;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GithubReporterTest {
    private final GithubReporter github = new GithubReporter();

    @Test
    void oneCommandPerUnsuppressedFindingAndPerUnreadableFile() {
        assertThat(render(github, SampleReport.report())).isEqualTo("""
                ::error file=pages/a b.md,line=1,endLine=1,col=1,endColumn=1,title=disclaimer-missing::The page has no medical disclaimer.
                ::warning file=pages/a b.md,line=5,endLine=5,col=3,endColumn=20,title=approval-contradiction::Says "FDA-approved" but also that no randomized trial confirmed efficacy.
                ::notice file=pages/a b.md,line=7,endLine=8,title=readability-grade::Reading level is grade 12; aim for 8 or lower.
                ::error file=pages/café ü.md,line=3,endLine=3,col=5,endColumn=9,title=dosing-advice::Gives a dose: 100%25 of 5 mg, twice%0Adaily.
                ::error file=missing.md::cannot read: No such file or directory
                """);
    }

    @Test
    void suppressedFindingsAreNeverAnnotatedEvenWhenShown() {
        assertThat(render(github, SampleReport.report().withShowSuppressed(true))).doesNotContain("5 mg.");
    }

    @Test
    void escapesDataAndPropertiesLikeTheRunner() {
        assertThat(GithubReporter.data("a%b\r\nc: d, e")).isEqualTo("a%25b%0D%0Ac: d, e");
        assertThat(GithubReporter.property("dir:x/a,b%.md\n")).isEqualTo("dir%3Ax/a%2Cb%25.md%0A");
    }
}
