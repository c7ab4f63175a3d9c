package dev.medlint.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.engine.Finding;
import dev.medlint.engine.Severity;
import dev.medlint.engine.Suppression;
import dev.medlint.page.LineIndex;
import dev.medlint.page.Page;
import dev.medlint.page.Span;
import dev.medlint.testing.SimplePages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Comment syntax, the lines each form covers, and the findings about the comments. */
class InlineSuppressorTest {
    static final Set<String> PACK = Set.of("cure-claim", "hype-language", "dosing-information");

    private static Finding at(String rule, int line) {
        return new Finding(rule, Severity.ERROR, rule + " here", "p.md", new Span(line, 1, line, 5), "", List.of(), "fp" + line,
                Optional.empty());
    }

    /** Page lines joined; findings of each rule on each given line; returns the outcome. */
    private static InlineSuppressor.Outcome run(List<String> lines, List<Finding> findings) {
        Page page = SimplePages.page(String.join("\n", lines));
        return InlineSuppressor.apply(page, findings, PACK, Set.of());
    }

    private static List<Integer> suppressedLines(InlineSuppressor.Outcome o, String rule) {
        List<Integer> out = new ArrayList<>();
        for (Finding f : o.findings()) if (f.ruleId().equals(rule) && f.isSuppressed()) out.add(f.span().startLine());
        return out;
    }

    @Test
    void scansEveryFormWithIdsAndReason() {
        String text = """
                <!-- medlint-disable cure-claim, hype-language -- quoted from the trial -->
                x <!--medlint-enable-->
                <!-- medlint-disable-next-line dosing-information --   label text  -->
                <!-- medlint-disable-file cure-claim hype-language -->
                <!-- medlint-disable-nextline cure-claim -- typo is not a directive -->
                <!-- medlint-disable
                     cure-claim -- spread over lines -->
                """;
        List<SuppressionComment> cs = SuppressionComments.scan(text, new LineIndex(text));
        assertThat(cs).extracting(SuppressionComment::kind).containsExactly(SuppressionComment.Kind.DISABLE,
                SuppressionComment.Kind.ENABLE, SuppressionComment.Kind.DISABLE_NEXT_LINE, SuppressionComment.Kind.DISABLE_FILE,
                SuppressionComment.Kind.DISABLE);
        assertThat(cs.get(0).ruleIds()).containsExactly("cure-claim", "hype-language");
        assertThat(cs.get(0).reason()).contains("quoted from the trial");
        assertThat(cs.get(0).span()).isEqualTo(new Span(1, 1, 1, 76));
        assertThat(cs.get(1).allRules()).isTrue();
        assertThat(cs.get(1).span()).isEqualTo(new Span(2, 3, 2, 24));
        assertThat(cs.get(2).reason()).contains("label text");
        assertThat(cs.get(3).ruleIds()).containsExactly("cure-claim", "hype-language");
        assertThat(cs.get(3).reason()).isEmpty();
        assertThat(cs.get(4).span().startLine()).isEqualTo(6);
        assertThat(cs.get(4).span().endLine()).isEqualTo(7);
        assertThat(cs.get(4).ruleIds()).containsExactly("cure-claim");
    }

    @Test
    void disableUntilEnableCoversTheLinesBetween() {
        List<String> lines = List.of(
                "Overview: X and Y",                                          // 1
                "<!-- medlint-disable cure-claim -- a quote -->",             // 2
                "A cure.",                                                    // 3
                "Another cure.",                                              // 4
                "<!-- medlint-enable cure-claim -->",                         // 5
                "A third cure.");                                             // 6
        InlineSuppressor.Outcome o = run(lines, List.of(at("cure-claim", 3), at("cure-claim", 4), at("cure-claim", 6),
                at("hype-language", 4)));
        assertThat(suppressedLines(o, "cure-claim")).containsExactly(3, 4);
        assertThat(suppressedLines(o, "hype-language")).isEmpty();
        assertThat(o.findings().get(0).suppression()).contains(new Suppression("inSource", "a quote"));
        assertThat(o.findings()).extracting(Finding::ruleId).as("kept in place")
                .containsExactly("cure-claim", "cure-claim", "cure-claim", "hype-language");
        assertThat(o.commentFindings()).isEmpty();
    }

    @Test
    void disableWithoutIdsCoversEveryRuleAndEnableWithIdsCarvesOneOut() {
        List<String> lines = List.of(
                "Overview: X and Y",                                          // 1
                "<!-- medlint-disable -- legacy section -->",                 // 2
                "Text.",                                                      // 3
                "<!-- medlint-enable hype-language -->",                      // 4
                "Text.",                                                      // 5
                "<!-- medlint-enable -->",                                    // 6
                "Text.");                                                     // 7
        InlineSuppressor.Outcome o = run(lines, List.of(at("cure-claim", 3), at("hype-language", 3), at("cure-claim", 5),
                at("hype-language", 5), at("cure-claim", 7)));
        assertThat(suppressedLines(o, "cure-claim")).containsExactly(3, 5);
        assertThat(suppressedLines(o, "hype-language")).containsExactly(3);
    }

    @Test
    void unclosedDisableRunsToTheEndAndEnableWithoutIdsClosesAll() {
        List<String> lines = List.of("Overview: X and Y", "<!-- medlint-disable cure-claim, hype-language -- r -->", "a", "b", "c");
        InlineSuppressor.Outcome o = run(lines, List.of(at("cure-claim", 5), at("hype-language", 3)));
        assertThat(suppressedLines(o, "cure-claim")).containsExactly(5);
        assertThat(suppressedLines(o, "hype-language")).containsExactly(3);

        List<String> closed = List.of("Overview: X and Y", "<!-- medlint-disable cure-claim, hype-language -- r -->", "a",
                "<!-- medlint-enable -->", "b");
        InlineSuppressor.Outcome o2 = run(closed, List.of(at("cure-claim", 5), at("hype-language", 3)));
        assertThat(suppressedLines(o2, "cure-claim")).isEmpty();
        assertThat(suppressedLines(o2, "hype-language")).containsExactly(3);
    }

    @Test
    void disableAndEnableOnOneLineCoverThatLine() {
        List<String> lines = List.of("Overview: X and Y",
                "A cure. <!-- medlint-disable cure-claim -- quoted --> quoted cure <!-- medlint-enable cure-claim -->", "A cure.");
        InlineSuppressor.Outcome o = run(lines, List.of(at("cure-claim", 2), at("cure-claim", 3)));
        assertThat(suppressedLines(o, "cure-claim")).containsExactly(2);
    }

    @Test
    void nextLineSkipsBlankLinesAndOtherMedlintComments() {
        List<String> lines = List.of(
                "Overview: X and Y",                                                          // 1
                "<!-- medlint-disable-next-line cure-claim -- quoted -->",                    // 2
                "",                                                                           // 3
                "<!-- medlint-disable-next-line hype-language -- trial name -->",             // 4
                "A breakthrough cure.",                                                       // 5
                "A breakthrough cure.");                                                      // 6
        InlineSuppressor.Outcome o = run(lines, List.of(at("cure-claim", 5), at("hype-language", 5), at("cure-claim", 6),
                at("hype-language", 6)));
        assertThat(suppressedLines(o, "cure-claim")).containsExactly(5);
        assertThat(suppressedLines(o, "hype-language")).containsExactly(5);
        assertThat(o.commentFindings()).isEmpty();
    }

    @Test
    void fileFormCoversEveryLine() {
        List<String> lines = List.of("Overview: X and Y", "a", "b", "<!-- medlint-disable-file hype-language -- house style -->");
        InlineSuppressor.Outcome o = run(lines, List.of(at("hype-language", 1), at("hype-language", 3), at("cure-claim", 2)));
        assertThat(suppressedLines(o, "hype-language")).containsExactly(1, 3);
        assertThat(suppressedLines(o, "cure-claim")).isEmpty();
    }

    @Test
    void missingReasonUnusedAndUnknownIdsAreReportedAtTheComment() {
        List<String> lines = List.of(
                "Overview: X and Y",                                                          // 1
                "<!-- medlint-disable-next-line cure-claim -->",                              // 2
                "A cure.",                                                                    // 3
                "<!-- medlint-disable-next-line hype-language, cure-claim -- quoted -->",     // 4
                "A breakthrough.",                                                            // 5
                "<!-- medlint-disable-next-line cure-claims -- typo -->",                     // 6
                "A cure.",                                                                    // 7
                "<!-- medlint-disable -- nothing here -->",                                   // 8
                "Calm text.",                                                                 // 9
                "<!-- medlint-enable -->",                                                    // 10
                "<!-- medlint-disable-file suppression-unused -- tries to hide the tool -->"); // 11
        InlineSuppressor.Outcome o = run(lines, List.of(at("cure-claim", 3), at("hype-language", 5), at("cure-claim", 7)));
        assertThat(suppressedLines(o, "cure-claim")).containsExactly(3);
        assertThat(o.commentFindings()).extracting(f -> f.span().startLine() + " " + f.ruleId()).containsExactly(
                "2 suppression-missing-reason",
                "4 suppression-unused",
                "6 suppression-unknown-rule",
                "8 suppression-unused",
                "11 suppression-unknown-rule");
        Finding unused = o.commentFindings().get(1);
        assertThat(unused.message()).contains("'cure-claim'").doesNotContain("hype-language");
        assertThat(unused.severity()).isEqualTo(Severity.INFO);
        assertThat(unused.span()).as("the whole comment").isEqualTo(new Span(4, 1, 4, lines.get(3).length() + 1));
        assertThat(unused.path()).isEqualTo(SimplePages.page("x").path());
        assertThat(o.commentFindings().get(2).message()).contains("Unknown rule 'cure-claims'");
        assertThat(o.commentFindings().get(4).message()).contains("cannot be suppressed by a comment");
        assertThat(o.commentFindings()).allSatisfy(f -> assertThat(SuppressionRules.META).containsKey(f.ruleId()));
    }

    @Test
    void rulesThatAreOffAreNotReportedAsUnused() {
        Page page = SimplePages.page("Overview: X and Y\n<!-- medlint-disable-next-line cure-claim -- quoted -->\nA cure.");
        assertThat(InlineSuppressor.apply(page, List.of(), PACK, Set.of("cure-claim")).commentFindings()).isEmpty();
        assertThat(InlineSuppressor.apply(page, List.of(), PACK, Set.of()).commentFindings())
                .extracting(Finding::ruleId).containsExactly(SuppressionRules.UNUSED);
    }

    @Test
    void alreadySuppressedFindingsAreLeftAlone() {
        Finding baselined = at("cure-claim", 3).suppressed(new Suppression("external", "baseline"));
        InlineSuppressor.Outcome o = run(List.of("Overview: X and Y", "<!-- medlint-disable-next-line cure-claim -- q -->", "A cure."),
                List.of(baselined));
        assertThat(o.findings()).containsExactly(baselined);
    }
}
