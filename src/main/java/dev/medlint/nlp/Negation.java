package dev.medlint.nlp;

import dev.medlint.pack.Pack;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NegEx-style negation and hedging scope for one sentence.
 *
 * <p>A term (a character range of a sentence) is <em>negated</em> when a pre-negation trigger ("no",
 * "not", "never", "does not", "without", ...) stands before it, or a post-negation trigger ("has not
 * been shown", "are unproven", ...) follows it, in the same clause and within a window of tokens.
 * Pseudo-triggers ("not only", "no doubt", "not necessarily", ...) contain a trigger word but do not
 * negate. A clause ends at a terminator (";", ":", "but", "however", "although", "which", a comma
 * that opens a new clause such as ", it" or ", so", ...). A term is <em>hedged</em> when a hedge cue
 * ("may", "could", "hope", "is being studied", ...) stands before it in its clause within the window,
 * or a post-hedge ("is being studied", "remains unproven") follows it.
 *
 * <p>All term lists are data in the pack: {@code lexicons/negation-triggers.txt},
 * {@code negation-post-triggers.txt}, {@code negation-pseudo.txt}, {@code negation-terminators.txt},
 * {@code negation-hedges.txt} and {@code negation-post-hedges.txt}; the window is the pack setting
 * {@code negation-window} (tokens, default {@value #DEFAULT_WINDOW}). Lexicon entries follow
 * {@link #phrasePattern(Collection)}. Instances are immutable and thread-safe.
 */
public final class Negation {
    /** Tokens allowed between a trigger and the term when the pack sets no {@code negation-window}. */
    public static final int DEFAULT_WINDOW = 8;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NEVER = Pattern.compile("(?!)");

    // Fallback lists for packs without negation lexicons (and the deprecated no-arg constructor).
    private static final List<String> FALLBACK_TRIGGERS = List.of("no", "not", "never", "none", "neither", "nor",
            "without", "cannot", "can't", "won't", "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't",
            "didn't", "hasn't", "haven't", "hadn't", "shouldn't", "absence of", "free of", "lack of", "fails to",
            "failed to");
    private static final List<String> FALLBACK_PSEUDO = List.of("not only", "not necessarily", "no doubt", "no change");
    private static final List<String> FALLBACK_TERMINATORS = List.of(";", ":", "but", "however", "although",
            "though", "yet", "whereas", "except");

    private final Pattern pre;
    private final Pattern post;
    private final Pattern pseudo;
    private final Pattern terminator;
    private final Pattern hedge;
    private final Pattern postHedge;
    private final int window;

    /** Builds the detector from the pack's negation lexicons and {@code negation-window} setting. */
    public Negation(Pack pack) {
        this(orElse(pack.lexicon("negation-triggers"), FALLBACK_TRIGGERS),
                pack.lexicon("negation-post-triggers"),
                orElse(pack.lexicon("negation-pseudo"), FALLBACK_PSEUDO),
                orElse(pack.lexicon("negation-terminators"), FALLBACK_TERMINATORS),
                pack.lexicon("negation-hedges"),
                pack.lexicon("negation-post-hedges"),
                (int) pack.setting("negation-window", DEFAULT_WINDOW));
    }

    /**
     * The detector with the small built-in trigger lists and no hedge cues, built once and shared
     * (it is immutable): the annotators that use the built-in lists no longer compile the same
     * patterns each.
     */
    public static Negation builtIn() {
        return BuiltIn.INSTANCE;
    }

    private static final class BuiltIn {
        static final Negation INSTANCE = new Negation(FALLBACK_TRIGGERS, List.of(), FALLBACK_PSEUDO, FALLBACK_TERMINATORS,
                List.of(), List.of(), DEFAULT_WINDOW);
    }

    /**
     * A detector with the small built-in trigger lists and no hedge cues.
     *
     * @deprecated use {@link #Negation(Pack)}, whose lists a reviewer can edit; kept so code written
     *     against the first API still compiles.
     */
    @Deprecated
    public Negation() {
        this(FALLBACK_TRIGGERS, List.of(), FALLBACK_PSEUDO, FALLBACK_TERMINATORS, List.of(), List.of(), DEFAULT_WINDOW);
    }

    /** A detector from explicit lists (entries as in {@link #phrasePattern(Collection)}). */
    public Negation(Collection<String> preTriggers, Collection<String> postTriggers, Collection<String> pseudoTriggers,
                    Collection<String> terminators, Collection<String> hedges, Collection<String> postHedges, int window) {
        if (window < 1) throw new IllegalArgumentException("negation window must be at least 1 token, got " + window);
        this.pre = phrasePattern(preTriggers);
        this.post = phrasePattern(postTriggers);
        this.pseudo = phrasePattern(pseudoTriggers);
        this.terminator = phrasePattern(terminators);
        this.hedge = phrasePattern(hedges);
        this.postHedge = phrasePattern(postHedges);
        this.window = window;
    }

    /** True when characters [start, end) of {@code sentence} stand in the scope of a negation. */
    public boolean isNegated(String sentence, int start, int end) {
        checkRange(sentence, start, end);
        return cueBefore(sentence, start, pre, true) || cueAfter(sentence, end, post, true);
    }

    /**
     * True when characters [start, end) of {@code sentence} are hedged: presented as a possibility,
     * hope, hypothesis or open question rather than asserted.
     */
    public boolean isHedged(String sentence, int start, int end) {
        checkRange(sentence, start, end);
        return cueBefore(sentence, start, hedge, false) || cueAfter(sentence, end, postHedge, false);
    }

    /** True when the range is negated or hedged, i.e. not an affirmative assertion. */
    public boolean isNegatedOrHedged(String sentence, int start, int end) {
        return isNegated(sentence, start, end) || isHedged(sentence, start, end);
    }

    /** Start of the clause holding offset {@code at}: just after the last terminator ending at or before it. */
    public int clauseStart(String sentence, int at) {
        int cs = 0;
        Matcher m = terminator.matcher(sentence);
        while (m.find() && m.end() <= at) {
            if (m.start() < m.end()) cs = m.end();
        }
        // An introductory subordinate clause ("Because it works rather than ..., X is ...") ends
        // at its comma: a negation inside it does not reach the main clause.
        Matcher intro = INTRODUCTORY.matcher(sentence).region(cs, at);
        if (intro.lookingAt()) {
            int comma = sentence.lastIndexOf(',', at - 1);
            if (comma >= cs + intro.end() - intro.start()) cs = comma + 1;
        }
        return cs;
    }

    private static final Pattern INTRODUCTORY = Pattern.compile(
            "\\s*(?:because|since|as|although|though|even\\s+though|if|when|whenever|while|unless|after|before|once|rather\\s+than|unlike|instead\\s+of|without|despite|in\\s+contrast\\s+to)\\b",
            Pattern.CASE_INSENSITIVE);

    /** End of the clause holding offset {@code at}: the start of the first terminator at or after it. */
    public int clauseEnd(String sentence, int at) {
        Matcher m = terminator.matcher(sentence);
        while (m.find()) {
            if (m.start() >= at) return m.start();
        }
        return sentence.length();
    }

    private boolean cueBefore(String s, int start, Pattern cues, boolean excludePseudo) {
        // Most terms have no cue anywhere before them. A cue inside the clause is also a match of
        // the same pattern in [0, start) (same region end, transparent bounds), so when there is
        // none there, finding the clause start (a scan for terminators) can be skipped.
        if (!region(cues, s, 0, start).find()) return false;
        int cs = clauseStart(s, start);
        Matcher m = region(cues, s, cs, start);
        while (m.find()) {
            if (excludePseudo && insidePseudo(s, m.start(), m.end())) continue;
            if (tokens(s, m.end(), start) <= window) return true;
        }
        return false;
    }

    private boolean cueAfter(String s, int end, Pattern cues, boolean excludePseudo) {
        // As in cueBefore: no match in [end, length) means none in the clause [end, clause end).
        if (!region(cues, s, end, s.length()).find()) return false;
        int ce = clauseEnd(s, end);
        Matcher m = region(cues, s, end, ce);
        while (m.find()) {
            if (excludePseudo && insidePseudo(s, m.start(), m.end())) continue;
            if (tokens(s, end, m.start()) <= window) return true;
        }
        return false;
    }

    private boolean insidePseudo(String s, int start, int end) {
        Matcher p = pseudo.matcher(s);
        while (p.find()) {
            if (p.start() <= start && p.end() >= end) return true;
            if (p.start() > end) break;
        }
        return false;
    }

    private static Matcher region(Pattern p, String s, int from, int to) {
        Matcher m = p.matcher(s);
        m.region(from, Math.max(from, to));
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
    }

    private static int tokens(String s, int from, int to) {
        if (to <= from) return 0;
        Matcher t = TOKEN.matcher(s);
        t.region(from, to);
        int n = 0;
        while (t.find()) n++;
        return n;
    }

    private static void checkRange(String s, int start, int end) {
        if (start < 0 || end < start || end > s.length()) {
            throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") of a sentence of " + s.length());
        }
    }

    private static List<String> orElse(List<String> list, List<String> fallback) {
        return list.isEmpty() ? fallback : list;
    }

    /**
     * Compiles lexicon entries into one case-insensitive pattern that prefers the longest entry.
     * Conventions: words match whole words; a space or a hyphen matches a run of whitespace or a
     * hyphen (ASCII or Unicode), so "risk-free" also finds "risk free" and "game changer" finds
     * "game-changer"; an apostrophe
     * matches ' or ’; a trailing {@code *} matches any word ending ("hope*" finds hopes, hoped); other
     * punctuation matches itself (", which" needs the comma, then whitespace, then "which").
     * An empty list gives a pattern that matches nothing.
     */
    public static Pattern phrasePattern(Collection<String> entries) {
        List<String> sorted = new ArrayList<>();
        for (String e : entries) {
            String t = e.strip().toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) sorted.add(t);
        }
        if (sorted.isEmpty()) return NEVER;
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        // Entries that start with a letter or digit share one word-boundary check and a guard on
        // their possible first characters, so find() skips most positions after one test instead
        // of trying every alternative (and its look-behind) at every offset. At any one offset only
        // one of the two groups can match, so the longest-first order is kept.
        StringBuilder words = new StringBuilder();
        StringBuilder others = new StringBuilder();
        StringBuilder firsts = new StringBuilder();
        for (String t : sorted) {
            String body = t.endsWith("*") ? t.substring(0, t.length() - 1) : t;
            boolean word = !body.isEmpty() && isWordChar(body.charAt(0));
            StringBuilder alt = word ? words : others;
            if (alt.length() > 0) alt.append('|');
            alt.append(entryRegex(t));
            if (word && firsts.indexOf(String.valueOf(body.charAt(0))) < 0) firsts.append(body.charAt(0));
        }
        StringBuilder re = new StringBuilder("(?:");
        if (words.length() > 0) re.append("(?<![\\p{L}\\p{N}])(?=[").append(firsts).append("])(?:").append(words).append(')');
        if (others.length() > 0) re.append(words.length() > 0 ? "|" : "").append(others);
        return Pattern.compile(re.append(')').toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String entryRegex(String t) {
        boolean wildcard = t.endsWith("*");
        if (wildcard) t = t.substring(0, t.length() - 1);
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                while (i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1))) i++;
                re.append("(?:\\s+|[-\\u2010\\u2011]\\s*)");
            } else if (c == '-' || c == '\u2010' || c == '\u2011') {
                re.append("(?:[-\\u2010\\u2011]\\s*|\\s+)");
            } else if (c == '\'' || c == '\u2019') {
                re.append("['\\u2019]");
            } else if (isWordChar(c)) {
                re.append(Pattern.quote(String.valueOf(c)));
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (wildcard) {
            re.append("[\\p{L}\\p{N}]*");
        }
        if (!t.isEmpty() && (wildcard || isWordChar(t.charAt(t.length() - 1)))) re.append("(?![\\p{L}\\p{N}])");
        return re.toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
