package dev.medlint.pack;

/** A rule pack that cannot be loaded; the message names the file (and line where known). */
public class PackException extends Exception {
    public PackException(String message) {
        super(message);
    }

    public PackException(String message, Throwable cause) {
        super(message, cause);
    }
}
