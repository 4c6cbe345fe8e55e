package io.obra.context;

import java.util.List;
import java.util.Objects;

/**
 * The change as the orchestrator will see it: the diff cut down to the token budget by whole hunks,
 * followed by a summary of what was left out, so nothing is dropped silently.
 *
 * @param text          what goes into the validation prompt: the kept diff, then {@code summary}
 * @param fullTokens    tokens of the whole diff
 * @param sentTokens    tokens of {@code text}; never more than {@code budget}
 * @param budget        the token budget ({@code context.maxTokens})
 * @param whole         true when the diff fit and {@code text} is the diff exactly as given
 * @param omissions     the files not shown in full, most important first
 * @param trimmedHunks  hunks shown with fewer context lines (all their changed lines shown)
 * @param summary       the section appended to the diff listing the omissions; empty when whole
 * @param note          one human sentence: what was left out and why
 */
public record ChangeContext(String text, int fullTokens, int sentTokens, int budget, boolean whole,
                            List<Omission> omissions, int trimmedHunks, String summary, String note) {

    /** The first line of the appended summary; the diff shown is everything before it. */
    public static final String SUMMARY_HEADING = "=== obra: what the diff above leaves out ===";

    public ChangeContext {
        Objects.requireNonNull(text, "text");
        omissions = List.copyOf(omissions);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(note, "note");
    }

    /** The part of {@link #text()} that is diff, without the appended summary. */
    public String diff() {
        return text.substring(0, text.length() - summary.length());
    }
}
