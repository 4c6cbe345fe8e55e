package io.obra.loop;

import com.knuddels.jtokkit.api.EncodingRegistry;
import io.obra.context.TokenCounter;
import io.obra.context.TokenEncoding;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The run's o200k tokenizer, loaded on a thread of its own from the start of the run. Loading takes
 * about 0.2 s of CPU (benchmark P4); the evidence needs it only after the implementer's round, so the
 * load happens while Claude Code works instead of in front of it. The same thread then counts a few
 * hundred kilobytes of diff-like text: in a fresh JVM (every CLI run) the tokenizer's loops are still
 * interpreted, and a multi-megabyte diff counted that way took twice as long as in a warm JVM; warmed
 * while the agent works, they are compiled when the diff arrives. (A review has no agent to wait for:
 * there the counter is handed over as soon as it is loaded.) The thread ends when that is done, whether
 * or not the run still wants the counter.
 */
final class TokenizerLoad {

    /** Enough text for the JIT to compile the tokenizer's loops (~10 ms of counting once compiled). */
    static final int WARM_UP_CHARS = 256 * 1024;

    private final FutureTask<TokenCounter> load;

    /**
     * @param encodings the run's registry
     * @param warm      whether there is time to warm the tokenizer up: an implementer round comes first
     */
    TokenizerLoad(final EncodingRegistry encodings, final boolean warm) {
        this.load = new FutureTask<>(() -> {
            TokenCounter counter = new TokenCounter(encodings, TokenEncoding.O200K_BASE);
            if (warm) {
                warmUp(counter);
            }
            return counter;
        });
        Thread loader = new Thread(load, "obra-tokenizer-load");
        loader.setDaemon(true);
        loader.start();
    }

    /** Changed lines of Java code and of a lock file, the bulk of a large diff. */
    private static void warmUp(final TokenCounter counter) {
        StringBuilder text = new StringBuilder(WARM_UP_CHARS + 200);
        for (int i = 0; text.length() < WARM_UP_CHARS; i++) {
            text.append("+    private final Map<String, List<Value").append(i % 97).append(">> cache").append(i)
                    .append(" = new HashMap<>(); // keeps the ").append(i).append("th entry\n")
                    .append(" \"node_modules/pkg-").append(i).append("\": {\"version\": \"1.").append(i % 13)
                    .append(".0\", \"integrity\": \"sha512-").append(Integer.toHexString(i * 0x9E3779B1))
                    .append("\"},\n-        return value").append(i).append(".isBlank() ? null : value;\n");
        }
        counter.count(text.toString());
    }

    /** The counter, waiting for the load if it has not finished. */
    TokenCounter counter() throws InterruptedException {
        try {
            return load.get();
        } catch (ExecutionException e) {
            // The encoding ships inside jtokkit; failing to load it is a broken installation, not a run error.
            throw new IllegalStateException("could not load the o200k_base tokenizer from jtokkit: " + e.getCause(),
                    e.getCause());
        }
    }
}
