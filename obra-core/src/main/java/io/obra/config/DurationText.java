package io.obra.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as users write them: {@code 30s}, {@code 5m}, {@code 500ms}, {@code 1h30m}, or a number of seconds. */
final class DurationText {

    static final String EXPECTATION = "a duration such as 30s, 5m, 500ms or a number of seconds";

    private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h))+");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");
    private static final Pattern SECONDS = Pattern.compile("\\d+(?:\\.\\d+)?");

    private DurationText() {
    }

    /** The duration, or empty when {@code text} is none of the accepted forms (negative ones included). */
    static Optional<Duration> parse(final String text) {
        String t = text.trim();
        if (SECONDS.matcher(t).matches()) {
            return ofSeconds(new BigDecimal(t));
        }
        if (!WHOLE.matcher(t).matches()) {
            return Optional.empty();
        }
        BigDecimal seconds = BigDecimal.ZERO;
        Matcher part = PART.matcher(t);
        while (part.find()) {
            BigDecimal amount = new BigDecimal(part.group(1));
            seconds = seconds.add(switch (part.group(2)) {
                case "ms" -> amount.movePointLeft(3);
                case "s" -> amount;
                case "m" -> amount.multiply(BigDecimal.valueOf(60));
                default -> amount.multiply(BigDecimal.valueOf(3600));
            });
        }
        return ofSeconds(seconds);
    }

    /** Empty when the amount does not fit a {@link Duration} of nanoseconds (about 292 years). */
    static Optional<Duration> ofSeconds(final BigDecimal seconds) {
        try {
            return Optional.of(Duration.ofNanos(seconds.movePointRight(9).toBigInteger().longValueExact()));
        } catch (ArithmeticException tooLong) {
            return Optional.empty();
        }
    }

    /** The shortest of the accepted forms, for documentation and messages: {@code 30s}, {@code 500ms}, {@code 5m}. */
    static String format(final Duration duration) {
        if (duration.toMillis() % 1000 != 0) {
            return duration.toMillis() + "ms";
        }
        long seconds = duration.toSeconds();
        if (seconds != 0 && seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        return seconds != 0 && seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
