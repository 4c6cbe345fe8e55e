package io.obra.context;

import java.util.Objects;

/**
 * The end of the verify command's output as the orchestrator sees it.
 *
 * @param text           what goes into the prompt: a bracketed note when anything was left out, then the lines
 * @param totalLines     lines the command printed
 * @param shownLines     lines in {@code text}
 * @param omittedLines   earlier lines left out
 * @param shortenedLines shown lines whose middle was cut because they were too long
 * @param tokens         tokens of {@code text}
 * @param note           what was left out, in one sentence (empty when nothing was)
 */
public record VerifyTail(String text, int totalLines, int shownLines, int omittedLines, int shortenedLines,
                         int tokens, String note) {

    public VerifyTail {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(note, "note");
    }
}
