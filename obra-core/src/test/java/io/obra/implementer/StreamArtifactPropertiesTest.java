package io.obra.implementer;

import io.obra.privacy.SecretMasker;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The raw-stream artifact, written the way the reading thread writes it (each line's UTF-8 bytes as they
 * are when nothing is masked, long lines in masked parts), holds exactly the stream with every secret
 * masked: non-ASCII text, surrogate pairs split between reads and between parts, lines over the limit.
 */
class StreamArtifactPropertiesTest {

    private static final String KEY = "sk-ant-api03-ARTIFACT-secret-0123456789";
    private static final String[] PIECES = {"a", "word ", "{\"k\":\"v\"}", "é", "€", "中文", "\ud83d\ude00", "\r", "\n",
        "\n", KEY, "sk-ant-", "\u0000"};
    private final SecretMasker masker = SecretMasker.of(List.of(KEY, "ghp_OTHERsecretValue0123"));

    @Property(tries = 200)
    void theArtifactIsTheStreamMaskedLineByLine(@ForAll final long seed,
                                                @ForAll @IntRange(min = 1, max = 30_000) final int maxLineChars)
            throws IOException {
        Random random = new Random(seed);
        String text = text(random);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (MaskedStreamArtifact artifact = new MaskedStreamArtifact(out, masker)) {
            new BoundedLineReader(maxLineChars).read(new ChoppyReader(text, random, 3_000), new BoundedLineReader.Listener() {
                @Override
                public void line(final String line) {
                    artifact.line(line, line.getBytes(StandardCharsets.UTF_8));
                }

                @Override
                public void longLinePart(final String part) {
                    artifact.longLinePart(part);
                }

                @Override
                public void longLineEnd(final long totalChars) {
                    artifact.longLineEnd();
                }
            });
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected(text, maxLineChars));
    }

    /** Each line masked; a line within the limit loses a carriage return before its newline. */
    private String expected(final String text, final int maxLineChars) {
        StringBuilder expected = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == lines.length - 1 && line.isEmpty()) {
                break;
            }
            if (line.length() <= maxLineChars && line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            expected.append(masker.mask(line)).append('\n');
        }
        return expected.toString();
    }

    /** Short lines and, now and then, one of tens of thousands of characters. */
    private static String text(final Random random) {
        StringBuilder text = new StringBuilder();
        for (int lines = random.nextInt(6); lines >= 0; lines--) {
            int pieces = random.nextInt(10) == 0 ? 8_000 + random.nextInt(8_000) : random.nextInt(20);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return text.toString();
    }
}
