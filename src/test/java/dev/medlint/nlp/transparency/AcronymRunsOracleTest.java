package dev.medlint.nlp.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link AcronymAnnotator#runs(String)} (a character scan) against the regex version it replaced. */
class AcronymRunsOracleTest {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-\\u2010\\u2011][\\p{L}\\p{N}]+)*");
    private static final Pattern HYPHEN = Pattern.compile("[-\\u2010\\u2011]");
    private static final Pattern CAPS = Pattern.compile("[A-Z][A-Z0-9]*");
    private static final Pattern CAPS_PLURAL = Pattern.compile("([A-Z][A-Z0-9]*[A-Z0-9])s");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** The regex implementation as it was before the character scan. */
    static List<AcronymAnnotator.Run> oracle(String text) {
        List<AcronymAnnotator.Run> out = new ArrayList<>();
        Matcher t = TOKEN.matcher(text);
        while (t.find()) {
            String token = t.group();
            List<int[]> parts = new ArrayList<>();
            Matcher h = HYPHEN.matcher(token);
            int from = 0;
            while (h.find()) {
                parts.add(new int[] {from, h.start()});
                from = h.end();
            }
            parts.add(new int[] {from, token.length()});
            int i = 0;
            while (i < parts.size()) {
                int j = i;
                boolean hasCaps = false;
                boolean plural = false;
                while (j < parts.size()) {
                    String p = token.substring(parts.get(j)[0], parts.get(j)[1]);
                    if (CAPS.matcher(p).matches()) {
                        hasCaps = true;
                    } else if (DIGITS.matcher(p).matches()) {
                        // digits
                    } else if (CAPS_PLURAL.matcher(p).matches()) {
                        hasCaps = true;
                        plural = true;
                        j++;
                        break;
                    } else {
                        break;
                    }
                    j++;
                }
                if (j > i && hasCaps) {
                    int start = t.start() + parts.get(i)[0];
                    int end = t.start() + parts.get(j - 1)[1];
                    String written = text.substring(start, end);
                    String acronym = plural ? written.substring(0, written.length() - 1) : written;
                    if (acronym.chars().filter(Character::isLetter).count() >= 2) {
                        out.add(new AcronymAnnotator.Run(start, end, acronym, HYPHEN.matcher(acronym).replaceAll("").toUpperCase(Locale.ROOT)));
                    }
                }
                i = Math.max(j, i + 1);
            }
        }
        return out;
    }

    private static final String[] PIECES = {"A", "B", "Z", "s", "a", "x", "0", "1", "9", "-", "\u2010", "\u2011", " ", ".",
            "(", ")", "'", "\u00C9", "\u00E9", "\u0661", "\u2163", "\u00BD", "\uD835\uDC00", "\uD835\uDFCE", "\uD800", "\uDC00",
            "\u2013", "_", "NSCLC", "PD-L1", "TKIs", "5-FU", "anti-", "\u017F", "\u212A", "\u0130"};

    @Test
    void sameRunsAsTheRegexVersionOnRandomStrings() {
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(14);
            for (int k = 0; k < len; k++) sb.append(PIECES[random.nextInt(PIECES.length)]);
            String text = sb.toString();
            assertThat(AcronymAnnotator.runs(text)).as(text).isEqualTo(oracle(text));
        }
    }

    @Test
    void sameRunsOnExamples() {
        for (String text : List.of("Non-small cell lung cancer (NSCLC) and PD-L1, CTLA-4, HER2, 5-FU, TKIs, FDA-approved anti-PD-1.",
                "KEYNOTE-189 and MK-3475; IMpower150, PALOMA-3 \u2010 A-B-C-s ABs-CD -AB- AB--CD")) {
            assertThat(AcronymAnnotator.runs(text)).isEqualTo(oracle(text));
        }
    }
}
