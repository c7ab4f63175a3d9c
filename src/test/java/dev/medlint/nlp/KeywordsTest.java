package dev.medlint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Keywords.anyIn says exactly what a contains() per keyword says. */
class KeywordsTest {
    @Test
    void examples() {
        Keywords k = Keywords.of("approv", "licensed", ";", "\u00e9t\u00e9");
        assertThat(k.anyIn("it was approved")).isTrue();
        assertThat(k.anyIn("a; b")).isTrue();
        assertThat(k.anyIn("l'\u00e9t\u00e9")).isTrue();
        assertThat(k.anyIn("appro")).isFalse();
        assertThat(k.anyIn("")).isFalse();
        assertThat(Keywords.of().anyIn("anything")).isFalse();
        assertThat(Keywords.of("").anyIn("")).isTrue();
    }

    @Test
    void agreesWithContainsOnRandomText() {
        Random rnd = new Random(3L);
        String alphabet = "abc \u00e9\u2019;";
        for (int n = 0; n < 20_000; n++) {
            String[] words = new String[rnd.nextInt(5)];
            for (int i = 0; i < words.length; i++) words[i] = random(rnd, alphabet, 1 + rnd.nextInt(3));
            String text = random(rnd, alphabet, rnd.nextInt(12));
            boolean expected = Arrays.stream(words).anyMatch(text::contains);
            assertThat(Keywords.of(words).anyIn(text)).as("%s in '%s'", Arrays.toString(words), text).isEqualTo(expected);
        }
    }

    private static String random(Random rnd, String alphabet, int len) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        return b.toString();
    }
}
