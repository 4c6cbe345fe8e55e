package io.obra.loop;

import com.knuddels.jtokkit.api.EncodingRegistry;
import io.obra.context.TokenCounter;
import io.obra.context.TokenEncoding;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The run's o200k tokenizer, loaded on a thread of its own from the start of the run. Loading takes
 * about 0.2 s of CPU (benchmark P4); the evidence needs it only after the implementer's round, so the
 * load happens while Claude Code works instead of in front of it. The thread ends when the encoding is
 * loaded, whether or not the run still wants it.
 */
final class TokenizerLoad {

    private final FutureTask<TokenCounter> load;

    TokenizerLoad(final EncodingRegistry encodings) {
        this.load = new FutureTask<>(() -> new TokenCounter(encodings, TokenEncoding.O200K_BASE));
        Thread loader = new Thread(load, "obra-tokenizer-load");
        loader.setDaemon(true);
        loader.start();
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
