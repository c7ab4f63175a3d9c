package dev.medlint.nlp.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.facts.ApprovalClaim;
import dev.medlint.facts.ApprovalStatus;
import dev.medlint.facts.ConditionalApprovalAdvice;
import dev.medlint.facts.EvidenceLevelClaim;
import dev.medlint.facts.IndicationMention;
import dev.medlint.facts.NoRctClaim;
import dev.medlint.facts.PreclinicalMajorityClaim;
import dev.medlint.facts.TrialMention;
import dev.medlint.page.Page;
import dev.medlint.page.Span;
import dev.medlint.testing.SimplePages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The reference page (a copy in test resources), in the CMS shape and as a Markdown rewrite. */
class ReferencePageTest {

    private static Page load(String file) throws IOException {
        return SimplePages.page(Files.readString(Path.of("src/test/resources/consistency/" + file)));
    }

    private static <T> List<T> only(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The 1-based line of the first line of the page containing {@code needle}. */
    private static int lineOf(Page page, String needle) {
        String[] lines = page.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) return i + 1;
        }
        throw new AssertionError(needle);
    }

    @ParameterizedTest
    @ValueSource(strings = {"atezolizumab-stage-iv-cancer.txt", "atezolizumab-stage-iv-cancer.md"})
    void referencePageFacts(String file) throws IOException {
        Page page = load(file);
        List<Object> facts = Fixtures.all(page);

        List<EvidenceLevelClaim> levels = only(facts, EvidenceLevelClaim.class);
        assertThat(levels).singleElement().satisfies(c -> {
            assertThat(c.level()).isEqualTo("regulatory-approved");
            assertThat(c.rank()).isEqualTo(6);
            assertThat(c.recognized()).isTrue();
            assertThat(c.phrase()).isEqualTo("regulatory-approved with clinical trial data");
            int line = lineOf(page, "classified as:");
            int col = page.text().split("\n", -1)[line - 1].indexOf("regulatory-approved with") + 1;
            assertThat(c.levelSpan()).isEqualTo(new Span(line, col, line, col + c.phrase().length()));
        });

        assertThat(only(facts, ApprovalClaim.class)).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(ApprovalStatus.APPROVED);
            assertThat(c.jurisdiction()).isEqualTo("FDA");
            assertThat(c.indications()).containsExactly("NSCLC", "SCLC", "hepatocellular carcinoma", "urothelial carcinoma", "melanoma");
            assertThat(c.sites()).containsExactly("lung", "liver", "bladder", "skin");
            assertThat(c.coversCondition()).isTrue();
            assertThat(c.sectionKey()).isEqualTo("status");
            assertThat(c.span().startLine()).isEqualTo(lineOf(page, "Current status:"));
        });

        assertThat(only(facts, NoRctClaim.class)).extracting(NoRctClaim::sectionKey).containsExactly("evidence", "limitations");

        List<TrialMention> trials = only(facts, TrialMention.class);
        assertThat(trials).extracting(TrialMention::name).containsExactly("IMpower trials", "IMpassion130");
        assertThat(trials).allSatisfy(t -> {
            assertThat(t.sectionKey()).isEqualTo("evidence");
            assertThat(t.kind()).isEqualTo("named");
        });

        assertThat(only(facts, PreclinicalMajorityClaim.class)).singleElement()
                .satisfies(c -> assertThat(c.sectionKey()).isEqualTo("limitations"));

        List<IndicationMention> mentions = only(facts, IndicationMention.class);
        assertThat(mentions).extracting(IndicationMention::site).containsExactly("lung", "liver", "breast");
        assertThat(mentions).allSatisfy(m -> assertThat(m.sectionKey()).isEqualTo("overview"));
        int overview = lineOf(page, "with approvals across");
        String line = page.text().split("\n", -1)[overview - 1];
        assertThat(mentions.get(0).span()).isEqualTo(new Span(overview, line.indexOf("lung,") + 1, overview, line.indexOf("lung,") + 5));

        assertThat(only(facts, ConditionalApprovalAdvice.class)).singleElement()
                .satisfies(c -> assertThat(c.span().startLine()).isEqualTo(lineOf(page, "if the compound is not yet approved")));
    }

    @Test
    void bothShapesGiveTheSameFactsApartFromLocations() throws IOException {
        List<String> txt = Fixtures.all(load("atezolizumab-stage-iv-cancer.txt")).stream().map(ReferencePageTest::withoutSpans).toList();
        List<String> md = Fixtures.all(load("atezolizumab-stage-iv-cancer.md")).stream().map(ReferencePageTest::withoutSpans).toList();
        assertThat(md).isEqualTo(txt);
    }

    private static String withoutSpans(Object fact) {
        return fact.toString().replaceAll("\\d+:\\d+-\\d+:\\d+", "*");
    }

    @Test
    void annotatorsAreSafeToShareBetweenThreads() throws Exception {
        Page page = load("atezolizumab-stage-iv-cancer.txt");
        List<String> expected = Fixtures.all(page).stream().map(Object::toString).toList();
        var annotators = ConsistencyAnnotators.create(Fixtures.PACK);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> {
                    List<String> out = new java.util.ArrayList<>();
                    for (var a : annotators) a.annotate(page, o -> out.add(o.toString()));
                    return out;
                }));
            }
            for (Future<List<String>> f : runs) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
    }
}
