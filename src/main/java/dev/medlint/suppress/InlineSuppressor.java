package dev.medlint.suppress;

import dev.medlint.engine.Finding;
import dev.medlint.engine.Severity;
import dev.medlint.engine.Suppression;
import dev.medlint.page.Page;
import dev.medlint.page.Section;
import dev.medlint.page.Span;
import dev.medlint.suppress.SuppressionComment.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies a page's medlint comments to its findings. A finding is suppressed when its start line is
 * covered by a comment naming its rule (or naming none): it stays in the list, marked with
 * {@code Suppression("inSource", reason)}. Coverage by line:
 * <ul>
 *   <li>{@code medlint-disable}: from the comment's first line up to the line before the
 *       {@code medlint-enable} that ends it (the comment's own line when both are on one line), or
 *       to the end of the file; {@code medlint-enable} without ids ends every open disable, with ids
 *       only those (also carving them out of an open disable-all);</li>
 *   <li>{@code medlint-disable-next-line}: the next line that is neither blank nor only medlint
 *       comments;</li>
 *   <li>{@code medlint-disable-file}: every line.</li>
 * </ul>
 * It also reports the comments themselves, as info findings of the {@link SuppressionRules}: no
 * reason, suppressed nothing (per rule id; ids of rules that are off for the file are not counted),
 * unknown rule id. Those findings have no fingerprint yet. Stateless and thread-safe.
 */
public final class InlineSuppressor {
    /** The marked findings (same order) and the findings about the comments. */
    public record Outcome(List<Finding> findings, List<Finding> commentFindings) {
        public Outcome {
            findings = List.copyOf(findings);
            commentFindings = List.copyOf(commentFindings);
        }
    }

    private InlineSuppressor() {
    }

    /**
     * @param page        the page (its raw text is scanned; its path and sections label the new findings)
     * @param findings    the page's findings
     * @param packRuleIds the pack's rule ids: a comment naming any other id is reported as unknown
     * @param offRuleIds  rules that are off for this page: a comment naming them is not reported as unused
     */
    public static Outcome apply(Page page, List<Finding> findings, Set<String> packRuleIds, Set<String> offRuleIds) {
        List<SuppressionComment> comments = SuppressionComments.scan(page.text(), page.lines());
        if (comments.isEmpty()) return new Outcome(findings, List.of());
        List<Region> regions = regions(page, comments);

        // used.get(comment) holds the rule ids it suppressed something for ("*" for a disable-all).
        Map<SuppressionComment, Set<String>> used = new LinkedHashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.isSuppressed()) {
                out.add(f);
                continue;
            }
            Region first = null;
            for (Region r : regions) {
                if (r.covers(f.span().startLine(), f.ruleId())) {
                    if (first == null) first = r;
                    used.computeIfAbsent(r.comment(), c -> new HashSet<>()).add(r.ruleId().orElse("*"));
                }
            }
            out.add(first == null ? f : f.suppressed(new Suppression("inSource", first.comment().reason().orElse(""))));
        }

        List<Finding> problems = new ArrayList<>();
        for (SuppressionComment c : comments) {
            if (c.kind() == Kind.ENABLE) {
                unknownIds(page, c, packRuleIds, problems);
                continue;
            }
            String d = c.kind().directive();
            if (c.reason().isEmpty()) {
                problems.add(finding(page, c, SuppressionRules.MISSING_REASON,
                        "The " + d + " comment gives no reason; add one after ' -- '."));
            }
            Set<String> unknown = unknownIds(page, c, packRuleIds, problems);
            Set<String> didSomething = used.getOrDefault(c, Set.of());
            if (c.allRules()) {
                if (didSomething.isEmpty()) {
                    problems.add(finding(page, c, SuppressionRules.UNUSED, "The " + d + " comment suppresses nothing; remove it."));
                }
                continue;
            }
            Set<String> idle = new TreeSet<>();
            Set<String> counted = new TreeSet<>();
            for (String id : c.ruleIds()) {
                if (unknown.contains(id) || offRuleIds.contains(id)) continue;
                counted.add(id);
                if (!didSomething.contains(id)) idle.add(id);
            }
            if (!idle.isEmpty()) {
                String names = String.join("', '", idle);
                String msg = idle.size() == counted.size()
                        ? "The " + d + " comment suppresses nothing ('" + names + "' " + (idle.size() == 1 ? "does" : "do")
                                + " not fire " + where(c.kind()) + "); remove it."
                        : "The " + d + " comment suppresses nothing for '" + names + "'; remove " + (idle.size() == 1 ? "that id." : "those ids.");
                problems.add(finding(page, c, SuppressionRules.UNUSED, msg));
            }
        }
        return new Outcome(out, problems);
    }

    private static String where(Kind k) {
        return switch (k) {
            case DISABLE_NEXT_LINE -> "on the next line";
            case DISABLE_FILE -> "in this file";
            default -> "where it is disabled";
        };
    }

    private static Set<String> unknownIds(Page page, SuppressionComment c, Set<String> packRuleIds, List<Finding> problems) {
        Set<String> unknown = new TreeSet<>();
        for (String id : c.ruleIds()) {
            if (packRuleIds.contains(id) || !unknown.add(id)) continue;
            String msg = SuppressionRules.META.containsKey(id)
                    ? "'" + id + "' cannot be suppressed by a comment; set it in .medlint.yml instead."
                    : "Unknown rule '" + id + "' in a " + c.kind().directive() + " comment (see 'medlint rules').";
            problems.add(finding(page, c, SuppressionRules.UNKNOWN_RULE, msg));
        }
        return unknown;
    }

    private static Finding finding(Page page, SuppressionComment c, String ruleId, String message) {
        Severity s = SuppressionRules.META.get(ruleId).severity();
        return new Finding(ruleId, s, message, page.path(), c.span(), sectionOf(page, c.span()), List.of(), "", Optional.empty());
    }

    private static String sectionOf(Page page, Span span) {
        String title = "";
        for (Section s : page.sections()) {
            if (s.headingSpan().startLine() <= span.startLine()) title = s.title();
        }
        return title;
    }

    /** Lines {@code from..to} (inclusive) where a rule (or every rule but {@code except}) is off. */
    private record Region(SuppressionComment comment, Optional<String> ruleId, Set<String> except, int from, int to) {
        boolean covers(int line, String id) {
            if (line < from || line > to) return false;
            return ruleId.map(id::equals).orElse(!except.contains(id));
        }
    }

    private static List<Region> regions(Page page, List<SuppressionComment> comments) {
        List<Region> out = new ArrayList<>();
        Map<String, Region> openById = new LinkedHashMap<>();
        Region openAll = null;
        for (SuppressionComment c : comments) {
            int line = c.span().startLine();
            switch (c.kind()) {
                case DISABLE_FILE -> {
                    if (c.allRules()) out.add(new Region(c, Optional.empty(), Set.of(), 1, Integer.MAX_VALUE));
                    for (String id : c.ruleIds()) out.add(new Region(c, Optional.of(id), Set.of(), 1, Integer.MAX_VALUE));
                }
                case DISABLE_NEXT_LINE -> {
                    int target = nextContentLine(page, c.span().endLine());
                    if (c.allRules()) out.add(new Region(c, Optional.empty(), Set.of(), target, target));
                    for (String id : c.ruleIds()) out.add(new Region(c, Optional.of(id), Set.of(), target, target));
                }
                case DISABLE -> {
                    if (c.allRules()) {
                        if (openAll != null) out.add(close(openAll, line));
                        openAll = new Region(c, Optional.empty(), Set.of(), line, Integer.MAX_VALUE);
                    }
                    for (String id : c.ruleIds()) {
                        openById.putIfAbsent(id, new Region(c, Optional.of(id), Set.of(), line, Integer.MAX_VALUE));
                    }
                }
                case ENABLE -> {
                    if (c.allRules()) {
                        for (Region r : openById.values()) out.add(close(r, line));
                        openById.clear();
                        if (openAll != null) out.add(close(openAll, line));
                        openAll = null;
                    } else {
                        for (String id : c.ruleIds()) {
                            Region r = openById.remove(id);
                            if (r != null) out.add(close(r, line));
                        }
                        if (openAll != null) {
                            out.add(close(openAll, line));
                            Set<String> except = new HashSet<>(openAll.except());
                            except.addAll(c.ruleIds());
                            openAll = new Region(openAll.comment(), Optional.empty(), Set.copyOf(except), line, Integer.MAX_VALUE);
                        }
                    }
                }
            }
        }
        out.addAll(openById.values());
        if (openAll != null) out.add(openAll);
        return out;
    }

    /** The region up to the line before {@code line}, or just its own line when that is {@code line}. */
    private static Region close(Region r, int line) {
        return new Region(r.comment(), r.ruleId(), r.except(), r.from(), Math.max(r.from(), line - 1));
    }

    /** The first line after {@code line} that is neither blank nor only medlint comments; past the end if none. */
    private static int nextContentLine(Page page, int line) {
        int count = page.lines().lineCount();
        for (int l = line + 1; l <= count; l++) {
            int start = page.lines().lineStart(l);
            int end = l < count ? page.lines().lineStart(l + 1) : page.text().length();
            if (!SuppressionComments.onlyComments(page.text().substring(start, end))) return l;
        }
        return count + 1;
    }
}
