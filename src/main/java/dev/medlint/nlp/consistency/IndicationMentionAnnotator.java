package dev.medlint.nlp.consistency;

import dev.medlint.nlp.Keywords;
import dev.medlint.facts.ApprovalClaim;
import dev.medlint.facts.IndicationMention;
import dev.medlint.nlp.Annotator;
import dev.medlint.nlp.Negation;
import dev.medlint.pack.Pack;
import dev.medlint.page.Page;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emits an {@link IndicationMention} for each indication the pack's indication map knows that a body
 * sentence says is approved, outside the status statement: "with approvals across lung, liver, and
 * breast cancers" gives lung, liver and breast (span: the site word); "is approved for lung and
 * bladder cancer" in the evidence section gives lung and bladder. The indications are read after an
 * affirmative approval word (approved, approval(s), licensed, authorized, indicated for) up to the
 * end of its clause. The status statement -- every sentence in the Clinical and Regulatory Status
 * section that yields an {@link ApprovalClaim} -- is skipped: its indications are
 * {@code ApprovalClaim.sites}. So the rule compares mentions with the status-section claims.
 * Negated, hypothetical, withdrawn, generic ("other inhibitors are approved for") and question
 * mentions are skipped. One fact per site and sentence.
 */
public final class IndicationMentionAnnotator implements Annotator {
    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final Pattern CUE = Pattern.compile(
            "\\b(?:approved|approvals?|licensed|authori[sz]ed|authori[sz]ations?|indicated\\s+(?=for\\b|in\\b|to\\s+treat\\b))\\b", F);
    private static final Pattern MODAL_BEFORE = Pattern.compile(
            "\\b(?:may|might|could|would|will|should|expected|likely|potential(?:ly)?|seek(?:s|ing)?|pending|await\\w*|submit\\w*|pursu\\w*|toward|towards|future|possible|planned)\\s+(?:[\\w-]+\\s+){0,3}$", F);
    private static final Pattern GENERIC_SUBJECT = Pattern.compile(
            "\\b(?:other|another|similar|several|many|some|alternative|comparable|related)\\s+(?:[\\w-]+\\s+){0,3}(?:drugs|compounds|treatments|therapies|medications|agents|inhibitors|antibodies|products)\\b", F);
    private static final Pattern WITHDRAWN = Pattern.compile("\\b(?:withdrawn|revoked|rescinded|suspended|no\\s+longer)\\b", F);
    private static final Pattern END = Pattern.compile("[;.](?:\\s|$)|\\b(?:but|while|whereas|although|though|however|which|who|where|unlike)\\b", F);

    /** Every {@link #CUE} alternative holds one of these; CUE is ASCII case-insensitive, so they appear in the folded text. */
    private static final Keywords CUE_KEYS = Keywords.of("approv", "licensed", "authori", "indicated");

    private final Scope scope = new Scope(Negation.builtIn());
    private final IndicationMap map;
    private final ApprovalAnnotator approvals;

    public IndicationMentionAnnotator(Pack pack) {
        this.map = new IndicationMap(pack.mapping("indication-sites"));
        this.approvals = new ApprovalAnnotator(pack);
    }

    @Override
    public void annotate(Page page, Consumer<Object> facts) {
        for (Prose.Item item : Prose.body(page)) {
            // mentions are read only after a CUE, so a sentence without one gives none
            if (!CUE_KEYS.anyIn(item.folded())) continue;
            String t = item.text();
            if (Prose.isQuestion(t)) continue;
            if (item.sectionKey().equals("status") && approvals.hasClaim(item)) continue;
            Set<String> seen = new HashSet<>();
            Matcher cue = CUE.matcher(t);
            while (cue.find()) {
                int s = cue.start();
                int[] clause = Prose.clauseAt(t, item.folded(), s);
                String before = t.substring(clause[0], s);
                if (scope.hypothetical(t, s) || scope.negated(t, s, cue.end()) || MODAL_BEFORE.matcher(before).find()
                        || GENERIC_SUBJECT.matcher(before).find()) {
                    continue;
                }
                Matcher end = END.matcher(t).region(cue.end(), clause[1]);
                int stop = end.find() ? end.start() : clause[1];
                String scopeText = t.substring(cue.end(), stop);
                if (WITHDRAWN.matcher(scopeText).find()) continue;
                for (IndicationMap.Hit h : map.find(scopeText)) {
                    int from = cue.end() + h.start();
                    int to = cue.end() + h.end();
                    if (scope.negated(t, from, to) || !seen.add(h.site())) continue;
                    facts.accept(new IndicationMention(item.sentence().span(from, to), h.term(), h.site(), item.sectionKey()));
                }
            }
        }
    }
}
