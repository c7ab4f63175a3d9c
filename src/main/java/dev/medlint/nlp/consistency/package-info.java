/**
 * Annotators for the consistency rules: they read the body prose of a page and emit the facts the
 * DRL joins on ({@code EvidenceLevelClaim}, {@code ApprovalClaim}, {@code NoRctClaim},
 * {@code TrialMention}, {@code PreclinicalMajorityClaim}, {@code IndicationMention},
 * {@code ConditionalApprovalAdvice}). {@link dev.medlint.nlp.consistency.ConsistencyAnnotators#create}
 * builds them all from a pack. Vocabulary lives in the pack: {@code pack.yml} (evidence levels) and
 * {@code lexicons/indication-sites.yml}, {@code condition-sites.yml}, {@code regulators.yml},
 * {@code trial-names.txt}, {@code consistency-cancer-terms.txt}.
 */
package dev.medlint.nlp.consistency;
