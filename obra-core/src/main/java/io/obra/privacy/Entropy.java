package io.obra.privacy;

/** Shannon entropy, to tell random-looking values (keys) from words, paths and identifiers. */
final class Entropy {

    private Entropy() {
    }

    /** Bits per character of the string's own character distribution. */
    static double bitsPerChar(final String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double bits = 0;
        double n = s.length();
        for (int count : counts) {
            if (count > 0) {
                double p = count / n;
                bits -= p * Math.log(p) / Math.log(2);
            }
        }
        if (other > 0) {
            double p = other / n;
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }
}
