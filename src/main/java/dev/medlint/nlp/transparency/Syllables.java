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
    private static final Pattern CONSONANT_RUN = Pattern.compile("[^aeiouy]{3}");
    /**
     * Vowel pairs and triples that are two syllables, with the exceptions that are one. Each pattern
     * comes with a guard ({@link Guarded}) naming the fixed letters every match has, so the regex
     * only runs on the few words that have them.
     */
    private static final Guarded[] SPLIT_VOWELS = {
            new Guarded("ia", "(?<![tcs])ia|[tc]iat"),                      // tri-al, me-di-a, ra-di-a-tion, as-so-ci-ate; not -tial/-cial/-sia
            new Guarded("io", "io(?![nu])"),                                // bi-ol-o-gy, pe-ri-od, ra-ti-o; not -ion, -ious
            new Guarded("ious", "(?<![tcxgs])ious"),                        // var-i-ous, se-ri-ous; not -tious/-cious/-xious/-gious
            new Guarded("iu", "iu"),                                        // me-di-um, cal-ci-um
            new Guarded("ii", "ii"),
            new Guarded("ua", "(?<![qg])ua(?!y)"),                          // ac-tu-al, u-su-al, ev-al-u-ate
            new Guarded("uou", "uou"),                                      // con-tin-u-ous
            new Guarded("uen", "(?<![qg])uen"),                             // flu-ent, in-flu-ence
            new Guarded("eo", "(?<!p)eo(?!us$)(?!n$)(?!ne$)"),              // vi-de-o, the-o-ry; not peo-ple, -eous, pi-geon, some-one
            new Guarded("iet|ien", "iet|(?<![tcs])ient|(?<![tcs])ienc"),    // di-et, so-ci-e-ty, cli-ent, au-di-ence; not pa-tient
            new Guarded("ier$|iest$", "ie(?:r|st)$"),                       // ear-li-er, eas-i-est
            new Guarded("ing$", "[aeiouy]ing$"),                            // go-ing, stud-y-ing, be-ing
            new Guarded("ism$|isms$", "(?<![aeiouy])isms?$"),               // mech-a-nism
            new Guarded("ea$", "ea$"),                                      // i-de-a, ar-e-a
            new Guarded("crea", "^crea(?![ms])|ncreat"),                    // cre-ate, pan-cre-at-ic; not in-crease
            new Guarded("^re", "^re(?:a(?:ct|li|ss|pp)|e|i[mn]|o|u)"),      // re-act, re-al-i-ty, re-e-val-u-ate, re-in-force
            new Guarded("^coag", "^coag"),                                  // co-ag-u-la-tion
            new Guarded("ui", "(?<![qg])ui(?:ty|d)"),                       // con-ti-nu-i-ty, flu-id
            new Guarded("^coo", "^coo[pr]"),                                // co-op-er-ate, co-or-di-nate
            new Guarded("^pre", "^pre[aeiou]"),                             // pre-ex-ist-ing
    };
    /** Silent inner e: "like-ly", "state-ment", "care-ful". */
    private static final Guarded SILENT_INNER_E = new Guarded("ly$|ment$|ments$|ful$|ness$|less$", // "fully" ends in "ly"
            "(?<=.)[aeiouy][^aeiouy]{1,2}e(?:ly|ments?|ful|fully|ness|less)$");
    /** Silent -ue after a vowel and g: "fa-tigue", "league", "dia-logue". */
    private static final Guarded SILENT_GUE = new Guarded("gue$", "[aeiouy]gue$");

    /**
     * A pattern over lower-case words and a guard that every match satisfies, so a word failing the
     * guard has no match and the regex is not run. The guard is literals of two or more letters
     * separated by {@code |}, one of which the word must contain; {@code ^lit} means the word starts
     * with it, {@code lit$} that it ends with it. Every literal's first two letters are a pair of
     * adjacent letters in a word that has it, so a literal whose pair is not in the word's
     * {@link #pairs(String)} summary is skipped without a string search.
     */
    private static final class Guarded {
        private static final int CONTAINS = 0;
        private static final int PREFIX = 1;
        private static final int SUFFIX = 2;

        private final String[] literals;
        private final int[] kinds;
        private final long[] pairBits;
        private final Pattern pattern;

        Guarded(String guard, String regex) {
            String[] alternatives = guard.split("\\|");
            literals = new String[alternatives.length];
            kinds = new int[alternatives.length];
            pairBits = new long[alternatives.length];
            for (int i = 0; i < alternatives.length; i++) {
                String g = alternatives[i];
                if (g.startsWith("^")) {
                    kinds[i] = PREFIX;
                    g = g.substring(1);
                } else if (g.endsWith("$")) {
                    kinds[i] = SUFFIX;
                    g = g.substring(0, g.length() - 1);
                } else {
                    kinds[i] = CONTAINS;
                }
                if (g.length() < 2) throw new IllegalArgumentException("guard literal shorter than two letters: " + guard);
                literals[i] = g;
                pairBits[i] = pairBit(g.charAt(0), g.charAt(1));
            }
            pattern = Pattern.compile(regex);
        }

        /** Whether the word ({@code pairs} its summary) passes the guard. */
        private boolean admits(String w, long pairs) {
            for (int i = 0; i < literals.length; i++) {
                if ((pairs & pairBits[i]) == 0) continue; // the literal's first pair is not in the word
                boolean has = switch (kinds[i]) {
                    case PREFIX -> w.startsWith(literals[i]);
                    case SUFFIX -> w.endsWith(literals[i]);
                    default -> w.contains(literals[i]);
                };
                if (has) return true;
            }
            return false;
        }

        boolean find(String w, long pairs) {
            return admits(w, pairs) && pattern.matcher(w).find();
        }

        /** Matches of the pattern in the word (as {@code while (m.find()) n++}). */
        int count(String w, long pairs) {
            if (!admits(w, pairs)) return 0;
            int n = 0;
            Matcher m = pattern.matcher(w);
            while (m.find()) n++;
            return n;
        }
    }

    /** A 64-bit summary of the adjacent letter pairs in a word: {@link #pairBit} of each is set. */
    private static long pairs(String w) {
        long bits = 0;
        for (int i = 1; i < w.length(); i++) bits |= pairBit(w.charAt(i - 1), w.charAt(i));
        return bits;
    }

    private static long pairBit(char first, char second) {
        return 1L << ((first * 31 + second) & 63);
    }

    private Syllables() {
    }

    /**
     * Syllables of one whitespace-free token (punctuation around it is ignored); 0 when it has no
     * letter or digit.
     */
    public static int count(String token) {
        String t = token.indexOf('\'') >= 0 || token.indexOf('\u2019') >= 0
                ? token.replace("'", "").replace("\u2019", "") : token;
        // The parts of the token, scanned by code point: a run of letters (\p{L}+), or a run of
        // digits with inner '.' or ',' groups (\p{N}+(?:[.,]\p{N}+)*); anything else separates.
        int total = 0;
        int i = 0;
        int len = t.length();
        while (i < len) {
            int cp = t.codePointAt(i);
            if (Character.isLetter(cp)) {
                int end = i + Character.charCount(cp);
                while (end < len && Character.isLetter(cp = t.codePointAt(end))) end += Character.charCount(cp);
                total += part(t.substring(i, end));
                i = end;
            } else if (isNumber(cp)) {
                int end = numberEnd(t, i + Character.charCount(cp));
                while (end + 1 < len && (t.charAt(end) == '.' || t.charAt(end) == ',') && isNumber(t.codePointAt(end + 1))) {
                    end = numberEnd(t, end + 1);
                }
                total += part(t.substring(i, end));
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
        return total;
    }

    /** \p{N}: a decimal digit, letter number or other number (Character.isDigit is only the first). */
    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The end of the run of \p{N} code points starting at {@code i}. */
    private static int numberEnd(String t, int i) {
        int cp;
        while (i < t.length() && isNumber(cp = t.codePointAt(i))) i += Character.charCount(cp);
        return i;
    }

    private static int part(String part) {
        if (Character.isDigit(part.charAt(0))) return numberSyllables(part);
        if (isSpelledAcronym(part)) return spelledSyllables(part);
        return word(part.toLowerCase(Locale.ROOT));
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
        if (part.length() < 2 || !isUpperCase(part)) return false;
        String lower = part.toLowerCase(Locale.ROOT);
        if (lower.length() <= 3) return true;
        if (!hasVowel(lower)) return true;
        return CONSONANT_RUN.matcher(lower).find();
    }

    /** {@code part.equals(part.toUpperCase(Locale.ROOT))}, without the copy for ASCII words. */
    private static boolean isUpperCase(String part) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c >= 'a' && c <= 'z') return false; // upper-casing never yields ASCII lower case
            if (c >= 0x80) return part.equals(part.toUpperCase(Locale.ROOT));
        }
        return true;
    }

    private static boolean hasVowel(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if ("aeiouy".indexOf(lower.charAt(i)) >= 0) return true;
        }
        return false;
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
        long pairs = pairs(w);
        if (SILENT_INNER_E.find(w, pairs) && n > 1) n--;
        if (SILENT_GUE.find(w, pairs) && n > 1) n--;
        for (Guarded p : SPLIT_VOWELS) n += p.count(w, pairs);
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
