package dev.medlint.engine;

/** Rules that do not compile or carry bad metadata; the message is "file:line: what". */
public class RuleEngineException extends Exception {
    public RuleEngineException(String message) {
        super(message);
    }
}
