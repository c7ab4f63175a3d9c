package dev.medlint.nlp.prohibited;

import dev.medlint.nlp.Negation;
import dev.medlint.pack.Pack;
import dev.medlint.page.Block;
import dev.medlint.page.BlockKind;
import dev.medlint.page.Page;
import dev.medlint.page.Role;
import dev.medlint.page.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Helpers shared by the prohibited-content annotators. Stateless. */
final class Prose {
    /** An EnumSet: membership is a bit test (this runs for every block, once per annotator). */
    private static final Set<BlockKind> SKIPPED = java.util.EnumSet.of(BlockKind.TITLE, BlockKind.HEADING, BlockKind.CODE, BlockKind.HTML);
    private static final Set<String> SKIPPED_SECTIONS = Set.of("disclaimer", "references");

    private Prose() {
    }

    /**
     * The sentences the prohibited-content rules look at: body prose (paragraphs, list items, quotes,
     * tables), never the title, headings, code, HTML, disclaimer, footer or references.
     */
    static Stream<Sentence> bodySentences(Page page) {
        return page.blocks().filter(Prose::isScanned).flatMap(b -> b.sentences().stream());
    }

    static boolean isScanned(Block b) {
        return b.role() == Role.BODY && !SKIPPED.contains(b.kind()) && !SKIPPED_SECTIONS.contains(b.sectionKey());
    }

    /** A required lexicon of the pack; a pack without it is misconfigured. */
    static List<String> lexicon(Pack pack, String name) {
        List<String> l = pack.lexicon(name);
        if (l.isEmpty()) {
            throw new IllegalArgumentException(pack.displayDir() + "/lexicons/" + name + ".txt is missing or empty");
        }
        return l;
    }

    static Pattern phrases(Pack pack, String name) {
        return Negation.phrasePattern(lexicon(pack, name));
    }

    /** Matches a drug-like word (a generic name ending in one of the pack's INN stems). */
    static Pattern drugNames(Pack pack) {
        List<String> stems = new ArrayList<>();
        StringBuilder firsts = new StringBuilder();
        boolean guarded = true;
        for (String s : lexicon(pack, "drug-name-suffixes")) {
            String stem = s.toLowerCase(Locale.ROOT);
            stems.add(Pattern.quote(stem));
            if (stem.isEmpty() || !Character.isLetter(stem.charAt(0))) guarded = false;
            else if (firsts.indexOf(stem.substring(0, 1)) < 0) firsts.append(stem.charAt(0));
        }
        // \p{L}{3,} backtracks through every letter of each word and tries all the stems at each
        // step; a look-ahead on the stems' first letters (same flags, so the same case folding, as
        // in Negation.phrasePattern) rejects most steps with one test. It only repeats a condition
        // the alternation checks anyway, so the matches are the same.
        String guard = guarded && firsts.length() > 0 ? "(?=[" + firsts + "])" : "";
        return Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}{3,}" + guard + "(?:" + String.join("|", stems) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The page's compound as a whole-word pattern, or a pattern matching nothing when unknown. */
    static Pattern compound(Page page) {
        String c = page.compound().strip();
        if (c.isEmpty()) return Pattern.compile("(?!)");
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(c) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** {@link Cues} of {@link #compound(Page)}: same stripped name, same whole-word matching. */
    static Cues compoundCues(Page page) {
        String c = page.compound().strip();
        return c.isEmpty() ? Cues.none() : Cues.literal(c);
    }

    /** True when the sentence is a question. */
    static boolean isQuestion(String sentence) {
        return sentence.stripTrailing().endsWith("?");
    }

    /** Character ranges [start, end) of quoted stretches: "...", “...”, ‘...’ and '...' (not apostrophes). */
    static List<int[]> quotedRanges(String s) {
        List<int[]> out = new ArrayList<>();
        quoted(s, '"', '"', out);
        quoted(s, '\u201C', '\u201D', out);
        quoted(s, '\u2018', '\u2019', out);
        quoted(s, '\'', '\'', out);
        return out;
    }

    private static void quoted(String s, char open, char close, List<int[]> out) {
        int i = 0;
        while (i < s.length()) {
            int o = s.indexOf(open, i);
            if (o < 0) return;
            boolean symmetric = open == close || open == '\u2018';
            if (symmetric && o > 0 && Character.isLetterOrDigit(s.charAt(o - 1))) {
                i = o + 1; // an apostrophe inside a word ("don't"), not an opening quote
                continue;
            }
            int c = o + 1;
            while (true) {
                c = s.indexOf(close, c);
                if (c < 0) return;
                boolean wordAfter = c + 1 < s.length() && Character.isLetter(s.charAt(c + 1));
                if (!(symmetric && wordAfter)) break;
                c++;
            }
            out.add(new int[] {o + 1, c});
            i = c + 1;
        }
    }

    static boolean inside(List<int[]> ranges, int start, int end) {
        for (int[] r : ranges) {
            if (start >= r[0] && end <= r[1]) return true;
        }
        return false;
    }

    /** Number of word tokens in [from, to) of s. */
    static int tokens(String s, int from, int to) {
        if (to <= from) return 0;
        Matcher m = WORD.matcher(s);
        m.region(from, to);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Whether [start, end) overlaps a range already taken (ranges as {start, end}). */
    static boolean overlaps(java.util.List<int[]> taken, int start, int end) {
        for (int[] t : taken) {
            if (start < t[1] && end > t[0]) return true;
        }
        return false;
    }
}
