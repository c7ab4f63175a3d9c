package dev.medlint.config;

/** A config file that cannot be used; the message reads {@code PATH:LINE: what is wrong}. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
