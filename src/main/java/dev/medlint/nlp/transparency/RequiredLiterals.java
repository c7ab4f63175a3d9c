package dev.medlint.nlp.transparency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives, from the source of a regular expression compiled with {@code CASE_INSENSITIVE}, sets of
 * lower-case literals such that every match of the expression contains at least one literal of each
 * set. A text whose folded form ({@link dev.medlint.page.MappedText#folded()}) misses every literal
 * of some set cannot match (see {@link dev.medlint.page.MappedText#hasUnfoldedCaseVariant} for the two characters
 * where that needs care), so an annotator can skip the expression for it. This is how the keyword
 * pre-checks of lexicon patterns stay in step with the lexicon: nothing is copied by hand.
 *
 * <p>The analysis is conservative. It reads literal ASCII characters (not whitespace, so a pattern
 * may run on text whose line breaks were turned into spaces), escaped punctuation, groups,
 * alternations, the quantifiers and the zero-width parts (look-arounds, anchors, {@code \b}); a
 * character class, {@code .}, {@code \s}, {@code \w} and the like are "any text", and a quantifier
 * whose minimum is 0 makes its operand optional. A sequence requires what each of its parts requires,
 * with adjacent fixed parts joined ("summar" then "y|ies" gives summary or summaries); the
 * {@value #MAX_SETS} most selective of those sets are kept (longest shortest literal first). An
 * alternation requires, of each branch, its most selective set: their union. Constructs it does not
 * know (inline flags, back-references, numeric escapes, quoting) give no sets at all: the pattern
 * then always runs.
 */
final class RequiredLiterals {
    /** Above this many strings a set of exact matches is no longer tracked as such. */
    private static final int MAX_EXACT = 64;
    /** Sets kept per sequence: each is one more indexOf pass for a text that passes the others. */
    private static final int MAX_SETS = 3;

    private final String re;
    private int pos;

    private RequiredLiterals(String re) {
        this.re = re;
    }

    /**
     * Sets of lower-case literals; every match contains a literal of each set. Empty when nothing
     * can be derived.
     */
    static String[][] of(String regex) {
        try {
            RequiredLiterals parser = new RequiredLiterals(regex);
            Info info = parser.alternation();
            if (parser.pos != regex.length()) return new String[0][]; // an unbalanced ')'
            return info.required().stream().map(RequiredLiterals::withoutRedundant).toArray(String[][]::new);
        } catch (Unsupported e) {
            return new String[0][];
        }
    }

    /** A literal containing another one of the same set adds nothing to "contains one of them". */
    private static String[] withoutRedundant(Set<String> set) {
        return set.stream().filter(s -> set.stream().noneMatch(o -> !o.equals(s) && s.contains(o))).toArray(String[]::new);
    }

    /**
     * What is known of the texts a part of the expression matches: {@code exact}, when not null,
     * is every text it can match; otherwise each match contains a literal of each of {@code allOf}.
     */
    private record Info(Set<String> exact, List<Set<String>> allOf) {
        static final Info ANY = new Info(null, List.of());
        static final Info EMPTY = new Info(Set.of(""), null);

        static Info exact(Set<String> strings) {
            return strings.size() > MAX_EXACT ? ANY : new Info(strings, null);
        }

        /** The literal sets this part requires (its exact texts when it has them and none is empty). */
        List<Set<String>> required() {
            if (exact != null) return exact.contains("") ? List.of() : List.of(exact);
            return allOf;
        }

        /** Its most selective set, or null. */
        Set<String> best() {
            List<Set<String>> r = required();
            return r.isEmpty() ? null : r.get(0);
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private Info alternation() {
        Info first = sequence();
        if (!at('|')) return first;
        Set<String> exact = first.exact() == null ? null : new LinkedHashSet<>(first.exact());
        Set<String> union = first.best() == null ? null : new LinkedHashSet<>(first.best());
        while (at('|')) {
            pos++;
            Info next = sequence();
            if (exact != null && next.exact() != null) exact.addAll(next.exact());
            else exact = null;
            if (union != null && next.best() != null) union.addAll(next.best());
            else union = null; // a branch that requires nothing
        }
        if (exact != null && exact.size() <= MAX_EXACT) return new Info(exact, null);
        return new Info(null, union == null ? List.of() : List.of(union));
    }

    private Info sequence() {
        Set<String> run = Set.of(""); // cross product of the exact parts since the last inexact one
        List<Set<String>> sets = new ArrayList<>();
        boolean inexact = false;
        while (pos < re.length() && !at('|') && !at(')')) {
            Info item = quantified();
            if (item.exact() != null) {
                Set<String> joined = cross(run, item.exact());
                if (joined != null) {
                    run = joined;
                    continue;
                }
                sets.addAll(Info.exact(run).required());
                run = item.exact();
            } else {
                sets.addAll(Info.exact(run).required());
                sets.addAll(item.required());
                run = Set.of("");
            }
            inexact = true;
        }
        if (!inexact) return Info.exact(run);
        sets.addAll(Info.exact(run).required());
        sets.sort(SELECTIVE_FIRST);
        return new Info(null, List.copyOf(sets.subList(0, Math.min(MAX_SETS, sets.size()))));
    }

    private Info quantified() {
        Info atom = atom();
        if (pos >= re.length()) return atom;
        char c = re.charAt(pos);
        int min;
        if (c == '?') {
            pos++;
            lazyOrPossessive();
            return atom.exact() == null ? Info.ANY : Info.exact(union(atom.exact(), Set.of("")));
        } else if (c == '*') {
            pos++;
            min = 0;
        } else if (c == '+') {
            pos++;
            min = 1;
        } else if (c == '{') {
            int close = re.indexOf('}', pos);
            if (close < 0) throw new Unsupported();
            String[] bounds = re.substring(pos + 1, close).split(",", -1);
            try {
                min = Integer.parseInt(bounds[0].strip());
            } catch (NumberFormatException e) {
                throw new Unsupported();
            }
            pos = close + 1;
        } else {
            return atom;
        }
        lazyOrPossessive();
        // one or more repetitions contain a match of the operand; zero or more need not
        return min == 0 ? Info.ANY : new Info(null, atom.required());
    }

    private void lazyOrPossessive() {
        if (at('?') || at('+')) pos++;
    }

    private Info atom() {
        char c = re.charAt(pos++);
        switch (c) {
            case '(':
                return group();
            case '[':
                skipClass();
                return Info.ANY;
            case '.':
                return Info.ANY;
            case '^', '$':
                return Info.EMPTY;
            case '\\':
                return escape();
            default:
                return literal(c);
        }
    }

    private Info group() {
        boolean zeroWidth = false;
        if (at('?')) {
            if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
                pos += 2;
            } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                pos += 2;
                zeroWidth = true;
            } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                pos += 3;
                zeroWidth = true;
            } else if (re.startsWith("?<", pos)) {
                int close = re.indexOf('>', pos);
                if (close < 0) throw new Unsupported();
                pos = close + 1; // a named group
            } else {
                throw new Unsupported(); // inline flags and anything else
            }
        }
        Info inner = alternation();
        if (!at(')')) throw new Unsupported();
        pos++;
        return zeroWidth ? Info.EMPTY : inner;
    }

    private Info escape() {
        if (pos >= re.length()) throw new Unsupported();
        char c = re.charAt(pos++);
        if (c == 'b' || c == 'B' || c == 'A' || c == 'z' || c == 'Z' || c == 'G') return Info.EMPTY;
        if ("dDsSwWhHvV".indexOf(c) >= 0) return Info.ANY;
        if (c == 'p' || c == 'P') {
            if (at('{')) {
                int close = re.indexOf('}', pos);
                if (close < 0) throw new Unsupported();
                pos = close + 1;
            } else {
                pos++;
            }
            return Info.ANY;
        }
        if (Character.isLetterOrDigit(c)) throw new Unsupported(); // \\Q, back-references, numeric and control escapes, named references
        return literal(c); // escaped punctuation: \. \- \( ...
    }

    /** A literal character: ASCII letters lower-cased (the pattern is case-insensitive); others are any text. */
    private static Info literal(char c) {
        if (c >= 0x80 || Character.isWhitespace(c) || Character.isISOControl(c)) return Info.ANY;
        return new Info(Set.of(String.valueOf(Character.toLowerCase(c))), null);
    }

    /** Skips a character class, nested classes and escapes included; the '[' is already read. */
    private void skipClass() {
        int depth = 1;
        while (pos < re.length()) {
            char c = re.charAt(pos++);
            if (c == '\\') {
                pos++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return;
            }
        }
        throw new Unsupported();
    }

    private boolean at(char c) {
        return pos < re.length() && re.charAt(pos) == c;
    }

    /** Every a + b, or null when that would be more than {@link #MAX_EXACT} strings. */
    private static Set<String> cross(Set<String> a, Set<String> b) {
        if ((long) a.size() * b.size() > MAX_EXACT) return null;
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) out.add(x + y);
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    /** The longer shortest literal first, then the fewer literals. */
    private static final Comparator<Set<String>> SELECTIVE_FIRST =
            Comparator.comparingInt(RequiredLiterals::shortest).reversed().thenComparingInt(Set::size);

    private static int shortest(Set<String> s) {
        return s.stream().map(String::length).min(Comparator.naturalOrder()).orElse(0);
    }
}
