package io.obra.report;

import java.io.IOException;

/**
 * A stored {@code obra-report.json} that this version of Obra cannot read: not JSON, a field missing or
 * of the wrong type, or a newer {@code schemaVersion}. The message names the field.
 */
public final class ReportFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public ReportFormatException(final String message) {
        super(message);
    }

    public ReportFormatException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
