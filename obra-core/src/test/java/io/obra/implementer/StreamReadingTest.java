package io.obra.implementer;

import io.obra.privacy.SecretMasker;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Line splitting with a memory cap, and the masked raw artifact. */
class StreamReadingTest {

    private static final String KEY = "sk-ant-api03-SECRET-value-0123456789";

    /** Records what the reader hands on; never holds more than the parts themselves. */
    private static final class Recorder implements BoundedLineReader.Listener {
        final List<String> lines = new ArrayList<>();
        final List<Long> longLines = new ArrayList<>();
        int longestPart;
        long partChars;

        @Override
        public void line(final String line) {
            lines.add(line);
        }

        @Override
        public void longLinePart(final String part) {
            longestPart = Math.max(longestPart, part.length());
            partChars += part.length();
        }

        @Override
        public void longLineEnd(final long totalChars) {
            longLines.add(totalChars);
        }
    }

    @Test
    void splitsLinesAsTheyComeIncludingCrLfAndALastLineWithoutTerminator() throws IOException {
        Recorder recorder = new Recorder();

        new BoundedLineReader(100).read(new StringReader("one\r\ntwo\n\nthree"), recorder);

        assertThat(recorder.lines).containsExactly("one", "two", "", "three");
        assertThat(recorder.longLines).isEmpty();
    }

    @Test
    void aLineOverTheLimitIsHandedOnInPartsAndReportedWithItsLength() throws IOException {
        Recorder recorder = new Recorder();
        String huge = "x".repeat(5_000);

        new BoundedLineReader(1_000).read(new StringReader("before\n" + huge + "\nafter\n"), recorder);

        assertThat(recorder.lines).containsExactly("before", "after");
        assertThat(recorder.longLines).containsExactly(5_000L);
        assertThat(recorder.partChars).isEqualTo(5_000);
        assertThat(recorder.longestPart).isLessThanOrEqualTo(8_192);
    }

    @Test
    void aStreamOfManyMegabytesIsReadWithoutHoldingIt() throws IOException {
        Recorder recorder = new Recorder();
        long size = 64L << 20;

        new BoundedLineReader(1 << 20).read(new GeneratedLine(size), recorder);

        // 64 MiB in one line: no part was ever larger than the cap or the read chunk
        assertThat(recorder.longLines).containsExactly(size);
        assertThat(recorder.longestPart).isLessThanOrEqualTo(1 << 20);
    }

    @Test
    void theArtifactMasksEveryLineAndKeepsLongLinesWhole() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SecretMasker masker = SecretMasker.of(Set.of(KEY));
        // the key sits at many offsets, so some copies straddle the artifact's internal cuts
        StringBuilder huge = new StringBuilder();
        for (int i = 0; huge.length() < 300_000; i++) {
            huge.append("y".repeat(i % 97)).append(KEY);
        }
        int copies = (huge.length() - huge.toString().replace(KEY, "").length()) / KEY.length();

        try (MaskedStreamArtifact artifact = new MaskedStreamArtifact(out, masker)) {
            artifact.line("{\"text\":\"" + KEY + "\"}");
            BoundedLineReader reader = new BoundedLineReader(10_000);
            reader.read(new StringReader(huge + "\n"), new BoundedLineReader.Listener() {
                @Override
                public void line(final String line) {
                    artifact.line(line);
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
            artifact.line("last");
        }

        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written).doesNotContain(KEY).doesNotContain("sk-ant-api03");
        List<String> lines = written.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("{\"text\":\"****\"}");
        assertThat(lines.get(1)).isEqualTo(huge.toString().replace(KEY, "****"));
        assertThat(lines.get(1).split("\\*\\*\\*\\*", -1)).hasSize(copies + 1);
        assertThat(lines.get(2)).isEqualTo("last");
    }

    /** A single line of {@code size} characters, produced on demand. */
    private static final class GeneratedLine extends Reader {
        private long left;

        GeneratedLine(final long size) {
            left = size;
        }

        @Override
        public int read(final char[] buffer, final int offset, final int length) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, 'z');
            left -= n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
