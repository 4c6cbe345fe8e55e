package io.obra.context;

import com.knuddels.jtokkit.Encodings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCounterTest {

    /** Loading an encoding takes a second; one counter serves the class, as one serves a run. */
    private static final TokenCounter O200K = TokenCounter.o200k();

    @Test
    void countsAsTheOpenAiTokenizersDo() {
        final TokenCounter cl100k = new TokenCounter(Encodings.newLazyEncodingRegistry(), TokenEncoding.CL100K_BASE);

        assertThat(O200K.count("hello world")).isEqualTo(2);
        assertThat(cl100k.count("hello world")).isEqualTo(2);
        assertThat(O200K.count("")).isZero();
        assertThat(O200K.encoding().encodingName()).isEqualTo("o200k_base");
        assertThat(cl100k.encoding().encodingName()).isEqualTo("cl100k_base");
        // o200k's larger vocabulary needs fewer tokens for non-English text; that is why it is the default.
        final String multilingual = "Привет, как дела? これはテストです。Ελληνικά κείμενα δοκιμής.";
        assertThat(O200K.count(multilingual)).isLessThan(cl100k.count(multilingual));
    }

    @Test
    void specialTokenSpellingsInADiffAreCountedAsText() {
        assertThat(O200K.count("+ String eos = \"<|endoftext|>\";")).isGreaterThan(5);
    }

    @Test
    void oneCounterServesManyThreadsWithTheSameAnswers() throws Exception {
        final List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add("+    private final String field" + i + " = compute(" + "x".repeat(i * 7) + ");\n".repeat(i + 1));
        }
        final List<Integer> expected = texts.stream().map(O200K::count).toList();
        final ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            final List<Future<List<Integer>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> texts.stream().map(O200K::count).toList()));
            }
            for (final Future<List<Integer>> run : runs) {
                assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
