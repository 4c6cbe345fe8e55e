package io.obra.cli;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of {@code obra doctor}.
 *
 * @param status  passed, failed, or only informative
 * @param subject what was checked, e.g. {@code claude}
 * @param detail  what was found
 * @param fix     how to fix a failure
 */
record Check(Status status, String subject, String detail, Optional<String> fix) {

    enum Status { OK, FAILED, INFO }

    Check {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(fix, "fix");
    }

    static Check ok(final String subject, final String detail) {
        return new Check(Status.OK, subject, detail, Optional.empty());
    }

    static Check failed(final String subject, final String detail, final String fix) {
        return new Check(Status.FAILED, subject, detail, Optional.ofNullable(fix));
    }

    static Check info(final String subject, final String detail) {
        return new Check(Status.INFO, subject, detail, Optional.empty());
    }

    boolean failed() {
        return status == Status.FAILED;
    }

    String render(final Style style) {
        String mark = switch (status) {
            case OK -> style.ok();
            case FAILED -> style.fail();
            default -> style.dim("·"); // INFO
        };
        return mark + " " + style.bold(subject) + ": " + detail + fix.map(f -> "\n    fix: " + f).orElse("");
    }
}
