package io.obra.implementer;

import io.obra.implementer.StreamEvent.AssistantText;
import io.obra.implementer.StreamEvent.Init;
import io.obra.implementer.StreamEvent.Result;
import io.obra.implementer.StreamEvent.ToolUse;
import io.obra.privacy.SecretMasker;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one run's stream said so far: session, model, turns, tools and files, the result line.
 * Fed on the reading thread and read by the run's thread, possibly while the reader still writes
 * (after a kill), hence synchronized.
 */
final class RunTranscript {

    private final String workspaceRoot;
    private final SecretMasker masker;
    private Init init;
    private Result result;
    private final Set<String> assistantMessages = new LinkedHashSet<>();
    private final List<String> toolsUsed = new ArrayList<>();
    private final Set<String> filesTouched = new LinkedHashSet<>();
    /** The last text or tool call; made into a line only when asked for (a stall or timeout message). */
    private StreamEvent lastActivity;
    private int notJsonLines;
    private int oversizedLines;
    private int lines;

    RunTranscript(final String workspaceRoot, final SecretMasker masker) {
        this.workspaceRoot = workspaceRoot;
        this.masker = masker;
    }

    /** Takes in one event; returns the turn it belongs to (1-based, 0 before the first answer). */
    synchronized int accept(final StreamEvent event) {
        if (event instanceof Init i) {
            init = i;
        } else if (event instanceof AssistantText text) {
            assistantMessages.add(text.messageId());
            lastActivity = text;
        } else if (event instanceof ToolUse use) {
            assistantMessages.add(use.messageId());
            toolsUsed.add(use.name());
            use.editedFile().ifPresent(file -> filesTouched.add(ToolCalls.relativize(file, workspaceRoot)));
            lastActivity = use;
        } else if (event instanceof Result r) {
            result = r;
        } else if (event instanceof StreamEvent.NotJson) {
            notJsonLines++;
        } else if (event instanceof StreamEvent.Oversized) {
            oversizedLines++;
        }
        return assistantMessages.size();
    }

    /** Counts a stream line (parsed or not). */
    synchronized void lineRead() {
        lines++;
    }

    synchronized Optional<Init> init() {
        return Optional.ofNullable(init);
    }

    synchronized Optional<Result> result() {
        return Optional.ofNullable(result);
    }

    /** Assistant messages seen (each is one model turn). */
    synchronized int turns() {
        return assistantMessages.size();
    }

    synchronized List<String> toolsUsed() {
        return List.copyOf(toolsUsed);
    }

    /** Files written or edited, workspace-relative where inside the workspace, first touch first. */
    synchronized List<String> filesTouched() {
        return List.copyOf(filesTouched);
    }

    /** The last thing the agent did (masked, one line), for messages about a stall or timeout. */
    synchronized String lastActivity() {
        if (lastActivity instanceof AssistantText text) {
            return Text.summary(masker.mask(text.text()), 120);
        }
        if (lastActivity instanceof ToolUse use) {
            return Text.summary(masker.mask(ToolCalls.describe(use.name(), use.input(), workspaceRoot)), 120);
        }
        return "";
    }

    synchronized int notJsonLines() {
        return notJsonLines;
    }

    synchronized int oversizedLines() {
        return oversizedLines;
    }

    synchronized int lines() {
        return lines;
    }
}
