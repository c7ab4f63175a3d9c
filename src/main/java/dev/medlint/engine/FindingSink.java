package dev.medlint.engine;

import dev.medlint.page.Page;
import dev.medlint.page.Section;
import dev.medlint.page.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The DRL global {@code findings}: rule consequences call {@code findings.report(kcontext, span,
 * message)}; the rule's id and severity come from its own metadata, never from the call. One sink
 * per page; a rule that reports the same span twice gives one finding.
 */
public final class FindingSink {
    private final Page page;
    private final Map<String, RuleMeta> rules;
    private final Map<String, Finding> findings = new LinkedHashMap<>();

    public FindingSink(Page page, Map<String, RuleMeta> rules) {
        this.page = page;
        this.rules = rules;
    }

    public void report(RuleContext kcontext, Span span, String message) {
        add(kcontext, span, message, List.of());
    }

    public void report(RuleContext kcontext, Span span, String message, Span relatedSpan, String relatedMessage) {
        add(kcontext, span, message, List.of(new RelatedLocation(relatedSpan, relatedMessage)));
    }

    private void add(RuleContext kcontext, Span span, String message, List<RelatedLocation> related) {
        Object idValue = kcontext.getRule().getMetaData().get("id");
        if (idValue == null) {
            throw new IllegalStateException("rule '" + kcontext.getRule().getName() + "' has no @id");
        }
        String id = String.valueOf(idValue);
        RuleMeta meta = rules.get(id);
        if (meta == null) throw new IllegalStateException("rule id '" + id + "' has no metadata");
        String key = id + "@" + span + "#" + message;
        findings.putIfAbsent(key, new Finding(id, meta.severity(), message, page.path(), span, sectionOf(span),
                related, "", Optional.empty()));
    }

    private String sectionOf(Span span) {
        String title = "";
        for (Section s : page.sections()) {
            if (s.headingSpan().startLine() <= span.startLine()) title = s.title();
        }
        return title;
    }

    public List<Finding> findings() {
        return new ArrayList<>(findings.values());
    }
}
