package io.obra.privacy;

import io.obra.config.PrivacySettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Privacy mode must not garble ordinary code: docs/privacy.md promises that at most 1 % of
 * hash-, id- and identifier-like tokens are redacted.
 */
class OverRedactionTest {

    /** The rate stated in docs/privacy.md. */
    private static final double MAX_RATE = 0.01;

    @Test
    void atMostOnePercentOfHashesIdsImagesAndIdentifiersAreRedacted() {
        OrdinaryCorpus corpus = new OrdinaryCorpus(424242L, 3);
        Redactor redactor = new Redactor(true, PrivacySettings.defaults(), List.of());

        String out = redactor.redactDiff(corpus.diff());

        List<String> tokens = corpus.tokens();
        long altered = tokens.stream().filter(token -> !out.contains(token)).count();
        assertThat(tokens).hasSizeGreaterThan(1000);
        assertThat((double) altered / tokens.size()).isLessThanOrEqualTo(MAX_RATE);
        assertThat(redactor.log().total()).isLessThanOrEqualTo((int) (tokens.size() * MAX_RATE));
    }

    @Test
    void theOrdinaryCorpusAloneIsLeftExactlyAsItWas() {
        OrdinaryCorpus corpus = new OrdinaryCorpus(7L, 1);

        assertThat(new Redactor(true, PrivacySettings.defaults(), List.of()).redactDiff(corpus.diff()))
                .isEqualTo(corpus.diff());
    }
}
