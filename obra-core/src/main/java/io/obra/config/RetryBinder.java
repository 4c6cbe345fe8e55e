package io.obra.config;

import java.time.Duration;

/** Binds {@code orchestrator.*.retry}: attempts, backoff and timeouts of orchestrator calls. */
final class RetryBinder {

    private RetryBinder() {
    }

    static RetrySettings bind(final Section retry) {
        retry.allowKeys(ConfigKeys.RETRY);
        RetrySettings d = RetrySettings.defaults();
        int maxAttempts = retry.value("max_attempts").integer(1, 20).orElse(d.maxAttempts());
        Duration initialBackoff = retry.value("initial_backoff").duration(true).orElse(d.initialBackoff());
        Duration maxBackoff = retry.value("max_backoff").duration(true).orElse(d.maxBackoff());
        Duration deadline = retry.value("deadline").duration(false).orElse(d.deadline());
        Duration connectTimeout = retry.value("connect_timeout").duration(false).orElse(d.connectTimeout());
        Duration readTimeout = retry.value("read_timeout").duration(false).orElse(d.readTimeout());
        if (retry.context().scope().checksCombinations() && initialBackoff.compareTo(maxBackoff) > 0) {
            retry.error("initial_backoff", DurationText.format(initialBackoff) + " is longer than max_backoff "
                    + DurationText.format(maxBackoff) + "; raise max_backoff or lower initial_backoff");
        }
        return new RetrySettings(maxAttempts, initialBackoff, maxBackoff, deadline, connectTimeout, readTimeout);
    }
}
