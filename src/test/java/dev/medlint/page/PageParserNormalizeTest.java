package dev.medlint.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written heading normaliser does what the regular expressions it replaced did. */
class PageParserNormalizeTest {
    /** The original definition, kept as the oracle. */
    private static String byRegex(String s) {
        return s.strip().replaceFirst("^(?:\\d{1,2}|[ivx]{1,4})[.)]\\s+", "").replace("&", " and ").replaceFirst("[.]+$", "")
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    @Test
    void knownHeadings() {
        for (String s : new String[] {"Overview", "  2. Mechanism   of Action. ", "iv) Risks & Benefits...", "12.Overview", "xvi. Notes",
                "ix.\tLimitations", "Summary of Published Evidence:", "3) ", "", "...", "Overview.\u0085", "A.\r\n", "I. Intro"}) {
            assertThat(PageParser.normalize(s)).as("'%s'", s).isEqualTo(byRegex(s));
        }
    }

    @Test
    void randomLinesFromAHeadingAlphabet() {
        String alphabet = "0129ivxIVab .)&:\t\n\r\u000B\f\u0085\u2028\u00a0#*_";
        Random rnd = new Random(20261127L);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = rnd.nextInt(14);
            for (int i = 0; i < len; i++) b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            String s = b.toString();
            assertThat(PageParser.normalize(s)).as("'%s'", s).isEqualTo(byRegex(s));
        }
    }
}
