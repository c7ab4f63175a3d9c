package dev.medlint.nlp.transparency;

import static dev.medlint.nlp.transparency.Support.TITLE;
import static dev.medlint.nlp.transparency.Support.facts;
import static dev.medlint.nlp.transparency.Support.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.medlint.facts.Readability;
import dev.medlint.page.Page;
import dev.medlint.page.Span;
import dev.medlint.testing.SimplePages;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityAnnotatorTest {
    private final ReadabilityAnnotator annotator = new ReadabilityAnnotator();

    private List<Readability> score(Page p) {
        return facts(annotator, p, Readability.class);
    }

    @Test
    void fleschKincaidOfSimpleProse() {
        Readability r = score(page("Mechanism of Action", "The cat sat on the mat. The dog ran.")).get(0);
        assertThat(r.sentences()).isEqualTo(2);
        assertThat(r.words()).isEqualTo(9);
        assertThat(r.syllables()).isEqualTo(9);
        assertThat(r.grade()).isCloseTo(0.39 * 9 / 2 + 11.8 * 9 / 9 - 15.59, within(1e-9));
    }

    @Test
    void technicalProseScoresHigh() {
        Readability r = score(page("Mechanism of Action",
                "Mechanistic plausibility does not by itself confirm clinical benefit in heterogeneous populations.")).get(0);
        assertThat(r.grade()).isGreaterThan(16);
    }

    @Test
    void bulletsCountTitleHeadingsDisclaimerAndFooterDoNot() {
        Page base = page("Mechanism of Action", "The cat sat.", "- The dog ran.");
        Page noisy = SimplePages.page(TITLE + " with Extraordinarily Complicated Terminology\nMechanism of Action\nThe cat sat.\n- The dog ran.\n"
                + "Medical Disclaimer: This information is not intended as individualized professional medical advice whatsoever.\n"
                + "Insight Swarm aggregates comprehensive multidisciplinary research documentation.");
        Readability a = score(base).get(0);
        Readability b = score(noisy).get(0);
        assertThat(a.sentences()).isEqualTo(2);
        assertThat(b).usingRecursiveComparison().isEqualTo(a);
    }

    @Test
    void spanRunsFromFirstToLastScoredSentence() {
        Readability r = score(page("Mechanism of Action", "The cat sat.", "Important Limitations", "- The dog ran far.")).get(0);
        assertThat(r.span()).isEqualTo(new Span(3, 1, 5, 19));
    }

    @Test
    void pageWithoutProseHasNoFact() {
        assertThat(score(SimplePages.page(""))).isEmpty();
        assertThat(score(SimplePages.page(TITLE))).isEmpty();
        assertThat(score(page("Mechanism of Action", "Medical Disclaimer: Not medical advice.", "Footer text here."))).isEmpty();
    }
}
