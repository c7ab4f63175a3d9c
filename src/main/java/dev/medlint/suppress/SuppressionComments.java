package dev.medlint.suppress;

import dev.medlint.page.LineIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds medlint comments in a page's raw text, so they work the same in both page shapes (in the CMS
 * export they are plain lines; in Markdown, HTML blocks or inline HTML):
 * {@code <!-- medlint-disable RULE-ID[, RULE-ID...] -- reason -->}, {@code medlint-enable},
 * {@code medlint-disable-next-line}, {@code medlint-disable-file}. Rule ids are separated by commas
 * or spaces; everything after the first {@code --} is the reason. Stateless.
 */
public final class SuppressionComments {
    private static final Pattern COMMENT = Pattern.compile(
            "<!--\\s*medlint-(disable-next-line|disable-file|disable|enable)(?=\\s|-->)(.*?)-->", Pattern.DOTALL);

    private SuppressionComments() {
    }

    /** Every medlint comment in the text, in order. */
    public static List<SuppressionComment> scan(String text, LineIndex lines) {
        List<SuppressionComment> out = new ArrayList<>();
        Matcher m = COMMENT.matcher(text);
        while (m.find()) {
            String body = m.group(2);
            int sep = body.indexOf("--");
            String ids = sep < 0 ? body : body.substring(0, sep);
            Optional<String> reason = sep < 0 ? Optional.empty() : Optional.of(body.substring(sep + 2));
            List<String> ruleIds = Arrays.stream(ids.strip().split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
            out.add(new SuppressionComment(SuppressionComment.Kind.of(m.group(1)), ruleIds, reason,
                    lines.span(m.start(), m.end())));
        }
        return out;
    }

    /** Whether a line holds nothing but medlint comments (and blanks). */
    static boolean onlyComments(String line) {
        return COMMENT.matcher(line).replaceAll("").isBlank();
    }
}
