package io.obra.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which layer a problem at a key path of the merged tree belongs to: the highest layer that sets the path,
 * or else (for a missing key) the one that sets its nearest enclosing section.
 */
final class LayerOrigins {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private final List<ConfigSource> layers;

    LayerOrigins(final List<ConfigSource> layersLowestFirst) {
        this.layers = List.copyOf(layersLowestFirst);
    }

    /** The layer's name, or the names of all layers (e.g. {@code .obra.yml + step parameters}) when none set it. */
    String sourceOf(final String path) {
        for (String prefix = path; !prefix.isEmpty(); prefix = parent(prefix)) {
            for (int i = layers.size() - 1; i >= 0; i--) {
                if (has(layers.get(i).tree(), prefix)) {
                    return layers.get(i).name();
                }
            }
        }
        return layers.isEmpty() ? "configuration"
                : String.join(" + ", layers.stream().map(ConfigSource::name).toList());
    }

    private static String parent(final String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    private static boolean has(final JsonNode tree, final String path) {
        JsonNode node = tree;
        Matcher segment = SEGMENT.matcher(path);
        while (segment.find() && node != null) {
            node = segment.group(1) != null ? node.get(segment.group(1)) : node.get(Integer.parseInt(segment.group(2)));
        }
        return node != null && !node.isNull();
    }
}
