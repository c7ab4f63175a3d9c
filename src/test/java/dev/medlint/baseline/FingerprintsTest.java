package dev.medlint.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.engine.Finding;
import dev.medlint.engine.Severity;
import dev.medlint.lint.Fingerprints;
import dev.medlint.page.Page;
import dev.medlint.page.Span;
import dev.medlint.testing.SimplePages;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What baselines rely on: fingerprints ignore line numbers, a span over several lines is
 * fingerprinted by its first line, and a span across sections (page-wide) by no text at all.
 */
class FingerprintsTest {
    private static Finding f(String rule, String message, Span span) {
        return new Finding(rule, Severity.INFO, message, "p.md", span, "", List.of(), "", Optional.empty());
    }

    private static String fp(String text, Finding finding) {
        Page page = SimplePages.page("p.md", text, java.util.Map.of());
        return Fingerprints.assign(page, List.of(finding)).get(0).fingerprint();
    }

    private static final String PAGE = String.join("\n",
            "Overview: X and Y",                              // 1
            "Overview",                                       // 2
            "First line of a wrapped sentence",               // 3
            "and its second line.",                           // 4
            "Mechanism of Action",                            // 5
            "It works somehow.",                              // 6
            "Another paragraph.");                            // 7

    @Test
    void aSpanOverSeveralLinesInOneSectionIsFingerprintedByItsFirstLine() {
        Finding wrapped = f("citations-missing", "m", new Span(3, 1, 4, 21));
        String before = fp(PAGE, wrapped);
        String secondLineEdited = PAGE.replace("and its second line.", "and its edited line!");
        assertThat(fp(secondLineEdited, wrapped)).isEqualTo(before);
        String firstLineEdited = PAGE.replace("First line of a wrapped", "First line of an edited");
        assertThat(fp(firstLineEdited, wrapped)).isNotEqualTo(before);
    }

    @Test
    void aSpanAcrossSectionsIsPageWideAndIgnoresTheText() {
        Finding page = f("reading-level-high", "grade 16", new Span(3, 1, 7, 19));
        String before = fp(PAGE, page);
        String edited = PAGE.replace("First line of a wrapped sentence", "Note.\nSomething else entirely");
        assertThat(fp(edited, f("reading-level-high", "grade 15", new Span(3, 1, 8, 19)))).isEqualTo(before);
        assertThat(fp(PAGE, f("hype-language", "grade 16", new Span(3, 1, 7, 19)))).as("rule id still counts").isNotEqualTo(before);
    }

    @Test
    void lineNumbersDoNotCountButTextMessageAndOccurrenceDo() {
        Finding one = f("hype-language", "m", new Span(6, 1, 6, 9));
        String shifted = PAGE.replace("Mechanism of Action\n", "Mechanism of Action\n\nNote.\n");
        assertThat(fp(shifted, f("hype-language", "m", new Span(8, 1, 8, 9)))).isEqualTo(fp(PAGE, one));
        assertThat(fp(PAGE, f("hype-language", "m", new Span(6, 1, 6, 6)))).isNotEqualTo(fp(PAGE, one));

        Finding point = f("review-date-missing", "no date", Span.PAGE_START);
        assertThat(fp(PAGE, point)).isNotEqualTo(fp(PAGE, f("review-date-missing", "other", Span.PAGE_START)));

        Page page = SimplePages.page("p.md", PAGE + "\nIt works somehow.", java.util.Map.of());
        List<Finding> twice = Fingerprints.assign(page, List.of(f("hype-language", "m", new Span(6, 1, 6, 18)),
                f("hype-language", "m", new Span(8, 1, 8, 18))));
        assertThat(twice.get(0).fingerprint()).isNotEqualTo(twice.get(1).fingerprint()).isNotEmpty();
    }
}
