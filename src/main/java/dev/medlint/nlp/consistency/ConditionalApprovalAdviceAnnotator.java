package dev.medlint.nlp.consistency;

import dev.medlint.page.MappedText;
import dev.medlint.nlp.Keywords;
import dev.medlint.facts.ConditionalApprovalAdvice;
import dev.medlint.nlp.Annotator;
import dev.medlint.pack.Pack;
import dev.medlint.page.Page;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emits a {@link ConditionalApprovalAdvice} (sentence span, every body section including the
 * patients' section) for a sentence conditioned on the compound not being approved: "... if the
 * compound is not yet approved", "if it is not approved", "if the compound has not been approved",
 * "unless the drug is approved", "if not yet approved", "if it remains investigational", "if no
 * regulatory approval exists". The subject must be the compound (its name from the title), "it", or
 * "the compound / drug / medication / treatment ...". A positive condition ("Where regulatory
 * approval exists, ...") is not one. Questions count too: they are still advice conditioned on
 * non-approval.
 */
public final class ConditionalApprovalAdviceAnnotator implements Annotator {
    private static final String SUBJ = "(?:(?:the|this|that|a|your|such\\s+an?)\\s+(?:[\\w-]+\\s+)?(?:compound|drug|medication|medicine|treatment|therapy|agent|product|molecule|substance|supplement|option)|it|they|COMPOUND)";
    private static final String APPROVED = "(?:(?:[\\w.-]+[\\s-]+){0,2}?(?:approved|licensed|authori[sz]ed|cleared)|(?:[\\w.-]+\\s+){0,2}?approval)";
    private static final String[] TEMPLATES = {
        "\\b(?:if|when|where|in\\s+case|in\\s+the\\s+event\\s+that|as\\s+long\\s+as|while|until)\\s+SUBJ(?:\\s+(?:is|has|have|are|remains?|was)|'s)"
                + "(?:\\s+still)?(?:\\s+not|n't|\\s+never)(?:\\s+yet)?(?:\\s+been|\\s+received|\\s+obtained|\\s+got(?:ten)?)?\\s+APPROVED",
        "\\b(?:if|when|where|as\\s+long\\s+as|while)\\s+SUBJ\\s+(?:is|are|remains?)\\s+(?:still\\s+)?(?:unapproved|investigational|experimental|not\\s+yet\\s+(?:approved|available|on\\s+the\\s+market))",
        "\\bunless\\s+SUBJ\\s+(?:is|has\\s+been|have\\s+been|are|becomes?|gets|was)\\s+APPROVED",
        "\\b(?:if|when|where)\\s+SUBJ\\s+(?:lacks|has\\s+no|does\\s+not\\s+have|doesn't\\s+have|has\\s+yet\\s+to\\s+(?:receive|be))\\s+APPROVED",
        "\\b(?:if|when|where)\\s+not\\s+(?:yet\\s+)?APPROVED",
        "\\b(?:if|when|where)\\s+(?:there\\s+is\\s+)?no\\s+(?:[\\w-]+\\s+)?approval\\b",
        "\\b(?:if|when|where)\\s+(?:[\\w-]+\\s+){0,2}?approval\\s+(?:is|has)(?:\\s+not|n't)",
    };

    public ConditionalApprovalAdviceAnnotator(Pack pack) {
        // vocabulary is linguistic; the compound's name comes from each page
    }

    @Override
    public void annotate(Page page, Consumer<Object> facts) {
        Pattern p = null; // compiled for the first sentence that passes the pre-check
        for (Prose.Item item : Prose.body(page)) {
            if (!mayMatch(item.folded())) continue;
            if (p == null) p = patternFor(page.compound());
            if (p.matcher(item.text()).find()) facts.accept(new ConditionalApprovalAdvice(item.sentence().span()));
        }
    }

    /** Compiled patterns by compound name: pages of one compound share one (a bounded cache, thread-safe). */
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    private Pattern patternFor(String compound) {
        if (patterns.size() > 256) patterns.clear();
        return patterns.computeIfAbsent(compound, ConditionalApprovalAdviceAnnotator::pattern);
    }

    /**
     * Every template opens with if / when / where / in case / in the event that / as long as / while
     * / until / unless: a look-ahead on their initials lets find() pass over other offsets after one
     * test (under UNICODE_CASE a class letter matches what the literal letter does).
     */
    private static final String LEAD_INITIALS = "(?=[aiuw])";
    /** Every template opens with one of these words (in case / in the event that / as long as by their last or middle word). */
    private static final Keywords LEADS = Keywords.of("if", "when", "where", "case", "event", "long", "while", "until", "unless");
    /**
     * Every template also needs one of these: APPROVED (approved, licensed, authorised/authorized,
     * cleared, approval), or template 2's unapproved / investigational / experimental / not yet
     * available / on the market.
     */
    private static final Keywords STATUS_WORDS = Keywords.of("approv", "licensed", "authori", "cleared", "investigational", "experimental",
            "available", "market");

    /**
     * Cheap superset test before the pattern: the sentence's {@link Prose.Item#folded() folded} text
     * must hold a lead word and a status word (all letters, which masking leaves alone). The pattern
     * is CASE_INSENSITIVE | UNICODE_CASE, which also matches "i" / "s" to U+0131 / U+017F: for a text
     * with those the test says yes and leaves the decision to the pattern.
     */
    private static boolean mayMatch(String folded) {
        return MappedText.hasUnfoldedCaseVariant(folded) || LEADS.anyIn(folded) && STATUS_WORDS.anyIn(folded);
    }

    static Pattern pattern(String compound) {
        String name = compound.isBlank() ? "(?!)" : Pattern.quote(compound.strip().toLowerCase(Locale.ROOT));
        String subj = SUBJ.replace("COMPOUND", name);
        StringBuilder sb = new StringBuilder();
        for (String t : TEMPLATES) {
            if (sb.length() > 0) sb.append('|');
            sb.append("(?:").append(t.replace("SUBJ", subj).replace("APPROVED", APPROVED)).append(')');
        }
        return Pattern.compile(LEAD_INITIALS + "(?:" + sb + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** True when {@code sentence} is conditioned on non-approval (for tests and reuse). */
    static boolean matches(String sentence, String compound) {
        Matcher m = pattern(compound).matcher(Prose.mask(sentence));
        return m.find();
    }
}
