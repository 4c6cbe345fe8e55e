package io.obra.cli;

import io.obra.privacy.Secret;
import io.obra.privacy.SecretMasker;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingWriterTest {

    private static final String KEY = "sk-proj-abcdefghijklmnop";

    private final StringWriter target = new StringWriter();
    private final MaskingWriter masking = new MaskingWriter(target, SecretMasker.of(List.of(KEY)));

    @Test
    void aSecretWrittenInPiecesIsStillMasked() {
        PrintWriter out = new PrintWriter(masking, true);
        out.print("key=sk-proj-abc");
        out.print("defghijklmnop rejected");
        out.println();

        assertThat(target.toString()).isEqualTo("key=**** rejected" + System.lineSeparator());
    }

    @Test
    void flushWritesAPendingPartialLineMasked() throws Exception {
        masking.write("prompt " + KEY);
        assertThat(target.toString()).isEmpty();

        masking.flush();

        assertThat(target.toString()).isEqualTo("prompt ****");
    }

    @Test
    void secretsLearnedLaterAreMaskedFromThenOn() throws Exception {
        masking.maskAlso(List.of(new Secret(".obra.yml orchestrator.llm.api_key", "literal-key-12345")));
        masking.write("using literal-key-12345\n");

        assertThat(target.toString()).isEqualTo("using ****\n");
    }
}
