package io.obra.privacy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Masking, which first looks for any value with one search per group of values that start alike, gives
 * exactly the text of its plain definition: every value of at least four characters replaced, longest
 * first, each in the text the previous replacements left.
 */
class SecretMaskerPropertiesTest {

    /** Starts that keys share, and pieces that make values overlap, contain each other or the mask. */
    private static final String[] PIECES = {"sk-", "sk-ant-", "api03-", "ghp_", "x", "y", "0", "*", "**", "-", "é",
        "\ud83d\ude00"};

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.randomValue(Case::random);
    }

    @Property(tries = 2000)
    void masksExactlyAsReplacingEachValueLongestFirst(@ForAll("cases") final Case c) {
        assertThat(SecretMasker.of(c.values).mask(c.text)).isEqualTo(plainMask(c.values, c.text));
    }

    /** The definition: values of four characters or more, once each, longest first, each replaced in turn. */
    private static String plainMask(final List<String> values, final String text) {
        List<String> sorted = new ArrayList<>();
        for (String value : values) {
            if (value.length() >= 4 && !sorted.contains(value)) {
                sorted.add(value);
            }
        }
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        String result = text;
        for (String value : sorted) {
            result = result.replace(value, SecretMasker.MASK);
        }
        return result;
    }

    /** Values, and a text made of them, of their parts and of other pieces. */
    record Case(List<String> values, String text) {
        static Case random(final Random random) {
            List<String> values = new ArrayList<>();
            for (int i = random.nextInt(5); i >= 0; i--) {
                values.add(pieces(random, 1 + random.nextInt(6)));
            }
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                String value = values.get(random.nextInt(values.size()));
                text.append(switch (random.nextInt(4)) {
                    case 0 -> value;
                    case 1 -> value.substring(0, random.nextInt(value.length() + 1));
                    case 2 -> value.substring(random.nextInt(value.length() + 1));
                    default -> pieces(random, 1 + random.nextInt(3));
                });
            }
            return new Case(values, text.toString());
        }

        private static String pieces(final Random random, final int count) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            return text.toString();
        }
    }
}
