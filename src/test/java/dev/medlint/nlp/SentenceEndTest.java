package dev.medlint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** SentenceSplitter.endsSentence answers exactly what the regular expression it replaced found. */
class SentenceEndTest {
    private static final Pattern FINAL = Pattern.compile("[.!?\u2026][\"'\u201D\u2019)\\]]*$");

    @Test
    void examples() {
        assertThat(SentenceSplitter.endsSentence("It works.")).isTrue();
        assertThat(SentenceSplitter.endsSentence("He said \"stop!\")")).isTrue();
        assertThat(SentenceSplitter.endsSentence("given as 0.5")).isFalse();
        assertThat(SentenceSplitter.endsSentence("")).isFalse();
        assertThat(SentenceSplitter.endsSentence("Done.\u0085")).isTrue();
    }

    @Test
    void agreesWithTheRegexOnRandomText() {
        String alphabet = ".!?\u2026\"'\u201D\u2019)]a 1\n\r\u0085\u2028(";
        Random rnd = new Random(7L);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = rnd.nextInt(9);
            for (int i = 0; i < len; i++) b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            String s = b.toString();
            assertThat(SentenceSplitter.endsSentence(s)).as("'%s'", s).isEqualTo(FINAL.matcher(s).find());
        }
    }
}
