package dev.medlint.lint;

import dev.medlint.engine.Finding;
import dev.medlint.engine.FindingSink;
import dev.medlint.engine.RuleEngine;
import dev.medlint.engine.RuleEngineException;
import dev.medlint.nlp.Annotator;
import dev.medlint.nlp.Annotators;
import dev.medlint.pack.Pack;
import dev.medlint.pack.PackException;
import dev.medlint.page.InputException;
import dev.medlint.page.Page;
import dev.medlint.page.PageParser;
import dev.medlint.page.PageSource;
import dev.medlint.page.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The pipeline for one rule pack: read, parse, annotate, run the rules, fingerprint. Built once per
 * process; {@link #lint} is thread-safe, and {@link #lintAll} spreads files over threads while
 * keeping the given order in its result. No page outlives its file's outcome.
 *
 * <p>Building the rule base is the slowest part of a short run (about half a second even from the
 * precompiled model), and it needs nothing but the pack, so {@link #start} builds it on a thread of
 * its own; the annotators' patterns compile on another while this thread loads the sentence model
 * and reads and parses the first pages. A page waits for the annotators to annotate and for the
 * rule base to run the rules; {@link #awaitReady} reports what could not be built.
 */
public final class Linter {
    private final Pack pack;
    private final CompletableFuture<RuleEngine> engine;
    private final PageParser parser;
    private final CompletableFuture<List<Annotator>> annotators;

    private Linter(Pack pack, CompletableFuture<RuleEngine> engine) {
        this.pack = pack;
        this.engine = engine;
        this.annotators = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                annotators.complete(Annotators.create(pack));
            } catch (RuntimeException | LinkageError e) {
                annotators.completeExceptionally(e);
            }
        }, "medlint-annotators");
        builder.setDaemon(true);
        builder.start();
        this.parser = new PageParser(pack);
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

    /** A linter whose rule base and annotators are built before this returns; a broken pack throws here. */
    public static Linter create(Pack pack) throws PackException, RuleEngineException {
        Linter linter = start(pack);
        linter.awaitReady();
        return linter;
    }

    /**
     * A linter whose rule base and annotators are still being built on threads of their own. Call
     * {@link #awaitReady} before trusting any outcome: if the pack's rules do not compile or the
     * annotators cannot use the pack, that is where the error comes out (the pages linted meanwhile
     * fail with an internal error).
     */
    public static Linter start(Pack pack) {
        return new Linter(pack, RuleEngine.buildAsync(CompletableFuture.completedFuture(pack), false));
    }

    /** What gives a pack: reading a folder, or the bundled one. */
    @FunctionalInterface
    public interface PackLoader {
        Pack load() throws PackException;
    }

    /**
     * As {@link #start(Pack)} for a pack still to be read. With {@code bundled} (the pack inside
     * medlint) the precompiled rule base starts building before the pack is read, which on a cold
     * JVM takes about as long as everything else before the first page.
     */
    public static Linter start(PackLoader loader, boolean bundled) throws PackException {
        CompletableFuture<Pack> pending = new CompletableFuture<>();
        CompletableFuture<RuleEngine> engine = RuleEngine.buildAsync(pending, bundled);
        Pack pack;
        try {
            pack = loader.load();
        } catch (PackException | RuntimeException e) {
            pending.completeExceptionally(e);
            throw e;
        }
        pending.complete(pack);
        return new Linter(pack, engine);
    }

    /**
     * Waits until the rule base and the annotators are built. A pack whose rules do not compile
     * reports that first; then a pack the annotators cannot use (a required lexicon missing, say).
     */
    public void awaitReady() throws PackException, RuleEngineException {
        awaitEngine();
        try {
            annotators.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) throw new PackException(bad.getMessage(), bad);
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    public Pack pack() {
        return pack;
    }

    /** Waits for the rule base; its build error, if it failed. */
    public RuleEngine awaitEngine() throws RuleEngineException {
        try {
            return engine.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuleEngineException re) throw re;
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * The rule base, waiting for it if it is still being built.
     *
     * @throws IllegalStateException if it could not be built ({@link #awaitEngine} tells why)
     */
    public RuleEngine engine() {
        try {
            return awaitEngine();
        } catch (RuleEngineException e) {
            throw new IllegalStateException("the rule base could not be built: " + e.getMessage(), e);
        }
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
        for (Annotator a : annotators.join()) a.annotate(page, facts::add);
        RuleEngine rules = engine();
        List<Finding> findings = rules.run(new FindingSink(page, rules.rules()), facts);
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
