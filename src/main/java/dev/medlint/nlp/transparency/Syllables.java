package dev.medlint.nlp.transparency;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heuristic English syllable counter for readability scores. Words are counted by vowel groups
 * ({@code y} is a vowel except before a vowel at the start of a word, {@code u} after {@code q} is
 * not), then corrected for silent endings (final {@code e}, {@code -es}, {@code -ed}, inner
 * {@code e} before {@code -ly/-ment/-ful/-ness/-less}) and for vowel pairs that are usually two
 * syllables ("tri-al", "me-di-um", "vi-de-o", "ac-tu-al", "go-ing").
 *
 * <p>Tokens that are not plain words are handled sensibly: a number counts one syllable per digit
 * (plus one per decimal point), an all-caps acronym that cannot be pronounced as a word ("NSCLC",
 * "FDA") one per letter (W three), and mixed tokens ("PD-L1", "IMpower150", "tumor-infiltrating")
 * the sum of their parts. Stateless and thread-safe.
 */
public final class Syllables {
    private static final Pattern PARTS = Pattern.compile("\\p{L}+|\\p{N}+(?:[.,]\\p{N}+)*");
    private static final Pattern CONSONANT_RUN = Pattern.compile("[^aeiouy]{3}");
    /** Vowel pairs and triples that are two syllables, with the exceptions that are one. */
    private static final Pattern[] SPLIT_VOWELS = {
            Pattern.compile("(?<![tcs])ia|[tc]iat"),                  // tri-al, me-di-a, ra-di-a-tion, as-so-ci-ate; not -tial/-cial/-sia
            Pattern.compile("io(?![nu])"),                            // bi-ol-o-gy, pe-ri-od, ra-ti-o; not -ion, -ious
            Pattern.compile("(?<![tcxgs])ious"),                     // var-i-ous, se-ri-ous; not -tious/-cious/-xious/-gious
            Pattern.compile("iu"),                                    // me-di-um, cal-ci-um
            Pattern.compile("ii"),
            Pattern.compile("(?<![qg])ua(?!y)"),                     // ac-tu-al, u-su-al, ev-al-u-ate
            Pattern.compile("uou"),                                   // con-tin-u-ous
            Pattern.compile("(?<![qg])uen"),                          // flu-ent, in-flu-ence
            Pattern.compile("(?<!p)eo(?!us$)(?!n$)(?!ne$)"),          // vi-de-o, the-o-ry; not peo-ple, -eous, pi-geon, some-one
            Pattern.compile("iet|(?<![tcs])ient|(?<![tcs])ienc"),      // di-et, so-ci-e-ty, cli-ent, au-di-ence; not pa-tient
            Pattern.compile("ie(?:r|st)$"),                           // ear-li-er, eas-i-est
            Pattern.compile("[aeiouy]ing$"),                          // go-ing, stud-y-ing, be-ing
            Pattern.compile("(?<![aeiouy])isms?$"),                   // mech-a-nism
            Pattern.compile("ea$"),                                   // i-de-a, ar-e-a
            Pattern.compile("^crea(?![ms])|ncreat"),                  // cre-ate, pan-cre-at-ic; not in-crease
            Pattern.compile("^re(?:a(?:ct|li|ss|pp)|e|i[mn]|o|u)"),   // re-act, re-al-i-ty, re-e-val-u-ate, re-in-force
            Pattern.compile("^coag"),                                 // co-ag-u-la-tion
            Pattern.compile("(?<![qg])ui(?:ty|d)"),                   // con-ti-nu-i-ty, flu-id
            Pattern.compile("^coo[pr]"),                              // co-op-er-ate, co-or-di-nate
            Pattern.compile("^pre[aeiou]"),                           // pre-ex-ist-ing
    };
    /** Silent inner e: "like-ly", "state-ment", "care-ful". */
    private static final Pattern SILENT_INNER_E = Pattern.compile("(?<=.)[aeiouy][^aeiouy]{1,2}e(?:ly|ments?|ful|fully|ness|less)$");
    /** Silent -ue after a vowel and g: "fa-tigue", "league", "dia-logue". */
    private static final Pattern SILENT_GUE = Pattern.compile("[aeiouy]gue$");

    private Syllables() {
    }

    /**
     * Syllables of one whitespace-free token (punctuation around it is ignored); 0 when it has no
     * letter or digit.
     */
    public static int count(String token) {
        Matcher m = PARTS.matcher(token.replace("'", "").replace("\u2019", ""));
        int total = 0;
        while (m.find()) {
            String part = m.group();
            if (Character.isDigit(part.charAt(0))) {
                total += numberSyllables(part);
            } else if (isSpelledAcronym(part)) {
                total += spelledSyllables(part);
            } else {
                total += word(part.toLowerCase(Locale.ROOT));
            }
        }
        return total;
    }

    private static int numberSyllables(String digits) {
        int n = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (Character.isDigit(c)) n++;
            else if (c == '.') n++;
        }
        return Math.max(1, n);
    }

    /** An all-caps run read letter by letter: short ones, and ones with no vowel or a consonant cluster. */
    private static boolean isSpelledAcronym(String part) {
        if (part.length() < 2 || !part.equals(part.toUpperCase(Locale.ROOT))) return false;
        String lower = part.toLowerCase(Locale.ROOT);
        if (lower.length() <= 3) return true;
        if (!lower.matches(".*[aeiouy].*")) return true;
        return CONSONANT_RUN.matcher(lower).find();
    }

    private static int spelledSyllables(String part) {
        int n = 0;
        for (int i = 0; i < part.length(); i++) n += Character.toUpperCase(part.charAt(i)) == 'W' ? 3 : 1;
        return n;
    }

    /** Syllables of a lower-case word of letters. */
    static int word(String w) {
        if (w.isEmpty()) return 0;
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean v = isVowel(w, i);
            if (v && !inVowel) groups++;
            inVowel = v;
        }
        int n = groups;
        // silent endings
        if (w.endsWith("e") && !isVowel(w, w.length() - 2) && !consonantLe(w, w.length() - 1) && n > 1) {
            n--;
        } else if (w.endsWith("es") && n > 1 && silentEs(w)) {
            n--;
        } else if (w.endsWith("ed") && n > 1 && silentEd(w)) {
            n--;
        }
        if (SILENT_INNER_E.matcher(w).find() && n > 1) n--;
        if (SILENT_GUE.matcher(w).find() && n > 1) n--;
        for (Pattern p : SPLIT_VOWELS) {
            Matcher m = p.matcher(w);
            while (m.find()) n++;
        }
        return Math.max(1, n);
    }

    private static boolean isVowel(String w, int i) {
        if (i < 0 || i >= w.length()) return false;
        char c = w.charAt(i);
        switch (c) {
            case 'a', 'e', 'i', 'o':
                return true;
            case 'u':
                // qu-, and gu- before a vowel that is followed by a consonant (guide, language, guess)
                if (i > 0 && w.charAt(i - 1) == 'q') return false;
                if (i > 0 && w.charAt(i - 1) == 'g' && i + 2 < w.length() && "aeio".indexOf(w.charAt(i + 1)) >= 0
                        && "aeiouy".indexOf(w.charAt(i + 2)) < 0) {
                    return false;
                }
                return true;
            case 'y':
                // consonant at the start before a vowel (yes, young, year)
                return !(i == 0 && w.length() > 1 && "aeiou".indexOf(w.charAt(1)) >= 0);
            default:
                return false;
        }
    }

    /** "ta-ble", "peo-ple": a final e after consonant + l is sounded. */
    private static boolean consonantLe(String w, int eIndex) {
        return eIndex >= 2 && w.charAt(eIndex - 1) == 'l' && "aeiouyl".indexOf(w.charAt(eIndex - 2)) < 0;
    }

    /** "makes", "types" are one syllable; "cases", "boxes", "changes", "places", "tables" keep the es. */
    private static boolean silentEs(String w) {
        int i = w.length() - 3; // char before "es"
        if (i < 0) return false;
        char c = w.charAt(i);
        if ("sxzaeiouy".indexOf(c) >= 0) return false;
        if ((c == 'h' && i > 0 && (w.charAt(i - 1) == 'c' || w.charAt(i - 1) == 's'))) return false;
        if (c == 'c' || c == 'g') return false;
        return !consonantLe(w, w.length() - 2);
    }

    /** "based", "confirmed" lose the e; "wanted", "needed", "applied", "agreed" do not. */
    private static boolean silentEd(String w) {
        int i = w.length() - 3;
        if (i < 0) return false;
        char c = w.charAt(i);
        if ("tdaeiouy".indexOf(c) >= 0) return false;
        return !consonantLe(w, w.length() - 2); // "enabled" keeps -bled as one syllable
    }
}
