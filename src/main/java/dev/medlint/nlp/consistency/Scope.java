package dev.medlint.nlp.consistency;

import dev.medlint.nlp.Negation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Negation and hypothetical scope around a term. A term is negated when {@link Negation} says so
 * and a trigger also stands in the term's own comma-delimited stretch (so "Although not curative,
 * it is approved" is not a negated approval), with one allowance for adjective lists ("No
 * large-scale, randomized trials"). Thread-safe.
 */
final class Scope {
    private static final Pattern LOCAL_TRIGGER = Pattern.compile(
            "\\b(?:no|not|never|none|neither|nor|without|cannot|lacks?|lacking|lack of|absence of|fails? to|failed to|yet to)\\b|n't\\b",
            Pattern.CASE_INSENSITIVE);
    /** Triggers the shared {@link Negation} may not know; they count within the local stretch. */
    private static final Pattern OWN_TRIGGER = Pattern.compile(
            "\\b(?:yet\\s+to|lacks?|lacking|absence\\s+of|lack\\s+of)\\b|n't\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_ALL = Pattern.compile("\\bnot\\s+(?:all|every|only|just)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "\\b(?:if|wherever|whenever|whether|unless|once|until|in case|in the event|provided that|assuming|suppose)\\b"
                    // "when/where it was / has been ...": a relative clause stating a fact, not a condition
                    + "|\\bwhen\\b(?!\\s+(?:\\w+\\s+){0,3}?(?:was|were)\\b)"
                    + "|\\bwhere\\b(?!\\s+(?:\\w+\\s+){0,2}?(?:has|have|had|was|were)\\b)",
            Pattern.CASE_INSENSITIVE);

    private final Negation negation;

    Scope(Negation negation) {
        this.negation = negation;
    }

    /** True when [start, end) of {@code text} is negated in its local scope. */
    boolean negated(String text, int start, int end) {
        int seg = segmentStart(text, start);
        String local = text.substring(seg, start);
        // The term is negated when (1) Negation says so or an own trigger stands in the stretch,
        // (2) not "not all", and (3) a trigger stands in the stretch or opens a short stretch before
        // its comma. All three are pure tests, so the cheap local one (3) goes first and the
        // sentence-wide Negation runs only when (3) holds.
        if (end < start || end > text.length()) negation.isNegated(text, start, end); // a bad range throws, as always
        if (!LOCAL_TRIGGER.matcher(local).find() && !triggerBeforeComma(text, seg)) return false;
        if (!negation.isNegated(text, start, end) && !OWN_TRIGGER.matcher(local).find()) return false;
        return !NOT_ALL.matcher(local).find();
    }

    /** "No large-scale, randomized trials": a short stretch before the comma at {@code seg - 1} that opens with a trigger. */
    private static boolean triggerBeforeComma(String text, int seg) {
        if (seg > 0 && text.charAt(seg - 1) == ',') {
            int prev = segmentStart(text, seg - 1);
            String before = text.substring(prev, seg - 1);
            Matcher t = LOCAL_TRIGGER.matcher(before);
            return Prose.words(before, 0, before.length()) <= 3 && t.find() && before.substring(0, t.start()).isBlank();
        }
        return false;
    }

    /** True when a conditional marker ("if", "where", "unless", ...) opens the term's comma stretch. */
    boolean hypothetical(String text, int start) {
        int seg = segmentStart(text, start);
        return HYPOTHETICAL.matcher(text.substring(seg, start)).find();
    }

    /** Start of the comma / clause stretch that contains offset {@code at}. */
    static int segmentStart(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\u2014' || c == '\u2013') return i + 1;
        }
        return 0;
    }
}
