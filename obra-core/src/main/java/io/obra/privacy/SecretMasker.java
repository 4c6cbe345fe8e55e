package io.obra.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces every known secret value in a line of output with {@code ****} before the line reaches a
 * console, a report or a file. Immutable; longer secrets are replaced first so that a secret that
 * contains another is masked whole.
 */
public final class SecretMasker {

    public static final String MASK = "****";

    /** Values shorter than this are not masked: masking "a" or "1" would garble every line. */
    private static final int MIN_LENGTH = 4;

    private final List<String> values;

    private SecretMasker(final List<String> values) {
        this.values = values;
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
        if (text == null || values.isEmpty()) {
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

    @Override
    public String toString() {
        return "SecretMasker[" + values.size() + " values]";
    }
}
