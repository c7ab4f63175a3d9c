package dev.medlint.page;

/** A page that cannot be read: the message is one line, naming the file and the reason. */
public class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }
}
