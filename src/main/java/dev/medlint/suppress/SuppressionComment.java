package dev.medlint.suppress;

import dev.medlint.page.Span;
import java.util.List;
import java.util.Optional;

/**
 * One {@code <!-- medlint-... -->} comment found in a page's raw text.
 *
 * @param kind    which directive
 * @param ruleIds the rule ids it names, in order; empty means every rule
 * @param reason  the text after {@code --}, stripped; empty when there is none
 * @param span    where the whole comment is
 */
public record SuppressionComment(Kind kind, List<String> ruleIds, Optional<String> reason, Span span) {
    public SuppressionComment {
        ruleIds = List.copyOf(ruleIds);
        reason = reason.map(String::strip).filter(r -> !r.isEmpty());
    }

    /** The directives, by the keyword after {@code medlint-}. */
    public enum Kind {
        /** Suppresses from here until a matching {@code medlint-enable} (or the end of the file). */
        DISABLE("disable"),
        /** Ends a {@code medlint-disable}, for the ids it names or for every rule. */
        ENABLE("enable"),
        /** Suppresses on the next non-blank line that is not itself a medlint comment. */
        DISABLE_NEXT_LINE("disable-next-line"),
        /** Suppresses in the whole file. */
        DISABLE_FILE("disable-file");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        /** The directive as written: {@code medlint-disable-next-line} and so on. */
        public String directive() {
            return "medlint-" + keyword;
        }

        static Kind of(String keyword) {
            for (Kind k : values()) if (k.keyword.equals(keyword)) return k;
            throw new IllegalArgumentException(keyword);
        }
    }

    public boolean allRules() {
        return ruleIds.isEmpty();
    }
}
