package dev.medlint.suppress;

import dev.medlint.engine.RuleMeta;
import dev.medlint.engine.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tool's own rules about suppression comments. They are not pack rules (no DRL, not in
 * {@code medlint rules}), but reports describe them like rules, and a config file may set their level.
 */
public final class SuppressionRules {
    /** A suppression comment without {@code -- reason}. */
    public static final String MISSING_REASON = "suppression-missing-reason";
    /** A suppression comment that suppressed nothing (for some or all of its rule ids). */
    public static final String UNUSED = "suppression-unused";
    /** A suppression comment naming a rule id the pack does not have. */
    public static final String UNKNOWN_RULE = "suppression-unknown-rule";

    private static final String CATEGORY = "suppression";
    private static final String FILE = "medlint (built in)";

    /** The three rules' metadata, by id. */
    public static final Map<String, RuleMeta> META = build();

    private SuppressionRules() {
    }

    private static Map<String, RuleMeta> build() {
        Map<String, RuleMeta> m = new TreeMap<>();
        m.put(MISSING_REASON, new RuleMeta(MISSING_REASON, Severity.INFO, CATEGORY,
                "A medlint suppression comment gives no reason.",
                "Every medlint-disable, medlint-disable-next-line and medlint-disable-file comment should say why the "
                        + "finding is acceptable, after ' -- ', so a reviewer can judge it.",
                "Add the reason after ' -- ' inside the comment.",
                "<!-- medlint-disable-next-line hype-language -->",
                "<!-- medlint-disable-next-line hype-language -- quoted from the trial's own title -->",
                "<!-- medlint-disable-next-line hype-language -- quoted from the trial's own title -->",
                List.of(CATEGORY), FILE));
        m.put(UNUSED, new RuleMeta(UNUSED, Severity.INFO, CATEGORY,
                "A medlint suppression comment suppresses nothing.",
                "A medlint-disable, medlint-disable-next-line or medlint-disable-file comment (or one of the rule ids it "
                        + "names) matched no finding, usually because the text it excused has been fixed or moved. "
                        + "Rules turned off in the config are not counted.",
                "Remove the comment, or the rule ids it names that no longer fire there.",
                "a medlint-disable-next-line cure-claim comment above a line with no cure claim",
                "a comment whose rule fires on the line it covers",
                "<!-- medlint-disable-next-line cure-claim -- historical quote --> above 'Treatment options vary.'",
                List.of(CATEGORY), FILE));
        m.put(UNKNOWN_RULE, new RuleMeta(UNKNOWN_RULE, Severity.INFO, CATEGORY,
                "A medlint suppression comment names a rule the pack does not have.",
                "A rule id in a medlint comment is not one of the pack's rules (a typo, or a rule that was renamed). "
                        + "The comment's other rule ids still apply. The suppression-* rules cannot be suppressed by a "
                        + "comment; set them in .medlint.yml instead.",
                "Correct the rule id (see 'medlint rules') or remove it.",
                "<!-- medlint-disable-next-line cure-claims -- quote -->",
                "<!-- medlint-disable-next-line cure-claim -- quote -->",
                "<!-- medlint-disable-next-line cure-claims -- quote -->",
                List.of(CATEGORY), FILE));
        return java.util.Collections.unmodifiableMap(m);
    }
}
