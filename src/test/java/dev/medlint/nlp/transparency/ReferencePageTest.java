package dev.medlint.nlp.transparency;

import static dev.medlint.nlp.transparency.Support.PACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.facts.AiDisclosure;
import dev.medlint.facts.Citation;
import dev.medlint.facts.DisclaimerFact;
import dev.medlint.facts.Readability;
import dev.medlint.facts.ResearchAppeal;
import dev.medlint.facts.ReviewDate;
import dev.medlint.facts.UndefinedAcronym;
import dev.medlint.nlp.Annotator;
import dev.medlint.page.Page;
import dev.medlint.page.Span;
import dev.medlint.testing.SimplePages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The reference page (CMS export) and the same page as Markdown give the catalogue's results. */
class ReferencePageTest {
    private static final Set<String> HEADINGS = Set.of("Mechanism of Action", "Summary of Published Evidence",
            "Clinical and Regulatory Status", "Important Limitations", "What Patients and Caregivers Should Know");
    private final List<Annotator> annotators = TransparencyAnnotators.create(PACK);

    static String cms() throws IOException {
        try (InputStream in = ReferencePageTest.class.getResourceAsStream("reference-page.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The same page as Markdown: '#' title, '##' headings, blank lines between blocks, front matter without a date. */
    static String markdown() throws IOException {
        List<String> out = new ArrayList<>();
        String[] lines = cms().split("\n");
        out.add("# " + lines[0]);
        for (int i = 1; i < lines.length; i++) out.add(HEADINGS.contains(lines[i]) ? "## " + lines[i] : lines[i]);
        return String.join("\n\n", out) + "\n";
    }

    static Stream<Page> pages() throws IOException {
        return Stream.of(SimplePages.page("reference.txt", cms(), Map.of()),
                SimplePages.page("reference.md", markdown(), Map.of("compound", "Atezolizumab", "condition", "Stage IV Cancer")));
    }

    private List<Object> facts(Page page) {
        List<Object> out = new ArrayList<>();
        annotators.forEach(a -> a.annotate(page, out::add));
        return out;
    }

    private static <T> List<T> of(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void catalogueExpectations(Page page) {
        List<Object> facts = facts(page);
        assertThat(of(facts, DisclaimerFact.class)).singleElement().satisfies(d -> assertThat(d.complete()).isTrue());
        assertThat(of(facts, AiDisclosure.class)).singleElement()
                .satisfies(d -> assertThat(d.text()).isEqualTo("AI-generated research reports"));
        assertThat(of(facts, ReviewDate.class)).isEmpty();
        assertThat(of(facts, Citation.class)).isEmpty();
        assertThat(of(facts, ResearchAppeal.class)).isNotEmpty();
        assertThat(of(facts, ResearchAppeal.class).get(0).text()).startsWith("Published research has investigated");
        assertThat(of(facts, UndefinedAcronym.class)).extracting(UndefinedAcronym::acronym)
                .containsExactly("PD-L1", "PD-1", "PD-L2", "NSCLC", "SCLC");
        assertThat(of(facts, Readability.class)).singleElement().satisfies(r -> {
            assertThat(r.grade()).isGreaterThan(12);
            assertThat(r.sentences()).isEqualTo(33);
        });
    }

    @Test
    void spansInTheCmsExport() throws IOException {
        List<Object> facts = facts(SimplePages.page(cms()));
        assertThat(of(facts, DisclaimerFact.class).get(0).span().startLine()).isEqualTo(27);
        assertThat(of(facts, AiDisclosure.class).get(0).span()).isEqualTo(new Span(26, 26, 26, 55));
        List<UndefinedAcronym> acronyms = of(facts, UndefinedAcronym.class);
        assertThat(acronyms.get(3).span()).isEqualTo(new Span(9, 55, 9, 60)); // "first-line NSCLC"
        assertThat(acronyms.get(4).span()).isEqualTo(new Span(9, 96, 9, 100));
        Readability r = of(facts, Readability.class).get(0);
        assertThat(r.span().startLine()).isEqualTo(2);
        assertThat(r.span().endLine()).isEqualTo(26);
    }

    @Test
    void markdownAndCmsGiveTheSameFactsApartFromSpans() throws IOException {
        List<Object> cms = facts(SimplePages.page(cms()));
        List<Object> md = facts(SimplePages.page(markdown()));
        assertThat(md.stream().map(ReferencePageTest::withoutSpan).toList())
                .isEqualTo(cms.stream().map(ReferencePageTest::withoutSpan).toList());
    }

    private static String withoutSpan(Object fact) {
        return fact.toString().replaceAll("span=[0-9:-]+", "span=?");
    }

    @Test
    void annotatorsAreSafeToShareBetweenThreads() throws Exception {
        Page page = SimplePages.page(cms());
        List<Object> expected = facts(page);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Object>>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) runs.add(pool.submit(() -> facts(page)));
            for (Future<List<Object>> f : runs) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
    }
}
