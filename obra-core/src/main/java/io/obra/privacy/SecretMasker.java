package io.obra.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces every known secret value in a line of output with {@code ****} before the line reaches a
 * console, a report or a file. Immutable; longer secrets are replaced first so that a secret that
 * contains another is masked whole.
 */
public final class SecretMasker {

    public static final String MASK = "****";

    /** Values shorter than this are not masked: masking "a" or "1" would garble every line. */
    private static final int MIN_LENGTH = 4;

    /** Values sharing this many first characters (no more than {@link #MIN_LENGTH}) are looked for with one search. */
    private static final int GROUP_PREFIX = 3;

    private final List<String> values;
    /** The values grouped by their start, each group with the longest start all its values share. */
    private final List<Group> groups;

    private SecretMasker(final List<String> values) {
        this.values = values;
        Map<String, List<String>> byPrefix = new LinkedHashMap<>();
        for (String value : values) {
            byPrefix.computeIfAbsent(value.substring(0, GROUP_PREFIX), prefix -> new ArrayList<>()).add(value);
        }
        this.groups = byPrefix.values().stream().map(Group::of).toList();
    }

    /** Values that start alike, and that common start, which every occurrence of each of them begins with. */
    private record Group(String start, List<String> values) {
        static Group of(final List<String> values) {
            String start = values.get(0);
            for (String value : values) {
                int common = 0;
                while (common < start.length() && common < value.length()
                        && start.charAt(common) == value.charAt(common)) {
                    common++;
                }
                start = start.substring(0, common);
            }
            return new Group(start, List.copyOf(values));
        }
    }

    public static SecretMasker none() {
        return new SecretMasker(List.of());
    }

    public static SecretMasker of(final Collection<String> secretValues) {
        List<String> sorted = new ArrayList<>();
        for (String value : secretValues) {
            if (value != null && value.length() >= MIN_LENGTH && !sorted.contains(value)) {
                sorted.add(value);
            }
        }
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return new SecretMasker(List.copyOf(sorted));
    }

    public static SecretMasker ofSecrets(final Collection<Secret> secrets) {
        return of(secrets.stream().map(Secret::reveal).toList());
    }

    /** A masker that masks both this masker's values and {@code more}. */
    public SecretMasker with(final Collection<String> more) {
        List<String> all = new ArrayList<>(values);
        all.addAll(more);
        return of(all);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public String mask(final String text) {
        if (text == null || values.isEmpty() || !containsAny(text)) {
            return text;
        }
        String result = text;
        for (String value : values) {
            if (result.contains(value)) {
                result = result.replace(value, MASK);
            }
        }
        return result;
    }

    /**
     * Whether any value occurs in {@code text}; when none does, masking changes nothing. One search per
     * group of values that start alike rather than one per value: the console and the raw artifact
     * mask every line of a run's output, nearly always finding nothing.
     */
    private boolean containsAny(final String text) {
        for (Group group : groups) {
            for (int at = text.indexOf(group.start()); at >= 0; at = text.indexOf(group.start(), at + 1)) {
                for (String value : group.values()) {
                    if (text.startsWith(value, at)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "SecretMasker[" + values.size() + " values]";
    }
}
