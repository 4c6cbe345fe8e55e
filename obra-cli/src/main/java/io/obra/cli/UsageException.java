package io.obra.cli;

/** Bad usage that picocli cannot see (a missing file, a directory that is not one): exit code 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(final String message) {
        super(message);
    }
}
