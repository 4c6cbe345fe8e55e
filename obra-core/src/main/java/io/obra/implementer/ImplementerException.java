package io.obra.implementer;

import java.util.Optional;

/**
 * An implementer round that failed. The message says what happened and how to fix it; it never
 * contains a secret. Where the CLI got far enough to report a result (e.g. max turns reached),
 * {@link #partialResult()} keeps it so its cost is still counted.
 */
public class ImplementerException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the round failed. */
    public enum Kind {
        /** The claude binary was not found. */
        NOT_INSTALLED,
        /** The installed CLI is too old or cannot run here. */
        UNSUPPORTED_VERSION,
        /** The process could not be started. */
        START_FAILED,
        /** The CLI reported {@code is_error}: key rejected, API overloaded or unreachable, … */
        API_ERROR,
        /** {@code --max-turns} was reached before the agent finished. */
        MAX_TURNS,
        /** The process exited without a result line, or with an unexpected code. */
        PROCESS_FAILED,
        /** No output for longer than the stall timeout; the process tree was killed. */
        STALLED,
        /** The run took longer than its timeout; the process tree was killed. */
        TIMEOUT
    }

    private final Kind kind;
    private final transient ImplementerResult partialResult;

    public ImplementerException(final Kind kind, final String message, final ImplementerResult partialResult,
                                final Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.partialResult = partialResult;
    }

    public ImplementerException(final Kind kind, final String message) {
        this(kind, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    public Optional<ImplementerResult> partialResult() {
        return Optional.ofNullable(partialResult);
    }
}
