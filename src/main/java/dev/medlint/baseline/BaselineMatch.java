package dev.medlint.baseline;

import dev.medlint.engine.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies a {@link Baseline} to one run's findings. Findings already suppressed in the source are
 * left alone and do not match; an entry whose file was checked in this run but whose fingerprint no
 * longer occurs is stale (fixed, moved to another file, or now suppressed in the source). Entries for
 * files not checked in this run are neither matched nor stale. One per run, used from one thread.
 */
public final class BaselineMatch {
    private final Baseline baseline;
    private final Set<String> fingerprints;
    private final Set<String> seen = new HashSet<>();
    private final Set<String> checkedPaths = new HashSet<>();

    public BaselineMatch(Baseline baseline) {
        this.baseline = baseline;
        this.fingerprints = baseline.fingerprints();
    }

    /** One checked file's findings, those in the baseline marked as suppressed ({@link Baseline#SUPPRESSION}). */
    public List<Finding> apply(String path, List<Finding> findings) {
        checkedPaths.add(path);
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!f.isSuppressed() && fingerprints.contains(f.fingerprint())) {
                seen.add(f.fingerprint());
                out.add(f.suppressed(Baseline.SUPPRESSION));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** Entries of the checked files that matched no finding so far. */
    public List<BaselineEntry> stale() {
        return baseline.entries().stream()
                .filter(e -> checkedPaths.contains(e.path()) && !seen.contains(e.fingerprint()))
                .toList();
    }
}
