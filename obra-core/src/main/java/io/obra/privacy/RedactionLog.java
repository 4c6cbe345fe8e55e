package io.obra.privacy;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * What privacy mode removed from a run's prompts: counts by kind and the excluded files. Never a
 * value: this is what the report shows.
 *
 * @param occurrencesByKind how many times each kind was replaced, e.g. {@code aws-key=3}
 * @param valuesByKind      how many distinct values of each kind were seen (each has its own placeholder)
 * @param excludedFiles     files dropped from diffs by {@code privacy.exclude}, in order of first exclusion
 */
public record RedactionLog(Map<String, Integer> occurrencesByKind, Map<String, Integer> valuesByKind,
                           List<String> excludedFiles) {

    public static final RedactionLog EMPTY = new RedactionLog(Map.of(), Map.of(), List.of());

    public RedactionLog {
        occurrencesByKind = Map.copyOf(occurrencesByKind);
        valuesByKind = Map.copyOf(valuesByKind);
        excludedFiles = List.copyOf(excludedFiles);
    }

    /** All replacements (the report's {@code redactions.count}). */
    public int total() {
        return occurrencesByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** E.g. {@code 5 redactions (aws-key 2, github-token 3), 1 file excluded}. */
    public String summary() {
        StringJoiner kinds = new StringJoiner(", ");
        new TreeMap<>(occurrencesByKind).forEach((kind, count) -> kinds.add(kind + " " + count));
        String text = total() + " redaction" + (total() == 1 ? "" : "s") + (total() > 0 ? " (" + kinds + ")" : "");
        if (!excludedFiles.isEmpty()) {
            text += ", " + excludedFiles.size() + " file" + (excludedFiles.size() == 1 ? "" : "s") + " excluded";
        }
        return text;
    }
}
