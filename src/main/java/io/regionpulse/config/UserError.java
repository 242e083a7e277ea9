package io.regionpulse.config;

/** A mistake of the user (missing path, bad option): reported as one line, exit code 2. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
