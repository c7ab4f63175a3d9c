package dev.medlint.nlp.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.facts.ConditionalApprovalAdvice;
import dev.medlint.facts.IndicationMention;
import dev.medlint.facts.NoRctClaim;
import dev.medlint.facts.TrialMention;
import dev.medlint.page.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The keyword pre-checks in front of the patterns are necessary conditions only: texts at their
 * edges (Markdown marks inside a sentence, the curly apostrophe, the characters UNICODE_CASE folds
 * to ASCII letters) still get the pattern's own answer.
 */
class PreCheckTest {

    @Test
    void clausesWithoutContrastWordsAreOneClause() {
        String s = "The drug is approved for lung cancer in adults.";
        assertThat(Prose.clauses(s, s.toLowerCase(), 0)).containsExactly(new int[] {0, s.length()});
        assertThat(Prose.clauses(s, s.toLowerCase(), 4)).containsExactly(new int[] {4, s.length()});
        assertThat(Prose.clauses(s, s.toLowerCase(), s.length())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "It is approved for lung cancer; it is not approved for breast cancer.",
        "It is approved for lung cancer but not for breast cancer.",
        "It is approved, yet restricted.",
        "Approved in the US, whereas the EU has not decided.",
        "Approved in the US, however not in Europe, although it was filed, while others wait, though.",
    })
    void clausesMatchTheContrastPattern(String s) {
        List<int[]> fast = Prose.clauses(s, s.toLowerCase(), 0);
        List<int[]> slow = Prose.clauses(s, 0);
        assertThat(fast).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(slow);
        assertThat(fast).hasSizeGreaterThan(1);
    }

    @Test
    void maskLeavesPlainTextAlone() {
        String s = "Plain text with no marks.";
        assertThat(Prose.mask(s)).isSameAs(s);
        assertThat(Prose.mask("**Approved** for `x` in_word _y_ it\u2019s")).isEqualTo("  Approved   for  x  in_word  y  it's");
    }

    @Test
    void termIndexFindsCurlyApostropheAndHyphenVariants() {
        TermIndex index = new TermIndex(Map.of("alzheimer's disease", "alz", "non-small cell lung cancer", "lung", "hcc", "liver"), 3);
        assertThat(index.find("Approved for Alzheimer\u2019s disease.")).extracting(TermIndex.Hit::value).containsExactly("alz");
        assertThat(index.find("in NON SMALL-CELL lung cancers")).extracting(TermIndex.Hit::value).containsExactly("lung");
        assertThat(index.find("HCC and hcc")).extracting(TermIndex.Hit::start).containsExactly(0);
        assertThat(index.find("nothing here")).isEmpty();
    }

    @Test
    void termIndexKeepsUnicodeCaseMatches() {
        // U+017F (long s) and U+212A (Kelvin sign) match "s" and "k" under UNICODE_CASE
        TermIndex index = new TermIndex(Map.of("psoriasis", "psoriasis", "kidney disease", "kidney"), 3);
        assertThat(index.find("for p\u017Foriasis")).isEmpty(); // found, but "\u017F" does not normalise to a key
        assertThat(index.find("for \u212Aidney disease")).extracting(TermIndex.Hit::value).containsExactly("kidney");
        assertThat(new TermIndex(Map.of("\u017Fpecial", "x"), 3).find("a special case")).extracting(TermIndex.Hit::value)
                .isEmpty();
    }

    @Test
    void conditionalAdviceWithDotlessIStillMatches() {
        // U+0131 matches "i" under UNICODE_CASE but is not lower-cased to it: the pre-check lets the pattern decide
        Page page = Fixtures.page("Curcumin", "Stage IV Cancer", "What Patients and Caregivers Should Know",
                "Talk to your doctor \u0131f the compound is not yet approved.");
        ConditionalApprovalAdviceAnnotator advice = new ConditionalApprovalAdviceAnnotator(Fixtures.PACK);
        assertThat(Fixtures.facts(advice, page, ConditionalApprovalAdvice.class)).hasSize(1);
    }

    @Test
    void markdownMarksInsideWordsOfASentence() {
        Page page = Fixtures.evidence("No *randomized* controlled trials have confirmed efficacy. The KEYNOTE-189 trial showed benefit.");
        assertThat(Fixtures.facts(new NoRctAnnotator(Fixtures.PACK), page, NoRctClaim.class)).hasSize(1);
        assertThat(Fixtures.facts(new TrialMentionAnnotator(Fixtures.PACK), page, TrialMention.class))
                .extracting(TrialMention::name).containsExactly("KEYNOTE-189");
    }

    @Test
    void indicationMentionsAfterApprovalCue() {
        Page page = Fixtures.evidence("Atezolizumab has approvals across lung, liver, and breast cancers.");
        assertThat(Fixtures.facts(new IndicationMentionAnnotator(Fixtures.PACK), page, IndicationMention.class))
                .extracting(IndicationMention::site).containsExactly("lung", "liver", "breast");
    }
}
