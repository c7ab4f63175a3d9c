package dev.medlint.cli;

import dev.medlint.config.RuleLevels;
import dev.medlint.engine.Finding;
import dev.medlint.lint.Fingerprints;
import dev.medlint.lint.Linter;
import dev.medlint.lint.Target;
import dev.medlint.page.Page;
import dev.medlint.suppress.InlineSuppressor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code check} does to each file's findings on the linting threads: the config's rule levels
 * (rules turned off are dropped, others re-graded), then the page's medlint comments (findings
 * marked as suppressed, plus findings about the comments, fingerprinted and graded by the same
 * levels). Immutable, so thread-safe.
 */
final class FindingPolicy implements Linter.PostProcessor {
    private final Map<Target, RuleLevels> levels;
    private final Linter linter;

    /** @param linter whose pack's rule ids comment suppressions may name (read once its rules ran) */
    FindingPolicy(Map<Target, RuleLevels> levels, Linter linter) {
        this.levels = Map.copyOf(levels);
        this.linter = linter;
    }

    @Override
    public List<Finding> apply(Target target, Page page, List<Finding> findings) {
        Set<String> packRuleIds = linter.engine().rules().keySet();
        RuleLevels lv = levels.getOrDefault(target, RuleLevels.DEFAULTS);
        Set<String> off = new TreeSet<>();
        for (String id : packRuleIds) if (lv.isOff(id)) off.add(id);
        InlineSuppressor.Outcome o = InlineSuppressor.apply(page, grade(findings, lv), packRuleIds, off);
        List<Finding> out = new ArrayList<>(o.findings());
        out.addAll(grade(Fingerprints.assign(page, o.commentFindings()), lv));
        return out;
    }

    private static List<Finding> grade(List<Finding> findings, RuleLevels lv) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Optional<dev.medlint.engine.Severity> s = lv.severity(f.ruleId(), f.severity());
            s.ifPresent(sev -> out.add(sev == f.severity() ? f : f.withSeverity(sev)));
        }
        return out;
    }
}
