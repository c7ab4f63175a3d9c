package dev.medlint.nlp;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NegEx-style negation and hedging scope: a term is negated when a trigger ("no", "not", "never",
 * "does not", "without", ...) stands before it in the same clause, unless the trigger is part of a
 * pseudo-trigger ("not only", "no longer"...). Scope ends at clause boundaries (";", ":", "but",
 * "however", ...).
 */
public final class Negation {
    private static final Pattern TRIGGER = Pattern.compile(
            "\\b(?:no|not|never|none|neither|nor|without|cannot|can't|won't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|hadn't|shouldn't|absence of|free of|lack of|fails? to|failed to)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PSEUDO = Pattern.compile(
            "\\b(?:not only|no longer|not necessarily|no doubt|no change)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOUNDARY = Pattern.compile(
            "[;:]|\\b(?:but|however|although|though|yet|whereas|except)\\b", Pattern.CASE_INSENSITIVE);

    public Negation() {
    }

    /** True when characters [start, end) of {@code sentence} stand in the scope of a negation. */
    public boolean isNegated(String sentence, int start, int end) {
        int clauseStart = 0;
        Matcher b = BOUNDARY.matcher(sentence);
        while (b.find() && b.end() <= start) clauseStart = b.end();
        String before = sentence.substring(clauseStart, start).toLowerCase(Locale.ROOT);
        Matcher t = TRIGGER.matcher(before);
        boolean negated = false;
        while (t.find()) {
            Matcher p = PSEUDO.matcher(before);
            boolean pseudo = false;
            while (p.find()) {
                if (p.start() <= t.start() && p.end() >= t.end()) pseudo = true;
            }
            if (!pseudo) negated = true;
        }
        return negated;
    }

    List<String> triggersFor(String s) {
        return TRIGGER.matcher(s).results().map(r -> r.group()).toList();
    }
}
