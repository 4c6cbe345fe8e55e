package io.obra.cli;

import io.obra.privacy.Secret;

import java.io.PrintWriter;
import java.util.Collection;

/**
 * Where the CLI writes: standard output (results, or only the report JSON with {@code --json}) and
 * standard error (problems, and progress in {@code --json} mode). Both mask known secrets.
 */
final class Console {

    private final MaskingWriter outMask;
    private final MaskingWriter errMask;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Style style;

    Console(final MaskingWriter out, final MaskingWriter err, final Style style) {
        this.outMask = out;
        this.errMask = err;
        this.out = new PrintWriter(out, true);
        this.err = new PrintWriter(err, true);
        this.style = style;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    Style style() {
        return style;
    }

    /** Masks these secrets too, in everything printed from now on. */
    void maskAlso(final Collection<Secret> secrets) {
        outMask.maskAlso(secrets);
        errMask.maskAlso(secrets);
    }

    /** An error line on standard error: {@code obra: <message>}. */
    void problem(final String message) {
        err.println(style.red("obra: ") + TerminalText.clean(message));
    }

    void flush() {
        out.flush();
        err.flush();
    }
}
