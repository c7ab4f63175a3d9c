package dev.medlint.nlp.transparency;

import dev.medlint.facts.ReviewDate;
import dev.medlint.nlp.Annotator;
import dev.medlint.pack.Pack;
import dev.medlint.page.MappedText;
import dev.medlint.page.Page;
import dev.medlint.page.Span;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@link ReviewDate} facts for {@code review-date-missing} (catalogue decision 8): only a labelled
 * date counts.
 * <ul>
 *   <li>source {@code "text"}: a label from {@code lexicons/review-date-labels.txt} ("Last reviewed",
 *       "Last updated", "Published", ...) opening a line, block or sentence, or after a separator
 *       ("|", "·", "(", ...), followed by a date; or a sentence such as "This page was last reviewed
 *       on 1 October 2026". Dates: ISO ({@code 2026-10-01}, {@code 2026-10}), "October 2026",
 *       "Oct. 1, 2026", "1 October 2026", {@code 01/10/2026}, or a bare year after a colon. Anywhere
 *       on the page, footer included; a date in running text ("approved in March 2021") does not
 *       count.</li>
 *   <li>source {@code "front-matter"}: a key from {@code lexicons/review-date-keys.txt} (reviewed,
 *       updated, date, last_reviewed, ...) with a date value; the span is the key's line when it
 *       can be found in the page text, else 1:1.</li>
 * </ul>
 * Thread-safe.
 */
public final class ReviewDateAnnotator implements Annotator {
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])";
    /** A full date: ISO, month-name forms, or numeric day/month/year. */
    static final String DATE = "(?:" + YEAR + "[-/.](?:0?[1-9]|1[0-2])(?:[-/.]" + DAY + ")?"
            + "|" + MONTH + "\\s+(?:" + DAY + "(?:st|nd|rd|th)?,?\\s+)?" + YEAR
            + "|" + DAY + "(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR
            + "|" + DAY + "[/.]" + DAY + "[/.]" + YEAR + ")(?![\\d/.-]*\\d)";
    private static final Pattern DATE_VALUE = Pattern.compile("^\\s*(?:" + DATE + "|" + YEAR + "(?![\\d/.-]*\\d))", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_FORM = Pattern.compile(
            "\\b(?:this|the)\\s+(?:page|article|summary|content|information|overview|report|document|guide|fact\\s+sheet)\\s+"
                    + "(?:was|is|has\\s+been)\\s+(?:last\\s+|first\\s+|medically\\s+)?(?:reviewed|updated|published|revised)"
                    + "(?:\\s+by\\s+[^.;:\\n]{1,60}?)?\\s+(?:on\\s+|in\\s+)?" + DATE,
            Pattern.CASE_INSENSITIVE);

    private final Pattern labelled;
    private final Set<String> keys;

    public ReviewDateAnnotator(Pack pack) {
        String labels = Lexicons.lowerList(pack, "review-date-labels").stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(l -> Pattern.quote(l).replaceAll("\\s+", "\\\\E\\\\s+\\\\Q"))
                .collect(Collectors.joining("|"));
        // Where a label may stand: start of a line or block, after a sentence end or a separator.
        String start = "(?:^|(?<=[.!?])\\s+|[|·•—–]\\s*)[*_>#\\s]*";
        String by = "(?:\\s+by\\s+[^:\\n|]{1,60}?)?";
        this.labelled = Pattern.compile(start + "(?<label>(?:" + labels + "))" + by + "[*_]*"
                + "(?:"
                + "\\s*[:\\-–—|]\\s*[*_]*\\s*(?<colonDate>" + DATE + "|" + YEAR + "(?![\\d/.-]*\\d))"
                + "|\\s+on\\s+(?<onDate>" + DATE + ")"
                + "|\\s+(?:in\\s+)?(?<bareDate>" + DATE + ")(?=\\s*(?:$|[.;|)\\]*_·•—–]|\\s+by\\b))"
                + ")",
                Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.UNICODE_CASE);
        this.keys = Lexicons.lowerList(pack, "review-date-keys").stream().map(ReviewDateAnnotator::normaliseKey).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void annotate(Page page, Consumer<Object> facts) {
        frontMatter(page, facts);
        page.blocks().filter(TextUnits::isText).forEach(b -> {
            MappedText t = b.mapped();
            // every match of both patterns ends in a DATE or YEAR, and every DATE holds a YEAR:
            // "19" or "20" then two digits; most blocks have neither
            if (!t.text().contains("19") && !t.text().contains("20")) return;
            Matcher m = labelled.matcher(t.text());
            while (m.find()) {
                String group = m.group("colonDate") != null ? "colonDate" : m.group("onDate") != null ? "onDate" : "bareDate";
                int from = m.start("label");
                int to = m.end(group);
                facts.accept(new ReviewDate(t.span(from, to), "text", t.text().substring(from, to)));
            }
            Matcher s = SENTENCE_FORM.matcher(t.text());
            while (s.find()) facts.accept(new ReviewDate(t.span(s.start(), s.end()), "text", s.group()));
        });
    }

    private void frontMatter(Page page, Consumer<Object> facts) {
        for (Map.Entry<String, Object> e : page.frontMatter().entrySet()) {
            if (!keys.contains(normaliseKey(e.getKey())) || !isDate(e.getValue())) continue;
            facts.accept(new ReviewDate(keyLine(page, e.getKey()), "front-matter", e.getKey() + ": " + e.getValue()));
        }
    }

    static boolean isDate(Object value) {
        if (value instanceof TemporalAccessor || value instanceof java.util.Date) return true;
        if (value instanceof Number n) {
            long y = n.longValue();
            return n.doubleValue() == y && y >= 1900 && y <= 2099;
        }
        return value instanceof CharSequence cs && DATE_VALUE.matcher(cs).find();
    }

    private static Span keyLine(Page page, String key) {
        Matcher m = Pattern.compile("(?m)^[ \\t]*(" + Pattern.quote(key) + "[ \\t]*:[^\\r\\n]*?)[ \\t]*$").matcher(page.text());
        return m.find() ? page.lines().span(m.start(1), m.end(1)) : Span.PAGE_START;
    }

    private static String normaliseKey(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[-_\\s]", "");
    }
}
