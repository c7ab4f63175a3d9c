package dev.medlint.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.nlp.SentenceSplitter;
import dev.medlint.nlp.SentenceSplitter.Range;
import dev.medlint.pack.Pack;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    static SentenceSplitter splitter;

    @BeforeAll
    static void load() throws Exception {
        Pack pack = Pack.load(Path.of("rules/medical-summary"), "rules/medical-summary");
        assertThat(pack.lexicon("abbreviations")).contains("e.g. never-final", "et al.");
        splitter = new SentenceSplitter(pack.lexicon("abbreviations"));
    }

    static List<String> split(String text) {
        return splitter.ranges(text).stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    @Test
    void splitsPlainSentencesAndTrims() {
        assertThat(split("  One sentence here.  Another one follows!  Is this a third?  "))
                .containsExactly("One sentence here.", "Another one follows!", "Is this a third?");
        assertThat(splitter.ranges("  One.  Two.")).containsExactly(new Range(2, 6), new Range(8, 12));
        assertThat(split("")).isEmpty();
        assertThat(split("   ")).isEmpty();
        assertThat(split("no final stop")).containsExactly("no final stop");
    }

    @Test
    void neverFinalAbbreviationsAlwaysMerge() {
        assertThat(split("Compare drug A vs. Drug B in trials. Then stop."))
                .containsExactly("Compare drug A vs. Drug B in trials.", "Then stop.");
        assertThat(split("Ask Dr. Jones about it. Fine."))
                .containsExactly("Ask Dr. Jones about it.", "Fine.");
        assertThat(split("Some drugs, e.g. Aspirin, help. Others i.e. Statins do not."))
                .containsExactly("Some drugs, e.g. Aspirin, help.", "Others i.e. Statins do not.");
    }

    @Test
    void otherAbbreviationsMergeOnlyBeforeLowercaseDigitOrParenthesis() {
        assertThat(split("Shown by Smith et al. in a trial. Next."))
                .containsExactly("Shown by Smith et al. in a trial.", "Next.");
        assertThat(split("Shown by Smith et al. (2020) in a trial."))
                .containsExactly("Shown by Smith et al. (2020) in a trial.");
        assertThat(split("This was shown by Smith et al. The next study disagreed."))
                .containsExactly("This was shown by Smith et al.", "The next study disagreed.");
    }

    @Test
    void anAbbreviationMustBeAWholeWord() {
        SentenceSplitter pp = new SentenceSplitter(List.of("pp. never-final"));
        assertThat(pp.ranges("We built an app. Then it broke.")).hasSize(2);
        assertThat(pp.ranges("See pp. Twelve to twenty.")).hasSize(1);
    }

    @Test
    void aPieceWithoutFinalPunctuationIsNeverASentence() {
        // the English model splits "0.5 mL." after the number; a sentence ends with . ! or ?
        assertThat(split("The vaccine is given as two 0.5 mL injections. It works."))
                .containsExactly("The vaccine is given as two 0.5 mL injections.", "It works.");
        assertThat(split("Results: good. Next one!")).containsExactly("Results: good.", "Next one!");
    }
}
