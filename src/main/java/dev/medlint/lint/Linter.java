package dev.medlint.lint;

import dev.medlint.engine.Finding;
import dev.medlint.engine.FindingSink;
import dev.medlint.engine.RuleEngine;
import dev.medlint.engine.RuleEngineException;
import dev.medlint.nlp.Annotator;
import dev.medlint.nlp.Annotators;
import dev.medlint.pack.Pack;
import dev.medlint.page.InputException;
import dev.medlint.page.Page;
import dev.medlint.page.PageParser;
import dev.medlint.page.PageSource;
import dev.medlint.page.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The pipeline for one rule pack: read, parse, annotate, run the rules, fingerprint. Built once per
 * process (the rule base compiles here); {@link #lint} is thread-safe, and {@link #lintAll} spreads
 * files over threads while keeping the given order in its result. No page outlives its file's
 * outcome.
 */
public final class Linter {
    private final Pack pack;
    private final RuleEngine engine;
    private final PageParser parser;
    private final List<Annotator> annotators;

    private Linter(Pack pack, RuleEngine engine) {
        this.pack = pack;
        this.engine = engine;
        this.parser = new PageParser(pack);
        this.annotators = Annotators.create(pack);
    }

    /**
     * A step run on each file's findings after the rules ran and the findings were fingerprinted,
     * with the page they were found on: configuration, inline suppressions and the like. It may
     * mark, re-grade, drop or add findings (added ones should be fingerprinted with
     * {@link Fingerprints#assign}). It runs on the linting threads, so it must be thread-safe.
     */
    @FunctionalInterface
    public interface PostProcessor {
        /** Leaves findings as they are. */
        PostProcessor NONE = (target, page, findings) -> findings;

        List<Finding> apply(Target target, Page page, List<Finding> findings);
    }

    public static Linter create(Pack pack) throws RuleEngineException {
        return new Linter(pack, RuleEngine.compile(pack));
    }

    public Pack pack() {
        return pack;
    }

    public RuleEngine engine() {
        return engine;
    }

    /** Lints one file; an unreadable or undecodable file gives an outcome with its error. */
    public FileOutcome lint(Target target) {
        return lint(target, PostProcessor.NONE);
    }

    /** Lints one file and passes its findings through {@code post}. */
    public FileOutcome lint(Target target, PostProcessor post) {
        SourceText src;
        try {
            src = PageSource.read(target.file(), target.displayPath());
        } catch (InputException e) {
            return FileOutcome.failed(target.displayPath(), e.getMessage());
        }
        try {
            Page page = parser.parse(src);
            return new FileOutcome(target.displayPath(), post.apply(target, page, lint(page)), java.util.Optional.empty());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours must not take the rest of the batch down: report it against this file.
            if (System.getenv("MEDLINT_DEBUG") != null) e.printStackTrace();
            return FileOutcome.failed(target.displayPath(), target.displayPath() + ": internal error while linting ("
                    + e + "); please report it with this page");
        }
    }

    /** Lints text already read; findings sorted by position and rule id. */
    public List<Finding> lint(SourceText src) {
        Page page = parser.parse(src);
        return lint(page);
    }

    public List<Finding> lint(Page page) {
        List<Object> facts = new ArrayList<>();
        for (Annotator a : annotators) a.annotate(page, facts::add);
        List<Finding> findings = engine.run(new FindingSink(page, engine.rules()), facts);
        return Fingerprints.assign(page, findings);
    }

    /** Lints every target on {@code threads} threads; outcomes in the order of {@code targets}. */
    public List<FileOutcome> lintAll(List<Target> targets, int threads) {
        return lintAll(targets, threads, PostProcessor.NONE);
    }

    /** As {@link #lintAll(List, int)}, passing each file's findings through {@code post}. */
    public List<FileOutcome> lintAll(List<Target> targets, int threads, PostProcessor post) {
        if (targets.size() <= 1 || threads <= 1) {
            return targets.stream().map(t -> lint(t, post)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, targets.size()), r -> {
            Thread t = new Thread(r, "medlint-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>(targets.size());
            for (Target t : targets) futures.add(pool.submit(() -> lint(t, post)));
            List<FileOutcome> out = new ArrayList<>(targets.size());
            for (Future<FileOutcome> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
