package dev.medlint.baseline;

/** A baseline file that is missing, unreadable or malformed; the message names the file. */
public final class BaselineException extends Exception {
    public BaselineException(String message) {
        super(message);
    }

    public BaselineException(String message, Throwable cause) {
        super(message, cause);
    }
}
