package dev.medlint.nlp.prohibited;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.medlint.facts.CureClaim;
import dev.medlint.facts.DosingMention;
import dev.medlint.facts.HypeTerm;
import dev.medlint.facts.SafetyClaim;
import dev.medlint.facts.TreatmentDirective;
import dev.medlint.nlp.Annotator;
import dev.medlint.pack.Pack;
import dev.medlint.page.Page;
import dev.medlint.testing.SimplePages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ProhibitedAnnotatorsTest {
    private final List<Annotator> annotators = ProhibitedAnnotators.create(Fixture.PACK);

    private static String resource(String name) throws IOException {
        try (InputStream in = ProhibitedAnnotatorsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<Object> all(Page page) {
        List<Object> out = new ArrayList<>();
        for (Annotator a : annotators) a.annotate(page, out::add);
        return out;
    }

    @Test
    void createsOneAnnotatorPerRule() {
        assertThat(annotators).hasExactlyElementsOfTypes(DosingAnnotator.class, TreatmentDirectiveAnnotator.class,
                CureClaimAnnotator.class, HypeTermAnnotator.class, SafetyClaimAnnotator.class);
    }

    @Test
    void referencePageIsClean() throws IOException {
        Page page = SimplePages.page(resource("atezolizumab-stage-iv-cancer.txt"));
        assertThat(page.compound()).isEqualTo("Atezolizumab");
        assertThat(all(page)).isEmpty();
    }

    @Test
    void referencePageAsMarkdownIsClean() throws IOException {
        String text = resource("atezolizumab-stage-iv-cancer.txt");
        StringBuilder md = new StringBuilder();
        for (String line : text.split("\n")) {
            boolean heading = line.matches("(?i)Mechanism of Action|Summary of Published Evidence|Clinical and Regulatory Status|Important Limitations|What Patients and Caregivers Should Know");
            md.append(heading ? "## " + line : line).append("\n\n");
        }
        assertThat(all(SimplePages.page("# " + md))).isEmpty();
    }

    @Test
    void aViolatingPageGivesOneFactPerViolation() {
        String text = String.join("\n",
                "Overview: Atezolizumab and Stage IV Cancer",
                "Atezolizumab is a breakthrough that cures stage IV cancer.",
                "Summary of Published Evidence",
                "In IMpower150, 1,202 patients received atezolizumab 1200 mg every 3 weeks and were scanned every 6 weeks.",
                "What Patients and Caregivers Should Know",
                "- Stop taking your chemotherapy and ask for atezolizumab.",
                "- It is completely safe.",
                "Medical Disclaimer: This page is not medical advice. Never start, stop, or change any treatment based on it.",
                "Our revolutionary AI is completely safe and gives miracle answers.");
        List<Object> facts = all(SimplePages.page(text));
        assertThat(facts).filteredOn(HypeTerm.class::isInstance).extracting(f -> ((HypeTerm) f).term()).containsExactly("breakthrough");
        assertThat(facts).filteredOn(CureClaim.class::isInstance).extracting(f -> ((CureClaim) f).text()).containsExactly("cures");
        assertThat(facts).filteredOn(DosingMention.class::isInstance).extracting(f -> ((DosingMention) f).text())
                .containsExactly("1200 mg", "every 3 weeks");
        assertThat(facts).filteredOn(TreatmentDirective.class::isInstance).extracting(f -> ((TreatmentDirective) f).verb())
                .containsExactly("stop");
        assertThat(facts).filteredOn(SafetyClaim.class::isInstance).singleElement()
                .satisfies(f -> assertThat(((SafetyClaim) f).span().startLine()).isEqualTo(7));
        assertThat(facts).hasSize(6);
    }

    @Test
    void annotatorsAreSafeToShareAcrossThreads() throws Exception {
        String text = "Overview: Atezolizumab and Stage IV Cancer\nIt is a miracle: take two tablets twice daily, it cures cancer and is completely safe.";
        Page page = SimplePages.page(text);
        List<Object> expected = all(page);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Object>>> runs = new ArrayList<>();
            for (int i = 0; i < 32; i++) runs.add(pool.submit(() -> all(page)));
            for (Future<List<Object>> f : runs) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aPackWithoutTheLexiconsIsRejectedWithTheFileName() {
        Pack bare = new Pack("bare", "1", "rules/bare", List.of(), List.of(), Map.of(), Map.of(), Map.of(), List.of());
        assertThatThrownBy(() -> ProhibitedAnnotators.create(bare))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rules/bare/lexicons/");
    }
}
