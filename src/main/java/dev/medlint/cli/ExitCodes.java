package dev.medlint.cli;

/** The exit code contract CI relies on. */
public final class ExitCodes {
    /** Nothing at or above --fail-on. */
    public static final int OK = 0;
    /** Findings at or above --fail-on (or more warnings than --max-warnings). */
    public static final int FINDINGS = 1;
    /** Usage, config, rule pack or input error; the message says which file and why. */
    public static final int ERROR = 2;

    private ExitCodes() {
    }
}
