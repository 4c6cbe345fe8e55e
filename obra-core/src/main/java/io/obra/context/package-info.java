/**
 * The evidence the orchestrator sees (loop step 5): a unified diff parsed into files and hunks,
 * classified by what the files are, and cut down to a token budget by whole hunks, never in the
 * middle of one, with a summary of everything left out; and the tail of the verify command's output.
 *
 * <p>Entry points: {@link io.obra.context.ContextBuilder#build(String, int)} and
 * {@link io.obra.context.VerifyOutputTail#tail(String, int)}, both counting with one shared
 * {@link io.obra.context.TokenCounter}.
 */
package io.obra.context;
