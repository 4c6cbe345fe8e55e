package io.obra.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns an unknown key into a hint: the nearest key of the same map, the same key in another section, or
 *  the list of keys allowed here. */
final class KeySuggester {

    private KeySuggester() {
    }

    /**
     * @param key     the unknown key, e.g. {@code min_qualty}
     * @param known   the keys allowed at this place
     * @param section dotted path of the map holding the key
     * @return e.g. {@code did you mean min_quality?}
     */
    static String hint(final String key, final List<String> known, final String section) {
        Optional<String> near = nearest(key, known);
        if (near.isPresent()) {
            return "did you mean " + near.get() + "?";
        }
        String wanted = normalize(key);
        for (Map.Entry<String, List<String>> other : ConfigKeys.SECTIONS.entrySet()) {
            if (other.getKey().equals(section)) {
                continue;
            }
            for (String candidate : other.getValue()) {
                if (normalize(candidate).equals(wanted)) {
                    return "did you mean " + (other.getKey().isEmpty() ? "" : other.getKey() + ".") + candidate
                            + "?";
                }
            }
        }
        return "known keys here: " + String.join(", ", known);
    }

    /** The known key spelled most like {@code key}, if close enough to be a typo. */
    static Optional<String> nearest(final String key, final List<String> known) {
        String wanted = normalize(key);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(wanted, normalize(candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= tolerance(wanted) ? Optional.of(best) : Optional.empty();
    }

    /** camelCase, kebab-case and snake_case spellings of a key compare equal. */
    private static String normalize(final String key) {
        return key.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    private static int tolerance(final String key) {
        if (key.length() <= 3) {
            return 1;
        }
        return key.length() < 10 ? 2 : 3;
    }

    /** Levenshtein distance. */
    private static int distance(final String a, final String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
