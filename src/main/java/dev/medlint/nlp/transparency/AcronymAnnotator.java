package dev.medlint.nlp.transparency;

import dev.medlint.facts.UndefinedAcronym;
import dev.medlint.nlp.Annotator;
import dev.medlint.pack.Pack;
import dev.medlint.page.Block;
import dev.medlint.page.MappedText;
import dev.medlint.page.Page;
import dev.medlint.page.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link UndefinedAcronym} facts for {@code acronym-undefined} (catalogue decision 11).
 *
 * <p>An acronym is a run of all-caps hyphen parts with at least two letters; digits and hyphens are
 * allowed ("NSCLC", "PD-L1", "CTLA-4", "HER2", "5-FU"), a plural "s" is dropped ("TKIs" is TKI),
 * and an acronym inside a hyphenated word counts ("FDA-approved", "anti-PD-1"). The body's blocks
 * are read in page order; the first use of each acronym in body running text (paragraphs, list
 * items, quotes, tables; not the title or headings, disclaimer or footer) is reported unless it is
 * expanded there or was expanded before. An expansion is the words next to the acronym in
 * parentheses, either order ("non-small cell lung cancer (NSCLC)", "NSCLC (non-small cell lung
 * cancer)"), whose initials plausibly spell it: every letter is matched in order, the first at the
 * first word's initial, at least half at word initials, small words (of, and, the, ...) free and at
 * most half as many other words unused ("human epidermal growth factor receptor 2 (HER2)").
 * Expansions in headings count too.
 *
 * <p>Never reported: Roman numerals (I to XXXIX), the pack's {@code lexicons/acronym-allowlist.txt}
 * (consumer-known acronyms, units such as IU, identifier labels), ordinary words written in
 * capitals for emphasis ({@code lexicons/acronym-ordinary-words.txt}) and every word of a sentence
 * written mostly in capitals, identifiers and codes (NCT/PMID numbers, any acronym with three or more
 * digits such as KEYNOTE-189 or MK-3475), mutations (V600E), trial names (mixed case such as
 * IMpower150 is never all-caps; a pronounceable name of five or more letters followed by a number,
 * or of four or more followed by "trial"/"study": PALOMA-3, SURMOUNT 1, the FLAURA trial, the STEP 1
 * trial) and long pronounceable all-caps words (brand names such as OPDIVO). Thread-safe.
 */
public final class AcronymAnnotator implements Annotator {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-\\u2010\\u2011][\\p{L}\\p{N}]+)*");
    private static final Pattern HYPHEN = Pattern.compile("[-\\u2010\\u2011]");
    private static final Pattern CAPS = Pattern.compile("[A-Z][A-Z0-9]*");
    private static final Pattern CAPS_PLURAL = Pattern.compile("([A-Z][A-Z0-9]*[A-Z0-9])s");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern ROMAN = Pattern.compile("(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})");
    private static final Pattern IDENTIFIER = Pattern.compile("(?:NCT|PMID|PMCID|PMC|ISRCTN|EUDRACT|DOI|ISBN|ISSN)\\d*");
    private static final Pattern CONSONANT_CLUSTER = Pattern.compile("[^AEIOUY]{3}");
    private static final Pattern MUTATION = Pattern.compile("[A-Z]\\d+[A-Z]");
    private static final Pattern TRIAL_CONTEXT = Pattern.compile("\\b(?:trials?|stud(?:y|ies))\\b", Pattern.CASE_INSENSITIVE);

    /** "trial(s)"/"study" within a few words before or after the name. */
    private static boolean trialNear(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 40), start);
        String after = text.substring(end, Math.min(text.length(), end + 60));
        return TRIAL_BEFORE.matcher(before).matches() || TRIAL_AFTER.matcher(after).matches();
    }

    private static final Pattern TRIAL_BEFORE = Pattern.compile("(?is).*\\b(?:trials?|stud(?:y|ies))\\b[^.;]*$");
    private static final Pattern TRIAL_AFTER = Pattern.compile("(?is)^[^.;]*?\\b(?:trials?|stud(?:y|ies))\\b.*");

    /** After a trial name: an optional number, then "trial", "study", ... ("the STEP 1 trial", "the FLAURA study"). */
    private static final Pattern TRIAL_NOUN = Pattern.compile("^(?:[-\\s]\\d{1,3}[a-z]?)?\\s+(?:trials?|study|studies|programm?e?s?|cohorts?)\\b", Pattern.CASE_INSENSITIVE);
    /** A small whole number right after a name ("SURMOUNT 1"). */
    private static final Pattern NUMBER_AFTER = Pattern.compile("^\\s\\d{1,3}\\b(?![.,]\\d)");
    private static final Pattern OPEN_PAREN_BEFORE = Pattern.compile("\\(\\s*[\"“]?$");
    private static final Pattern CLOSE_AFTER = Pattern.compile("^[\"”]?\\s*[);,]");
    private static final Pattern PAREN_AFTER = Pattern.compile("^\\s*\\(([^()]*)\\)");
    private static final Pattern LEAD_IN = Pattern.compile("^(?:i\\.?e\\.?,?|or|also\\s+(?:called|known\\s+as)|short\\s+for|for|meaning)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "for", "in", "to", "with", "a", "an", "on", "by",
            "or", "from", "at", "as", "de", "&");

    private final Set<String> allow;
    private final Set<String> ordinary;

    public AcronymAnnotator(Pack pack) {
        Set<String> a = new HashSet<>();
        for (String s : Lexicons.upperSet(pack, "acronym-allowlist")) {
            a.add(s);
            a.add(HYPHEN.matcher(s).replaceAll(""));
        }
        this.allow = Set.copyOf(a);
        this.ordinary = Lexicons.upperSet(pack, "acronym-ordinary-words");
    }

    /** One acronym occurrence in a block's text: [start, end), as written, and its key. */
    record Run(int start, int end, String written, String key) {
    }

    @Override
    public void annotate(Page page, Consumer<Object> facts) {
        Map<String, Boolean> settled = new HashMap<>(); // key -> defined (true) or reported (false)
        page.blocks().filter(b -> b.role() == Role.BODY && TextUnits.isText(b)).forEach(b -> {
            boolean prose = TextUnits.isRunningText(b);
            String text = b.text();
            List<int[]> shouted = null; // computed only for blocks with a new, non-ignorable run
            for (Run r : runs(text)) {
                if (settled.containsKey(r.key()) || ignorable(r, text)) continue;
                if (shouted == null) shouted = shoutedRanges(b);
                if (inside(shouted, b.mapped(), r.start())) continue;
                if (definedHere(text, r)) {
                    settled.put(r.key(), true);
                } else if (prose) {
                    settled.put(r.key(), false);
                    facts.accept(new UndefinedAcronym(b.mapped().span(r.start(), r.end()), r.written()));
                }
            }
        });
    }

    /**
     * All acronym runs of a text, in order. Tokens are the maximal stretches {@link #TOKEN} matches
     * (letters and numbers, single hyphens between them), found by a scan of the characters; only a
     * token with an ASCII capital can hold a run (every run has a part matching {@link #CAPS} or
     * {@link #CAPS_PLURAL}), so the others are passed over without looking at their parts.
     */
    static List<Run> runs(String text) {
        List<Run> out = new ArrayList<>();
        int n = text.length();
        int p = 0;
        while (p < n) {
            int cp = text.codePointAt(p);
            if (!isTokenChar(cp)) {
                p += Character.charCount(cp);
                continue;
            }
            int start = p;
            boolean capital = false;
            // one token: token characters, and a hyphen only when a token character follows it
            while (p < n) {
                cp = text.codePointAt(p);
                if (isTokenChar(cp)) {
                    if (cp >= 'A' && cp <= 'Z') capital = true;
                    p += Character.charCount(cp);
                } else if (isHyphen(cp) && p + 1 < n && isTokenChar(text.codePointAt(p + 1))) {
                    p++;
                } else {
                    break;
                }
            }
            if (capital) tokenRuns(text, start, p, out);
        }
        return out;
    }

    /** Whether {@link #TOKEN} takes the code point for a letter or number ({@code [\p{L}\p{N}]}). */
    private static boolean isTokenChar(int cp) {
        if (cp < 128) return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** {@link #HYPHEN}: hyphen-minus, hyphen, non-breaking hyphen. */
    private static boolean isHyphen(int c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** The runs of the token text[tokenStart, tokenEnd), whose parts are separated by single hyphens. */
    private static void tokenRuns(String text, int tokenStart, int tokenEnd, List<Run> out) {
        List<int[]> parts = new ArrayList<>(); // [start, end) in text
        int from = tokenStart;
        for (int k = tokenStart; k < tokenEnd; k++) {
            if (isHyphen(text.charAt(k))) {
                parts.add(new int[] {from, k});
                from = k + 1;
            }
        }
        parts.add(new int[] {from, tokenEnd});
        int i = 0;
        while (i < parts.size()) {
            int j = i;
            boolean hasCaps = false;
            boolean plural = false;
            while (j < parts.size()) {
                int ps = parts.get(j)[0];
                int pe = parts.get(j)[1];
                if (isCaps(text, ps, pe)) {
                    hasCaps = true;
                } else if (isDigits(text, ps, pe)) {
                    // digits belong to the run around them
                } else if (pe - ps >= 3 && text.charAt(pe - 1) == 's' && isCaps(text, ps, pe - 1)) { // CAPS_PLURAL
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
                // digit parts belong to the run: "5-FU", "CTLA-4", "PD-L1"
                int start = parts.get(i)[0];
                int end = parts.get(j - 1)[1];
                String written = text.substring(start, end);
                String acronym = plural ? written.substring(0, written.length() - 1) : written;
                if (letters(acronym) >= 2) {
                    out.add(new Run(start, end, acronym, HYPHEN.matcher(acronym).replaceAll("").toUpperCase(Locale.ROOT)));
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** {@link #CAPS} on text[s, e): an ASCII capital, then ASCII capitals and digits. */
    private static boolean isCaps(String text, int s, int e) {
        if (e <= s) return false;
        char c = text.charAt(s);
        if (c < 'A' || c > 'Z') return false;
        for (int k = s + 1; k < e; k++) {
            c = text.charAt(k);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    /** {@link #DIGITS} on text[s, e): ASCII digits only. */
    private static boolean isDigits(String text, int s, int e) {
        if (e <= s) return false;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private boolean ignorable(Run r, String text) {
        String a = r.written();
        String upper = a.toUpperCase(Locale.ROOT);
        if (allow.contains(upper) || allow.contains(r.key())) return true;
        String[] parts = HYPHEN.split(a);
        if (parts.length == 1 && (ROMAN.matcher(a).matches() || ordinary.contains(upper))) return true;
        if (IDENTIFIER.matcher(r.key()).matches() || MUTATION.matcher(a).matches()) return true;
        if (digits(a) >= 3) return true; // identifiers and codes: KEYNOTE-189, MK-3475, NCT01234567, CA-125
        String first = parts[0];
        if (first.chars().allMatch(Character::isLetter)) {
            // trial names: PALOMA-3, SURMOUNT 1, the FLAURA trial, the STEP 1 trial
            boolean numbered = parts.length > 1 && DIGITS.matcher(parts[parts.length - 1]).matches() || startsAfter(NUMBER_AFTER, text, r.end());
            // a numbered word of five or more letters with two vowels is a name, even with a consonant
            // cluster: TRANSFORM-2, STRENGTH-1, SPRINT 3 (CTLA-4 and BRCA1 are too short)
            if (first.length() >= 5 && numbered && (pronounceable(first, 0.3) || vowelCount(first) >= 2)) return true;
            if (first.length() >= 4 && parts.length == 1 && pronounceable(first, 0.2) && startsAfter(TRIAL_NOUN, text, r.end())) return true;
            // a numbered name in a list of trials: "trials, ZOE-50 (NCT01165177) and ZOE-70", "the ZOE-50 and ZOE-70 studies"
            if (first.length() >= 3 && numbered && pronounceable(first, 0.3) && TRIAL_CONTEXT.matcher(text).find()
                    && trialNear(text, r.start(), r.end())) return true;
        }
        return parts.length == 1 && a.length() >= 6 && a.chars().allMatch(Character::isLetter) && pronounceable(a, 0.4);
    }

    private static long vowelCount(String word) {
        return word.toUpperCase(Locale.ROOT).chars().filter(c -> "AEIOU".indexOf(c) >= 0).count();
    }

    /** Vowels (Y included) make up at least {@code ratio} of the letters and no three consonants run together. */
    private static boolean pronounceable(String word, double ratio) {
        String w = word.toUpperCase(Locale.ROOT);
        long vowels = w.chars().filter(c -> "AEIOUY".indexOf(c) >= 0).count();
        return vowels > 0 && vowels >= ratio * w.length() && !CONSONANT_CLUSTER.matcher(w).find();
    }

    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");

    /**
     * The catalogue's plain reading of an expansion, "the words next to the acronym in parentheses",
     * for acronyms whose letters are not all initials in order ("transthyretin amyloid cardiomyopathy
     * (ATTR-CM)"): the acronym's first letter and two thirds of its letters are initials of the
     * words just before it.
     */
    private static boolean loosely(String letters, List<String> words) {
        String alpha = NOT_LETTER.matcher(letters).replaceAll("");
        if (alpha.length() < 2 || words.isEmpty()) return false;
        StringBuilder initials = new StringBuilder();
        for (String w : words) if (!SMALL_WORDS.contains(w)) initials.append(w.charAt(0));
        if (initials.indexOf(String.valueOf(alpha.charAt(0))) < 0) return false;
        int hits = 0;
        for (int i = 0; i < alpha.length(); i++) if (initials.indexOf(String.valueOf(alpha.charAt(i))) >= 0) hits++;
        return hits * 3 >= alpha.length() * 2 && initials.length() >= 2;
    }

    /** Whether the acronym at this occurrence stands next to its expansion in parentheses. */
    static boolean definedHere(String text, Run r) {
        String letters = NOT_ALNUM.matcher(r.written()).replaceAll("").toLowerCase(Locale.ROOT);
        // "long form (ACR)"
        Matcher open = OPEN_PAREN_BEFORE.matcher(text).region(0, r.start());
        if (openParenLast(text, r.start()) && open.find() && startsAfter(CLOSE_AFTER, text, r.end())) {
            String longForm = text.substring(0, open.start());
            int cut = Math.max(Math.max(longForm.lastIndexOf('('), longForm.lastIndexOf(')')),
                    Math.max(longForm.lastIndexOf(". "), Math.max(longForm.lastIndexOf(';'), longForm.lastIndexOf(':'))));
            List<String> words = words(longForm.substring(cut + 1));
            int max = Math.min(letters.length() + 5, letters.length() * 2);
            for (int s = Math.max(0, words.size() - max); s < words.size(); s++) {
                if (words.get(s).charAt(0) == letters.charAt(0) && !SMALL_WORDS.contains(words.get(s))
                        && Expansion.matches(letters, words.subList(s, words.size()), true, SMALL_WORDS)) {
                    return true;
                }
            }
            if (loosely(letters, words.subList(Math.max(0, words.size() - Math.min(letters.length() + 1, 8)), words.size()))) return true;
        }
        // "ACR (long form)"
        Matcher paren = PAREN_AFTER.matcher(text).region(r.end(), text.length());
        if (paren.lookingAt()) {
            String inner = CLAUSE_BREAK.split(paren.group(1), 2)[0].strip();
            inner = LEAD_IN.matcher(inner).replaceFirst("");
            List<String> words = new ArrayList<>(words(inner));
            while (!words.isEmpty() && SMALL_WORDS.contains(words.get(0))) words.remove(0);
            return !words.isEmpty() && Expansion.matches(letters, words, false, SMALL_WORDS);
        }
        return false;
    }

    /**
     * Whether a pattern anchored with {@code ^} (and no MULTILINE) finds a match in text.substring(from):
     * the same as a match at the start of the region [from, end) (default anchoring and opaque bounds
     * make the region behave like the substring), without copying the rest of the text or trying every
     * start position.
     */
    // compiled once (were String.replaceAll/split calls, which compile their pattern on every call)
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-\\u2010\\u2011/]+");
    private static final Pattern WORD_EDGES = Pattern.compile("^[^\\p{L}\\p{N}&]+|[^\\p{L}\\p{N}&]+$");

    private static boolean startsAfter(Pattern anchored, String text, int from) {
        return anchored.matcher(text).region(from, text.length()).lookingAt();
    }

    /**
     * Necessary condition for {@link #OPEN_PAREN_BEFORE} in text[0, end): between its "(" and the end
     * there are only whitespace ({@code \\s}), a quote and a final line terminator, so the "(" is the
     * last character before end that is none of these.
     */
    private static boolean openParenLast(String text, int end) {
        for (int k = end - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '"' || c == '\u201C'
                    || c == '\u0085' || c == '\u2028' || c == '\u2029') continue;
            return c == '(';
        }
        return false;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : WORD_BREAK.split(s.toLowerCase(Locale.ROOT))) {
            String t = WORD_EDGES.matcher(w).replaceAll("").replace("'", "").replace("’", "");
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /** Source-offset ranges of the block's sentences written mostly in capitals (shouted text). */
    private List<int[]> shoutedRanges(Block b) {
        List<int[]> out = new ArrayList<>();
        for (MappedText s : TextUnits.sentences(b)) {
            if (isShouted(s.text())) out.add(new int[] {s.sourceOffset(0), s.sourceOffset(s.length())});
        }
        return out;
    }

    boolean isShouted(String sentence) {
        int words = 0;
        int caps = 0;
        boolean ordinaryWord = false;
        Matcher t = TOKEN.matcher(sentence);
        while (t.find()) {
            String w = t.group();
            if (w.chars().noneMatch(Character::isLetter)) continue;
            words++;
            if (letters(w) >= 2 && w.equals(w.toUpperCase(Locale.ROOT))) {
                caps++;
                if (ordinary.contains(w)) ordinaryWord = true;
            }
        }
        return words >= 3 && caps >= 0.6 * words && ordinaryWord;
    }

    private static boolean inside(List<int[]> ranges, MappedText t, int index) {
        int o = t.sourceOffset(index);
        for (int[] r : ranges) {
            if (o >= r[0] && o < r[1]) return true;
        }
        return false;
    }

    private static int letters(String s) {
        return (int) s.chars().filter(Character::isLetter).count();
    }

    private static int digits(String s) {
        return (int) s.chars().filter(Character::isDigit).count();
    }
}
