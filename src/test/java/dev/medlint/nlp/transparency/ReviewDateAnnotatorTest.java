package dev.medlint.nlp.transparency;

import static dev.medlint.nlp.transparency.Support.PACK;
import static dev.medlint.nlp.transparency.Support.TITLE;
import static dev.medlint.nlp.transparency.Support.facts;
import static dev.medlint.nlp.transparency.Support.page;
import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.facts.ReviewDate;
import dev.medlint.page.Page;
import dev.medlint.page.Span;
import dev.medlint.testing.SimplePages;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewDateAnnotatorTest {
    private final ReviewDateAnnotator annotator = new ReviewDateAnnotator(PACK);

    private List<ReviewDate> dates(Page p) {
        return facts(annotator, p, ReviewDate.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Last reviewed: October 2026|Last reviewed: October 2026",
            "Last updated 2026-10-01|Last updated 2026-10-01",
            "Published: March 12, 2025|Published: March 12, 2025",
            "Reviewed on 01/10/2026|Reviewed on 01/10/2026",
            "Last updated: 1 October 2026.|Last updated: 1 October 2026",
            "**Last reviewed:** Oct. 2026|Last reviewed:** Oct. 2026",
            "Page last updated: 2026-10|Page last updated: 2026-10",
            "Medically reviewed by Dr. Jane Okafor, MD on March 3, 2025|Medically reviewed by Dr. Jane Okafor, MD on March 3, 2025",
            "Last updated: 2026|Last updated: 2026",
            "© 2026 Insight Swarm · Last updated: October 2026|Last updated: October 2026",
            "This page was last reviewed on 3 March 2026.|This page was last reviewed on 3 March 2026",
            "Date last reviewed: 10/01/2026|Date last reviewed: 10/01/2026",
            "Last update: 2026-10-01|Last update: 2026-10-01"})
    void labelledDates(String line, String text) {
        List<ReviewDate> d = dates(page("Mechanism of Action", "Metformin lowers glucose.", line));
        assertThat(d).isNotEmpty();
        assertThat(d.get(0).source()).isEqualTo("text");
        assertThat(d.get(0).text()).isEqualTo(text);
        assertThat(d.get(0).span().startLine()).isEqualTo(4);
    }

    @Test
    void labelAndDateInATableRow() {
        assertThat(dates(page("Mechanism of Action", "Text.", "| Last reviewed | October 2026 |")))
                .extracting(ReviewDate::text).containsExactly("Last reviewed | October 2026");
    }

    @Test
    void labelInTheFooterCounts() {
        Page p = page("Mechanism of Action", "Metformin lowers glucose.", "Medical Disclaimer: This page is not medical advice.",
                "Insight Swarm | Last reviewed: October 2026");
        assertThat(dates(p)).singleElement().satisfies(d -> assertThat(d.span()).isEqualTo(new Span(5, 17, 5, 44)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The FDA approved metformin for diabetes in March 2021.",
            "Published research in March 2021 showed a small effect.",
            "Published in March 2021, the trial showed benefit.",
            "Updated guidelines from 2021 recommend screening.",
            "The label was last updated in October 2024 to add a warning.",
            "Reviewed: pending",
            "Last updated: soon"})
    void datesInRunningTextDoNotCount(String line) {
        assertThat(dates(page("Mechanism of Action", line))).isEmpty();
    }

    @Test
    void frontMatterDatePointsAtItsKeyLine() {
        String text = "---\ntitle: Metformin\nreviewed: 2026-10-01\n---\n" + TITLE + "\nMechanism of Action\nMetformin lowers glucose.";
        Page p = SimplePages.page("p.md", text, Map.of("title", "Metformin", "reviewed", "2026-10-01"));
        assertThat(dates(p)).filteredOn(d -> d.source().equals("front-matter")).singleElement().satisfies(d -> {
            assertThat(d.span()).isEqualTo(new Span(3, 1, 3, 21));
            assertThat(d.text()).isEqualTo("reviewed: 2026-10-01");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"updated", "date", "last_reviewed", "last-reviewed", "lastReviewed"})
    void frontMatterKeys(String key) {
        Page p = SimplePages.page("p.md", TITLE + "\nMechanism of Action\nText.", Map.of(key, LocalDate.of(2026, 10, 1)));
        assertThat(dates(p)).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("front-matter");
            assertThat(d.span()).isEqualTo(Span.PAGE_START);
        });
    }

    @Test
    void frontMatterWithoutADateDoesNotCount() {
        Page p = SimplePages.page("p.md", TITLE + "\nText.", Map.of("reviewed", "soon", "author", "2026-10-01", "title", "X"));
        assertThat(dates(p)).isEmpty();
    }

    @Test
    void yearAsANumber() {
        assertThat(dates(SimplePages.page("p.md", TITLE + "\nText.", Map.of("date", 2026)))).hasSize(1);
    }
}
